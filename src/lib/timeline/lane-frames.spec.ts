import { describe, expect, it } from 'vitest';
import { layOutLanes, type LaneAt, type LaneFrameRequest } from './lane-frames';
import type { EventMark, LaneLayout, LinearScale } from './layout';

const BEFORE: LinearScale = { r0: 0, d0: 0, perMs: 1 };
const NOW: LinearScale = { r0: 0, d0: 0, perMs: 2 };

/** A lane with one point event at x = 10 * (lane + 1), laid out for `basis`. */
function laneAt(lane: number, basis: LinearScale): LaneLayout {
	const x = basis.r0 + (10 * (lane + 1) - basis.d0) * basis.perMs;
	const mark: EventMark = {
		kind: 'event',
		id: `e${lane}`,
		lane: `l${lane}`,
		row: 0,
		x,
		x0: x,
		x1: x,
		labelX: x + 10,
		labelWidth: 0,
		point: true
	};
	return { lane: `l${lane}`, rows: 1, marks: [mark] };
}

/** A request over `laneCount` lanes whose layouts each take `msPerLane` on a fake clock; records the lanes laid out. */
function request(overrides: Partial<LaneFrameRequest> & { msPerLane?: number } = {}) {
	const laneCount = overrides.laneCount ?? 6;
	let clock = 0;
	const laidOut: number[] = [];
	const previous: LaneAt[] = Array.from({ length: laneCount }, (_, lane) => ({
		layout: laneAt(lane, BEFORE),
		basis: BEFORE,
		fresh: true
	}));
	const full: LaneFrameRequest = {
		laneCount,
		previous,
		moving: true,
		wasMoving: true,
		basis: NOW,
		firstLane: 0,
		now: () => clock,
		layOut: (lane) => {
			laidOut.push(lane);
			clock += overrides.msPerLane ?? 0;
			return laneAt(lane, NOW);
		},
		budgetMs: 5,
		spacing: { gap: 8, radius: 6 },
		...overrides
	};
	return { full, laidOut };
}

const xs = (lanes: LaneAt[]) => lanes.map((lane) => lane.layout.marks[0].x);

describe('layOutLanes', () => {
	it('lays out every lane at rest, however long it takes: the view at rest is exact', () => {
		const { full, laidOut } = request({ moving: false, msPerLane: 50 });
		const frame = layOutLanes(full);
		expect(laidOut).toEqual([0, 1, 2, 3, 4, 5]);
		expect(frame.lanes.every((lane) => lane.fresh && lane.basis === NOW)).toBe(true);
	});

	it('lays out every lane when there is nothing to carry over (new data, a resize)', () => {
		const { full, laidOut } = request({ previous: null, msPerLane: 50 });
		layOutLanes(full);
		expect(laidOut).toHaveLength(6);
	});

	it('carries the view at rest to the new scale in the first frame of a motion, laying nothing out', () => {
		const { full, laidOut } = request({ wasMoving: false });
		const frame = layOutLanes(full);
		expect(laidOut).toEqual([]);
		expect(frame.lanes.every((lane) => !lane.fresh && lane.basis === NOW)).toBe(true);
		// Carried marks sit exactly where a fresh layout at the new scale puts them.
		expect(xs(frame.lanes)).toEqual([20, 40, 60, 80, 100, 120]);
	});

	it('lays out every lane in motion while layouts are quick', () => {
		const { full, laidOut } = request({ msPerLane: 0.5 });
		const frame = layOutLanes(full);
		expect(laidOut).toEqual([0, 1, 2, 3, 4, 5]);
		expect(frame.lanes.every((lane) => lane.fresh)).toBe(true);
	});

	it('stops laying out once the budget is spent and carries the other lanes, in turn from frame to frame', () => {
		const first = request({ msPerLane: 3 });
		const frame = layOutLanes(first.full);
		expect(first.laidOut).toEqual([0, 1]);
		expect(frame.lanes.map((lane) => lane.fresh)).toEqual([true, true, false, false, false, false]);
		expect(xs(frame.lanes)).toEqual([20, 40, 60, 80, 100, 120]);
		expect(frame.nextLane).toBe(2);

		const second = request({ msPerLane: 3, firstLane: 5, previous: frame.lanes });
		const next = layOutLanes(second.full);
		expect(second.laidOut).toEqual([5, 0]);
		expect(next.nextLane).toBe(1);
	});

	it('lays out at least one lane a frame, even one slower than the whole budget, so the view always catches up', () => {
		const { full, laidOut } = request({ msPerLane: 40, firstLane: 4 });
		const frame = layOutLanes(full);
		expect(laidOut).toEqual([4]);
		expect(frame.nextLane).toBe(5);
		const none = request({ budgetMs: 0 });
		layOutLanes(none.full);
		expect(none.laidOut).toEqual([0]);
	});

	it('draws nothing for no lanes', () => {
		const { full } = request({ laneCount: 0 });
		expect(layOutLanes(full)).toEqual({ lanes: [], nextLane: 0 });
	});
});
