import { describe, expect, it } from 'vitest';
import { labelShapes } from './label-lines';
import { layoutLevel } from './level-layout';
import type { LayoutItem } from './layout-units';
import { marksInView, type MarksInView } from './in-view';
import { zoomedScale } from './scale';
import { inLayer, steadyMarks } from './steady-marks';

const DAY = 86_400_000;
const WIDTH = 800;
const domain: [number, number] = [0, 400 * DAY];
const measure = (text: string) => text.length * 7;
const item = (id: string, startDay: number, endDay = startDay + 1): LayoutItem => ({
	id,
	lane: 0,
	start: startDay * DAY,
	end: endDay * DAY,
	point: endDay - startDay === 1,
	shapes: labelShapes(id, measure)
});
// Every tenth day an event, and one long band that runs under the whole view.
const items = [
	item('A band over the whole year', 0, 400),
	...Array.from({ length: 39 }, (_, i) => item(`Event on day ${10 * (i + 1)}`, 10 * (i + 1)))
];
const k = 4;
const layout = layoutLevel(items, zoomedScale(domain, WIDTH, { k, x: 0 }).perMs, {
	laneCount: 1,
	maxRows: 4,
	maxLine: 320,
	minLabel: 40
});
const marksAt = (x: number) => marksInView(layout, items, zoomedScale(domain, WIDTH, { k, x }), WIDTH, 40);
const byId = (marks: MarksInView, id: string) => marks.events.find((view) => view.id === id);

describe('steadyMarks', () => {
	it('moves every mark into the layer’s pixels, to 1/64 px', () => {
		const x = -1234.567;
		const inView = marksAt(x);
		const inLayer = steadyMarks(inView, x, null);
		expect(inLayer.events.map((view) => view.id)).toEqual(inView.events.map((view) => view.id));
		inLayer.events.forEach((view, index) => {
			const original = inView.events[index];
			expect(view.x + x).toBeCloseTo(original.x, 1);
			expect(view.left + x).toBeCloseTo(original.left, 1);
			expect(view.right + x).toBeCloseTo(original.right, 1);
			if (original.label) expect(view.label!.left + x).toBeCloseTo(original.label.left, 1);
			expect((view.x * 64) % 1).toBe(0);
		});
		expect(inLayer.laneRows).toEqual(inView.laneRows);
	});

	it('hands back the same objects for the marks a pan leaves where they were in time', () => {
		const first = steadyMarks(marksAt(-1200), -1200, null);
		const panned = steadyMarks(marksAt(-1237.3), -1237.3, first);
		const kept = panned.events.filter((view) => first.events.includes(view));
		// Most marks are untouched, and so is the band cut well beyond both edges; the labels at the edges are not.
		expect(kept.length).toBeGreaterThan(panned.events.length / 2);
		expect(panned.events).toContain(byId(first, 'A band over the whole year'));
		for (const view of kept) expect(view.label?.side ?? 'right').not.toBe('edge');
	});

	it('redraws a band that runs past the edges once a pan crosses a multiple of the view’s width', () => {
		const first = steadyMarks(marksAt(-1200), -1200, null);
		const band = byId(first, 'A band over the whole year')!;
		const farther = steadyMarks(marksAt(-1200 - WIDTH), -1200 - WIDTH, first);
		expect(farther.events).not.toContain(band);
		const moved = byId(farther, 'A band over the whole year')!;
		// Its start is cut a width farther on; its end, in view at both pans, is where it was in time.
		expect(moved.band!.x0 - band.band!.x0).toBe(WIDTH);
		expect(moved.band!.x1).toBe(band.band!.x1);
	});

	it('hands back the previous marks themselves when nothing moved', () => {
		const first = steadyMarks(marksAt(-1200), -1200, null);
		expect(steadyMarks(marksAt(-1200), -1200, first)).toBe(first);
	});

	it('draws a changed mark anew', () => {
		const first = steadyMarks(marksAt(-1200), -1200, null);
		const zoomed = marksInView(layout, items, zoomedScale(domain, WIDTH, { k: k * 1.1, x: -1200 }), WIDTH, 40);
		const next = steadyMarks(zoomed, -1200, first);
		const both = next.events.filter((view) => byId(first, view.id));
		expect(both.length).toBeGreaterThan(0);
		for (const view of both) expect(first.events).not.toContain(view);
	});
});

describe('inLayer', () => {
	it('gives a place in time the same layer position at every pan', () => {
		for (const at of [0, 12.3456, 799.99, 1e6 / 3]) {
			const positions = [-0.1, -3.7, -1234.567, -98765.4321].map((x) => inLayer(at + x, x));
			expect(new Set(positions).size).toBe(1);
		}
	});
});
