import { describe, expect, it } from 'vitest';
import { clusterBadgeWidth, layoutTimeline, type ClusterMark, type EventMark, type LinearScale } from './layout';
import { randomLayoutItems } from './random';
import { pixelMapBetween, remapClusterMark, remapEventMark, remapLane, remapMark } from './remap';

const DAY = 86_400_000;
const at = (scale: LinearScale, ms: number) => scale.r0 + (ms - scale.d0) * scale.perMs;

const event: EventMark = {
	kind: 'event',
	id: 'e',
	lane: 'a',
	row: 1,
	x: 100,
	x0: 80,
	x1: 120,
	labelX: 110,
	labelWidth: 90,
	point: false
};

const clusterMark: ClusterMark = {
	kind: 'cluster',
	key: 'a:e',
	lane: 'a',
	row: 0,
	x: 250,
	x0: 200,
	x1: 300,
	count: 12,
	ids: [],
	start: 0,
	end: 1
};

describe('pixelMapBetween', () => {
	it('puts a pixel drawn at one scale where the other scale draws the same instant', () => {
		const from: LinearScale = { r0: 0, d0: Date.UTC(2016, 0, 1), perMs: 800 / (365 * DAY) };
		const to: LinearScale = { r0: 0, d0: Date.UTC(2016, 5, 1), perMs: 800 / (30 * DAY) };
		const { scale, shift } = pixelMapBetween(from, to);
		for (const ms of [Date.UTC(2016, 5, 1), Date.UTC(2016, 5, 17, 6), Date.UTC(2017, 2, 3)]) {
			expect(at(from, ms) * scale + shift).toBeCloseTo(at(to, ms), 6);
		}
	});

	it('leaves every pixel where it is between a scale and itself', () => {
		const same: LinearScale = { r0: 12, d0: Date.UTC(2014, 0, 1), perMs: 1e-7 };
		expect(pixelMapBetween(same, same)).toEqual({ scale: 1, shift: 0 });
	});
});

describe('remapEventMark', () => {
	it('moves the marker and stretches the band with the scale, keeping the label its width and offset', () => {
		const moved = remapEventMark(event, { scale: 2, shift: -50 });
		expect(moved).toMatchObject({ x: 150, x0: 110, x1: 190, labelX: 160, labelWidth: 90, row: 1, id: 'e' });
	});

	it('keeps a day a point', () => {
		const moved = remapEventMark({ ...event, point: true, x0: 100, x1: 100 }, { scale: 3, shift: 7 });
		expect(moved.x0).toBe(moved.x);
		expect(moved.x1).toBe(moved.x);
	});
});

describe('remapClusterMark', () => {
	it('follows the scale, centred on its box', () => {
		const moved = remapClusterMark(clusterMark, { scale: 2, shift: 0 });
		expect(moved).toMatchObject({ x0: 400, x1: 600, x: 500, count: 12 });
	});

	it('never shrinks narrower than its count badge when zooming out', () => {
		const moved = remapClusterMark(clusterMark, { scale: 0.01, shift: 0 });
		expect(moved.x1 - moved.x0).toBe(clusterBadgeWidth(12));
	});
});

describe('remapMark', () => {
	it('carries a real layout to a scale that is its own layout, shifted: the same marks, moved by the shift', () => {
		const items = randomLayoutItems(400, 3, { lanes: ['a', 'b'] });
		const d0 = Math.min(...items.map((item) => item.start));
		const perMs = 1000 / (40 * 365 * DAY);
		const options = {
			lanes: ['a', 'b'],
			maxRows: 2,
			markerRadius: 6,
			gap: 8,
			viewport: [-1e9, 1e9] as [number, number],
			maxLabelWidth: 200,
			minLabelWidth: 50
		};
		const before = layoutTimeline(items, (ms) => (ms - d0) * perMs, options);
		const after = layoutTimeline(items, (ms) => 300 + (ms - d0) * perMs, options);
		const map = pixelMapBetween({ r0: 0, d0, perMs }, { r0: 300, d0, perMs });
		const carried = before.map((lane) => lane.marks.map((mark) => remapMark(mark, map)));
		expect(carried).toEqual(after.map((lane) => lane.marks));
	});
});

describe('remapLane', () => {
	const point = (id: string, row: number, x: number, labelWidth: number): EventMark => ({
		...event,
		id,
		row,
		x,
		x0: x,
		x1: x,
		labelX: x + 10,
		labelWidth,
		point: true
	});
	const spacing = { gap: 8, radius: 6 };

	it('cuts a carried label short where the next box in its row begins, a gap before it', () => {
		// Halving the scale brings b to 100 px after a, whose label wanted 150 px.
		const lane = {
			lane: 'a',
			rows: 2,
			marks: [point('a', 0, 100, 150), point('b', 0, 300, 150), point('c', 1, 120, 150)]
		};
		const carried = remapLane(lane, { scale: 0.5, shift: 0 }, spacing);
		const [a, b, c] = carried.marks as EventMark[];
		expect(a.x).toBe(50);
		// b's box starts at its marker's left edge, 150 - 6; a's label ends a gap before that.
		expect(a.labelX + a.labelWidth).toBe(150 - 6 - 8);
		// Last in its row, and alone in another row: untouched.
		expect(b.labelWidth).toBe(150);
		expect(c.labelWidth).toBe(150);
	});

	it('drops a label with no room left, and stops one before a cluster', () => {
		const cluster: ClusterMark = { ...clusterMark, key: 'a:k', x: 230, x0: 210, x1: 250, count: 5 };
		const lane = { lane: 'a', rows: 1, marks: [point('a', 0, 100, 90), point('b', 0, 110, 90), cluster] };
		const [a, b] = remapLane(lane, { scale: 1, shift: 0 }, spacing).marks as EventMark[];
		expect(a.labelWidth).toBe(0);
		expect(b.labelX + b.labelWidth).toBe(210 - 8);
	});

	it('leaves labels that fit as they are', () => {
		const lane = { lane: 'a', rows: 1, marks: [point('a', 0, 100, 50), point('b', 0, 400, 50)] };
		expect(remapLane(lane, { scale: 2, shift: 0 }, spacing).marks.map((m) => (m as EventMark).labelWidth)).toEqual([
			50, 50
		]);
	});
});
