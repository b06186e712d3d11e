/**
 * The events to lay out as columns of numbers, one typed array per field, prepared once per list of events and
 * lanes and kept for every layout after. A zoom lays out sixty times a second, and reading each event's fields from
 * its object, finding its lane in a map and rescanning ends for the viewport took about half of each layout: 8 of
 * 16 ms in the first frame of a zoom at 10,000 events, before the engine had optimised that code.
 */
import { labelWidth } from './label-width';
import type { LayoutInput } from './layout';

/** One lane's events, as indices into the items in date order. */
export interface LaneColumn {
	orders: Int32Array;
	/** latestEnd[k]: the latest end among the lane's first k + 1 events, ms (finds the viewport by binary search) */
	latestEnd: Float64Array;
}

/** The items' fields by index (the items' own order), and their lanes. */
export interface LayoutColumns {
	items: readonly LayoutInput[];
	start: Float64Array;
	end: Float64Array;
	/** the window's middle, ms: where the marker sits */
	mid: Float64Array;
	/** 1 for a day (drawn as a point) */
	point: Uint8Array;
	/** estimated label width, px; 0 for no label */
	label: Float64Array;
	/** in the order of the lanes asked for; an event whose lane is not listed goes in the last */
	lanes: LaneColumn[];
	/** 1 for an event left out of this layout (`skip`); all 0 between layouts */
	skipped: Uint8Array;
}

interface Cached {
	lanesKey: string;
	columns: LayoutColumns;
	orderOfId?: Map<string, number>;
}
const prepared = new WeakMap<readonly LayoutInput[], Cached>();

/**
 * The columns of `items` (in layout order) for these lanes, prepared on the first call for this list and these
 * lanes and kept. The list must not be changed after: new data comes as a new list.
 */
export function layoutColumns(items: readonly LayoutInput[], lanes: readonly string[]): LayoutColumns {
	const lanesKey = lanes.join('\u0000');
	const cached = prepared.get(items);
	if (cached && cached.lanesKey === lanesKey) return cached.columns;
	const columns = prepareColumns(items, lanes);
	prepared.set(items, { lanesKey, columns });
	return columns;
}

/** Marks the events with these ids as skipped in `columns`; returns the indices marked, to clear afterwards. */
export function markSkipped(columns: LayoutColumns, ids: ReadonlySet<string> | undefined): number[] {
	if (!ids || ids.size === 0) return [];
	const cached = prepared.get(columns.items);
	let orderOfId = cached?.orderOfId;
	if (!orderOfId) {
		orderOfId = new Map(columns.items.map((item, order) => [item.id, order]));
		if (cached) cached.orderOfId = orderOfId;
	}
	const marked: number[] = [];
	for (const id of ids) {
		const order = orderOfId.get(id);
		if (order === undefined) continue;
		columns.skipped[order] = 1;
		marked.push(order);
	}
	return marked;
}

/** Clears what markSkipped marked. */
export function clearSkipped(columns: LayoutColumns, marked: readonly number[]): void {
	for (const order of marked) columns.skipped[order] = 0;
}

function prepareColumns(items: readonly LayoutInput[], lanes: readonly string[]): LayoutColumns {
	const count = items.length;
	const start = new Float64Array(count);
	const end = new Float64Array(count);
	const mid = new Float64Array(count);
	const point = new Uint8Array(count);
	const label = new Float64Array(count);
	const laneIndex = new Map<string, number>();
	lanes.forEach((lane, i) => {
		if (!laneIndex.has(lane)) laneIndex.set(lane, i);
	});
	const laneOf = new Int32Array(count);
	const laneSizes = new Int32Array(lanes.length);
	for (let order = 0; order < count; order++) {
		const item = items[order];
		start[order] = item.start;
		end[order] = item.end;
		mid[order] = item.start + (item.end - item.start) / 2;
		point[order] = item.point ? 1 : 0;
		label[order] = item.label ? labelWidth(item.label) : 0;
		const lane = laneIndex.get(item.lane) ?? lanes.length - 1;
		laneOf[order] = lane;
		if (lane >= 0) laneSizes[lane]++;
	}
	const laneColumns: LaneColumn[] = Array.from(laneSizes, (size) => ({
		orders: new Int32Array(size),
		latestEnd: new Float64Array(size)
	}));
	const filled = new Int32Array(lanes.length);
	for (let order = 0; order < count; order++) {
		const lane = laneOf[order];
		if (lane < 0) continue;
		const column = laneColumns[lane];
		const k = filled[lane]++;
		column.orders[k] = order;
		column.latestEnd[k] = k === 0 ? end[order] : Math.max(column.latestEnd[k - 1], end[order]);
	}
	return { items, start, end, mid, point, label, lanes: laneColumns, skipped: new Uint8Array(count) };
}
