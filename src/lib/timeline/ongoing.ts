/**
 * Events whose window is far wider than the view (a year while the reader looks at a week) would fill every
 * row of their lane with an unlabelled band and push the day-precise events of that period into clusters.
 * They are set apart as "ongoing" stripes in the lane's header band instead, so the rows stay free for what
 * is precise at this zoom.
 */
import type { LayoutInput } from './layout';

export interface OngoingStripe {
	id: string;
	lane: string;
	/** 0 = top stripe. */
	stripe: number;
	x0: number;
	x1: number;
}

export interface OngoingSplit {
	/** Ids of the items set apart (striped or counted in overflow): the row layout skips them. */
	ongoing: Set<string>;
	stripes: OngoingStripe[];
	/** Per lane, how many ongoing events did not get a stripe. */
	overflow: Map<string, number>;
}

/** Splits off items wider than `fraction` of the view width that cover part of it, up to `maxStripes` per lane. */
export function splitOngoing(
	items: readonly LayoutInput[],
	x: (ms: number) => number,
	width: number,
	options: { fraction?: number; maxStripes?: number; lanes: readonly string[] }
): OngoingSplit {
	const fraction = options.fraction ?? 0.6;
	const maxStripes = options.maxStripes ?? 3;
	const fallbackLane = options.lanes[options.lanes.length - 1];
	const ongoing = new Set<string>();
	const stripes: OngoingStripe[] = [];
	const overflow = new Map<string, number>();
	const used = new Map<string, number>();
	for (const item of items) {
		const x0 = x(item.start);
		const x1 = x(item.end);
		if (item.point || x1 - x0 <= width * fraction || x1 < 0 || x0 > width) continue;
		ongoing.add(item.id);
		const lane = options.lanes.includes(item.lane) ? item.lane : fallbackLane;
		const stripe = used.get(lane) ?? 0;
		if (stripe < maxStripes) {
			stripes.push({ id: item.id, lane, stripe, x0, x1 });
			used.set(lane, stripe + 1);
		} else {
			overflow.set(lane, (overflow.get(lane) ?? 0) + 1);
		}
	}
	return { ongoing, stripes, overflow };
}
