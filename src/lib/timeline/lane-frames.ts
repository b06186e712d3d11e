/**
 * How much of the layout each frame of a zoom or pan redoes. A fresh layout of 10,000 events can take longer than a
 * frame, above all in the first frames of a zoom, before the engine has optimised it. Lanes share nothing, so a
 * frame in motion lays out lanes, in turn, only until its budget is spent, and carries the others' last layouts to
 * the new scale (remap.ts): every lane is fresh again within a few frames, and no frame waits on the whole layout.
 * At rest, every lane is laid out afresh: the view at rest is exact.
 */
import type { LaneLayout, LinearScale } from './layout';
import { pixelMapBetween, remapLane, type Spacing } from './remap';

/** ms of layout a frame in motion may spend before it carries the remaining lanes over instead. */
export const LANE_BUDGET_MS = 5;

/** One lane as drawn: its layout and the scale that layout was made for. */
export interface LaneAt {
	layout: LaneLayout;
	/** the scale its positions are exact for: the current one when fresh */
	basis: LinearScale;
	/** laid out for this frame, not carried over */
	fresh: boolean;
}

export interface LaneFrameRequest {
	laneCount: number;
	/** the lanes as the last frame drew them, or null if those no longer apply (new data, new lanes, a resize) */
	previous: readonly LaneAt[] | null;
	moving: boolean;
	/** the last frame was in motion too */
	wasMoving: boolean;
	/** the current scale */
	basis: LinearScale;
	layOut: (lane: number) => LaneLayout;
	/** the lane to lay out first when time is short: the one after the last lane laid out */
	firstLane: number;
	now: () => number;
	budgetMs?: number;
	/** the layout's gap and marker radius, to which carried labels are cut */
	spacing: Spacing;
}

/** This frame's lanes, and the lane to start with next frame. */
export function layOutLanes(request: LaneFrameRequest): { lanes: LaneAt[]; nextLane: number } {
	const { laneCount, previous, basis, layOut, now } = request;
	const fresh = (lane: number): LaneAt => ({ layout: layOut(lane), basis, fresh: true });
	if (!request.moving || !previous || previous.length !== laneCount) {
		return { lanes: Array.from({ length: laneCount }, (_, lane) => fresh(lane)), nextLane: 0 };
	}
	const carried = (lane: number): LaneAt => {
		const { layout, basis: from } = previous[lane];
		return { layout: remapLane(layout, pixelMapBetween(from, basis), request.spacing), basis, fresh: false };
	};
	// The first frame of a motion starts from the view at rest, exact for the scale before it: carrying it costs least.
	if (!request.wasMoving) {
		return { lanes: Array.from({ length: laneCount }, (_, lane) => carried(lane)), nextLane: request.firstLane };
	}
	const budget = request.budgetMs ?? LANE_BUDGET_MS;
	const lanes: LaneAt[] = new Array(laneCount);
	const began = now();
	let laidOut = 0;
	// At least one lane each frame, so the layout always catches up.
	while (laidOut < laneCount && (laidOut === 0 || now() - began < budget)) {
		const lane = (request.firstLane + laidOut) % laneCount;
		lanes[lane] = fresh(lane);
		laidOut++;
	}
	for (let lane = 0; lane < laneCount; lane++) lanes[lane] ??= carried(lane);
	return { lanes, nextLane: laneCount === 0 ? 0 : (request.firstLane + laidOut) % laneCount };
}
