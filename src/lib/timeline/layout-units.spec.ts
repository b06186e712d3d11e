import { describe, expect, it } from 'vitest';
import {
	badgeWidth,
	clusterBox,
	DOT_RADIUS,
	isLongBand,
	LABEL_OFFSET,
	labelStartAt,
	LONG_BAND,
	midOf,
	naturalLabelX
} from './layout-units';

describe('naturalLabelX', () => {
	it('starts a label after its band, or after its dot when the band ends sooner', () => {
		expect(naturalLabelX(100, 180, false)).toBe(180 + LABEL_OFFSET);
		expect(naturalLabelX(100, 100, false)).toBe(100 + DOT_RADIUS + LABEL_OFFSET);
		expect(naturalLabelX(100, 102, false)).toBe(100 + DOT_RADIUS + LABEL_OFFSET);
	});

	it('starts a label written over its band after the dot', () => {
		expect(naturalLabelX(100, 180, true)).toBe(100 + DOT_RADIUS + LABEL_OFFSET);
	});
});

describe('labelStartAt', () => {
	const at = (ms: number) => ms / 1000;

	it('starts a band’s label after the band at the scale, a point’s after its dot', () => {
		expect(labelStartAt({ start: 100_000, end: 300_000, point: false }, false, at)).toBe(300 + LABEL_OFFSET);
		expect(labelStartAt({ start: 100_000, end: 186_400_000, point: true }, false, at)).toBe(
			100 + DOT_RADIUS + LABEL_OFFSET
		);
	});

	it('starts a label written over its band after the dot, at the band’s middle', () => {
		expect(labelStartAt({ start: 100_000, end: 300_000, point: false }, true, at)).toBe(
			200 + DOT_RADIUS + LABEL_OFFSET
		);
	});
});

describe('marks', () => {
	const DAY = 86_400_000;

	it('puts a point’s marker at its start and a band’s at its middle', () => {
		expect(midOf({ start: 10 * DAY, end: 11 * DAY, point: true })).toBe(10 * DAY);
		expect(midOf({ start: 10 * DAY, end: 20 * DAY, point: false })).toBe(15 * DAY);
	});

	it('calls a band long once it is wider than LONG_BAND at the scale, and a point never', () => {
		const month = { start: 0, end: 30 * DAY, point: false };
		expect(isLongBand(month, (LONG_BAND - 1) / (30 * DAY))).toBe(false);
		expect(isLongBand(month, (LONG_BAND + 1) / (30 * DAY))).toBe(true);
		expect(isLongBand({ start: 0, end: DAY, point: true }, 1)).toBe(false);
	});

	it('spans a cluster’s box from its first to its last marker, and at least its badge', () => {
		const spread = { minMid: 0, maxMid: 100, members: [0, 1, 2] };
		expect(clusterBox(spread, 1, 50)).toEqual({ left: 44, hardRight: 156, right: 156 });
		const tight = { minMid: 0, maxMid: 2, members: Array.from({ length: 120 }, (_, i) => i) };
		expect(clusterBox(tight, 1, 0).right).toBe(-DOT_RADIUS + badgeWidth(120));
	});
});
