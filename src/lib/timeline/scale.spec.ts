import { scaleUtc, zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/random';
import {
	fullDomain,
	MIN_DOMAIN_MS,
	msAt,
	pxOf,
	transformToWindow,
	windowToTransform,
	zoomedScale,
	zoomExtent
} from './scale';

const DAY = 86_400_000;

describe('fullDomain', () => {
	it('spans every window plus a margin each side', () => {
		const windows = [
			{ start: Date.UTC(2016, 0, 1), end: Date.UTC(2016, 0, 2) },
			{ start: Date.UTC(2010, 0, 1), end: Date.UTC(2011, 0, 1) },
			{ start: Date.UTC(2018, 5, 1), end: Date.UTC(2020, 0, 1) }
		];
		const [start, end] = fullDomain(windows);
		const span = Date.UTC(2020, 0, 1) - Date.UTC(2010, 0, 1);
		expect(start).toBeCloseTo(Date.UTC(2010, 0, 1) - span * 0.03, -1);
		expect(end).toBeCloseTo(Date.UTC(2020, 0, 1) + span * 0.03, -1);
		expect(fullDomain(windows, 0)).toEqual([Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)]);
	});

	it('widens a single day to a month around it, and shows the current year when empty', () => {
		const day = { start: Date.UTC(2016, 7, 23), end: Date.UTC(2016, 7, 24) };
		const [start, end] = fullDomain([day], 0);
		expect(end - start).toBe(MIN_DOMAIN_MS);
		expect((start + end) / 2).toBe(day.start + DAY / 2);
		expect(fullDomain([], 0.03, Date.UTC(2024, 4, 5))).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
	});
});

describe('zoomExtent', () => {
	it('runs from the whole domain to about a day and a half across', () => {
		const domain: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)];
		const [minK, maxK] = zoomExtent(domain, 1200);
		expect(minK).toBe(1);
		expect(maxK).toBeCloseTo((domain[1] - domain[0]) / (1.5 * DAY), 6);
		expect(zoomExtent([0, DAY], 1200)).toEqual([1, 1]);
	});
});

describe('windowToTransform and transformToWindow', () => {
	const domain: [number, number] = [Date.UTC(1990, 0, 1), Date.UTC(2020, 0, 1)];
	const width = 1000;

	it('agree with d3-zoom rescaling the base scale', () => {
		const shown: [number, number] = [Date.UTC(2016, 5, 1), Date.UTC(2016, 8, 1)];
		const t = windowToTransform(domain, width, shown);
		const rescaled = zoomIdentity
			.translate(t.x, 0)
			.scale(t.k)
			.rescaleX(scaleUtc().domain(domain).range([0, width]));
		const [start, end] = rescaled.domain().map((d) => d.getTime());
		expect(Math.abs(start - shown[0])).toBeLessThanOrEqual(1);
		expect(Math.abs(end - shown[1])).toBeLessThanOrEqual(1);
		expect(transformToWindow(domain, width, t).map((v, i) => Math.abs(v - shown[i]) <= 1)).toEqual([true, true]);
	});

	it('round-trips random windows inside the domain', () => {
		const random = seededRandom(3);
		for (let i = 0; i < 200; i++) {
			const span = 2 * DAY + random() * (domain[1] - domain[0] - 2 * DAY);
			const start = domain[0] + random() * (domain[1] - domain[0] - span);
			const back = transformToWindow(domain, width, windowToTransform(domain, width, [start, start + span]));
			expect(Math.abs(back[0] - start)).toBeLessThanOrEqual(2);
			expect(Math.abs(back[1] - (start + span))).toBeLessThanOrEqual(2);
		}
	});

	it('clamps to the zoom extent and keeps the view inside the domain', () => {
		const tooNarrow = windowToTransform(domain, width, [Date.UTC(2016, 7, 23, 12), Date.UTC(2016, 7, 23, 13)]);
		expect(tooNarrow.k).toBeCloseTo(zoomExtent(domain, width)[1], 6);
		const shown = transformToWindow(domain, width, tooNarrow);
		expect(shown[1] - shown[0]).toBeCloseTo(1.5 * DAY, -2);
		expect((shown[0] + shown[1]) / 2).toBeCloseTo(Date.UTC(2016, 7, 23, 12, 30), -2);

		expect(windowToTransform(domain, width, [Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1)])).toEqual({ k: 1, x: 0 });
		const pastEnd = windowToTransform(domain, width, [Date.UTC(2019, 11, 1), Date.UTC(2020, 5, 1)]);
		const [, end] = transformToWindow(domain, width, pastEnd);
		expect(Math.abs(end - domain[1])).toBeLessThanOrEqual(1);
	});
});

describe('zoomedScale', () => {
	const domain: [number, number] = [Date.UTC(1990, 0, 1), Date.UTC(2020, 0, 1)];

	it('draws times where d3-zoom’s rescaled base scale does, and back', () => {
		const transform = { k: 37.5, x: -20_480 };
		const scale = zoomedScale(domain, 1000, transform);
		const rescaled = zoomIdentity
			.translate(transform.x, 0)
			.scale(transform.k)
			.rescaleX(scaleUtc().domain(domain).range([0, 1000]));
		for (const ms of [domain[0], Date.UTC(2016, 7, 24), domain[1]]) {
			expect(pxOf(scale, ms)).toBeCloseTo(rescaled(ms), 6);
			expect(msAt(scale, pxOf(scale, ms))).toBeCloseTo(ms, -1);
		}
	});
});
