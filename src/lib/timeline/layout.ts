/**
 * Where each event is drawn: which lane row it sits in, how much of its label fits, and which events are too dense
 * to draw and are counted in a cluster instead.
 *
 * Rows are filled greedily in date order. Every row keeps its boxes strictly left to right: a unit is only ever
 * appended after the row's last box (plus the gap), and only the last box changes: its label shrinks to make room,
 * or it is absorbed into a cluster that starts a gap after the box before it (whose label may then regrow up to
 * that cluster). So no two boxes in a row overlap, at any zoom, by construction; the specs check it anyway.
 *
 * `x` must increase with time (any d3 time or linear scale does): the viewport is found by binary search on it.
 */
import { compareStartThenId } from '../data/document';
import { CHAR_WIDTH, LABEL_GAP } from './label-width';
import { clearSkipped, layoutColumns, markSkipped, type LaneColumn, type LayoutColumns } from './layout-columns';

export interface LayoutInput {
	id: string;
	lane: string;
	/** ms window, end exclusive */
	start: number;
	end: number;
	/** day precision: drawn as a point */
	point: boolean;
	label: string;
}

export interface EventMark {
	kind: 'event';
	id: string;
	lane: string;
	row: number;
	/** marker centre px */
	x: number;
	/** band px (x0 = x1 = x for points) */
	x0: number;
	x1: number;
	labelX: number;
	/** 0 = no label shown */
	labelWidth: number;
	point: boolean;
}

export interface ClusterMark {
	kind: 'cluster';
	/** lane + first id in date order: stable across frames while the cluster keeps its first event */
	key: string;
	lane: string;
	row: number;
	/** badge centre px */
	x: number;
	/** the box the cluster occupies in its row, px */
	x0: number;
	x1: number;
	count: number;
	/** in date order */
	ids: string[];
	/** ms window spanning its events */
	start: number;
	end: number;
}

export type Mark = EventMark | ClusterMark;

export interface LaneLayout {
	lane: string;
	rows: number;
	marks: Mark[];
}

export interface LayoutOptions {
	/** lane order */
	lanes: string[];
	maxRows: number;
	markerRadius: number;
	/** px between occupied boxes */
	gap: number;
	/** px range drawn, e.g. [-50, width+50] */
	viewport: [number, number];
	maxLabelWidth: number;
	minLabelWidth: number;
	/** The caller vouches that items are in layout order (sortForLayout), sparing a check on every frame. */
	presorted?: boolean;
	/** px: labels end here at the latest (the visible right edge), so none is cut off mid-word by the frame. */
	labelRight?: number;
	/** Ids drawn elsewhere this frame (ongoing stripes): left out of the rows. */
	skip?: ReadonlySet<string>;
	/**
	 * The same map as `x` when it is linear, as `r0 + (ms - d0) * perMs`. The per-event loop then makes no call: a
	 * zoom makes a new `x` every frame, and a call to a new function costs the optimised loop its inlined call (the
	 * first frames of a zoom ran unoptimised code until the engine gave up inlining).
	 */
	linear?: LinearScale;
}

/** A linear time scale as plain numbers: x = r0 + (ms - d0) * perMs. */
export interface LinearScale {
	r0: number;
	d0: number;
	perMs: number;
}

/** Space between a marker's edge and the start of its label, px. */
export const LABEL_OFFSET = 4;

/** Width of a cluster's count badge, px: as wide as its count written as a label. */
export function clusterBadgeWidth(count: number): number {
	// Digits counted arithmetically: this runs for every candidate row of every clustered event.
	let digits = 1;
	for (let n = Math.abs(Math.trunc(count)); n >= 10; n = Math.trunc(n / 10)) digits++;
	return digits * CHAR_WIDTH + LABEL_GAP;
}

/** Date order for layout: by start, then by id, the same order the document keeps its events in. */
export const compareForLayout: (a: Pick<LayoutInput, 'start' | 'id'>, b: Pick<LayoutInput, 'start' | 'id'>) => number =
	compareStartThenId;

/** A sorted copy of the items in layout order; sort once and pass the result to every layoutTimeline call. */
export function sortForLayout<T extends LayoutInput>(items: readonly T[]): T[] {
	return [...items].sort(compareForLayout);
}

/** Whether items are already in layout order (a linear check, far cheaper than sorting again). */
export function isSortedForLayout(items: readonly LayoutInput[]): boolean {
	for (let i = 1; i < items.length; i++) if (compareForLayout(items[i - 1], items[i]) > 0) return false;
	return true;
}

/**
 * The frame being laid out, held as parallel typed arrays rather than an object per event: at full zoom-out every
 * one of thousands of events is touched, and per-event objects full of doubles cost more in allocation than the
 * layout itself. Events are indexed 0..n-1 in date order; in a row, an event is its index and a cluster c is ~c.
 */
class Frame {
	readonly order: Int32Array;
	readonly x: Float64Array;
	readonly x0: Float64Array;
	readonly x1: Float64Array;
	readonly left: Float64Array;
	readonly labelX: Float64Array;
	/** label width wanted: the label's estimate capped at maxLabelWidth */
	readonly desired: Float64Array;
	/** below this a truncated label is not worth drawing */
	readonly threshold: Float64Array;
	readonly width: Float64Array;
	/** kept in step with width, because rows compare against it constantly */
	readonly right: Float64Array;
	readonly clusterLeft: Float64Array;
	readonly clusterRight: Float64Array;
	/** right edge of the rightmost member's marker */
	readonly clusterMarkerRight: Float64Array;
	/** orders of the events each cluster counts, unsorted until output */
	clusterMembers: number[][] = [];
	size = 0;

	constructor(
		capacity: number,
		public radius: number,
		public gap: number,
		public maxRows: number
	) {
		this.order = new Int32Array(capacity);
		this.x = new Float64Array(capacity);
		this.x0 = new Float64Array(capacity);
		this.x1 = new Float64Array(capacity);
		this.left = new Float64Array(capacity);
		this.labelX = new Float64Array(capacity);
		this.desired = new Float64Array(capacity);
		this.threshold = new Float64Array(capacity);
		this.width = new Float64Array(capacity);
		this.right = new Float64Array(capacity);
		this.clusterLeft = new Float64Array(capacity);
		this.clusterRight = new Float64Array(capacity);
		this.clusterMarkerRight = new Float64Array(capacity);
	}

	/** Empties the frame for another layout, keeping its arrays. */
	reset(radius: number, gap: number, maxRows: number): this {
		this.radius = radius;
		this.gap = gap;
		this.maxRows = maxRows;
		this.size = 0;
		// Emptied rather than replaced: a fresh [] changes its kind again as the first cluster goes in, and code the
		// engine optimised for the last call's array would be thrown away.
		this.clusterMembers.length = 0;
		return this;
	}

	/** Right edge of a unit's box as it stands. */
	unitRight(unit: number): number {
		return unit >= 0 ? this.right[unit] : this.clusterRight[~unit];
	}

	/** Right edge of a unit's box with no label: as far left as it can ever end. */
	hardRight(unit: number): number {
		return unit >= 0 ? Math.max(this.x1[unit], this.labelX[unit]) : this.clusterRight[~unit];
	}

	setLabelWidth(event: number, width: number): void {
		this.width[event] = width;
		this.right[event] = Math.max(this.x1[event], this.labelX[event] + width);
	}

	/** The widest label (≤ desired) that lets `event` end a gap before `limit`: 0 for a bare marker, -1 if nothing fits. */
	fitLabel(event: number, limit: number): number {
		const limitRight = limit - this.gap;
		if (this.labelX[event] > limitRight || this.x1[event] > limitRight) return -1;
		const width = Math.min(this.desired[event], limitRight - this.labelX[event]);
		return width > 0 && width >= this.threshold[event] ? width : 0;
	}
}

let spareFrame: Frame | null = null;

/**
 * A frame with room for `capacity` events. The typed arrays are kept from one call to the next: a zoom lays out
 * sixty frames a second, and fresh arrays for thousands of events each time kept the garbage collector busy.
 * Every slot is written before it is read, so nothing stale leaks from the previous call.
 */
function takeFrame(capacity: number, radius: number, gap: number, maxRows: number): Frame {
	if (!spareFrame || spareFrame.order.length < capacity) {
		spareFrame = new Frame(Math.max(capacity, 64), radius, gap, maxRows);
	}
	return spareFrame.reset(radius, gap, maxRows);
}

/** Lays out events in lanes and rows for the current scale: non-overlapping boxes, dense stretches as clusters. */
export function layoutTimeline(items: LayoutInput[], x: (ms: number) => number, options: LayoutOptions): LaneLayout[] {
	const sorted = options.presorted || isSortedForLayout(items) ? items : sortForLayout(items);
	const presorted = { ...options, presorted: true };
	return options.lanes.map((_, lane) => layoutLane(sorted, x, presorted, lane));
}

/**
 * The layout of one lane, `options.lanes[lane]`, exactly as layoutTimeline lays it out: lanes share nothing, so a
 * caller short of time may lay out some lanes and leave the others for later.
 */
export function layoutLane(
	items: LayoutInput[],
	x: (ms: number) => number,
	options: LayoutOptions,
	lane: number
): LaneLayout {
	const sorted = options.presorted || isSortedForLayout(items) ? items : sortForLayout(items);
	const radius = Math.max(0, options.markerRadius);
	const [v0, v1] = options.viewport;
	const maxLabel = Math.max(0, options.maxLabelWidth);
	const minLabel = Math.max(0, options.minLabelWidth);
	const labelRight = options.labelRight ?? Infinity;

	const columns = layoutColumns(sorted, options.lanes);
	const column = columns.lanes[lane];
	const range = inViewRange(column, columns, x, options.viewport, radius, radius + LABEL_OFFSET + maxLabel);
	const frame = takeFrame(
		range[1] - range[0],
		radius,
		Math.max(0, options.gap),
		Math.max(1, Math.floor(options.maxRows))
	);
	const skipped = markSkipped(columns, options.skip);
	measureItems(frame, columns, column.orders, range, x, {
		radius,
		v0,
		v1,
		maxLabel,
		minLabel,
		labelRight,
		linear: options.linear
	});
	clearSkipped(columns, skipped);
	return toLaneLayout(options.lanes[lane], placeLane(frame, 0, frame.size), frame, sorted);
}

/** What measureItems needs besides the items: the layout's options, resolved. */
interface Geometry {
	radius: number;
	v0: number;
	v1: number;
	maxLabel: number;
	minLabel: number;
	labelRight: number;
	linear?: LinearScale;
}

/**
 * The box at this scale of each of one lane's events in [from, to) that reaches the viewport, into the frame, in
 * date order. A function of its own rather than a loop in layoutTimeline: the engine optimises a loop in a long
 * function mid-run and throws that code away when the function goes on past the loop, once per call.
 */
function measureItems(
	frame: Frame,
	columns: LayoutColumns,
	orders: Int32Array,
	[from, to]: [number, number],
	x: (ms: number) => number,
	geometry: Geometry
): void {
	const { radius, v0, v1, maxLabel, minLabel, labelRight, linear } = geometry;
	const { start, end, mid, point, label, skipped } = columns;
	const r0 = linear ? linear.r0 : 0;
	const d0 = linear ? linear.d0 : 0;
	const perMs = linear ? linear.perMs : 0;
	for (let k = from; k < to; k++) {
		const order = orders[k];
		if (skipped[order] === 1) continue;
		const isPoint = point[order] === 1;
		const xMid = linear ? r0 + (mid[order] - d0) * perMs : x(mid[order]);
		const x0 = isPoint ? xMid : linear ? r0 + (start[order] - d0) * perMs : x(start[order]);
		const x1 = isPoint ? xMid : linear ? r0 + (end[order] - d0) * perMs : x(end[order]);
		const labelX = xMid + radius + LABEL_OFFSET;
		const room = labelRight - labelX;
		const wanted = label[order];
		const desired = wanted > 0 && room >= minLabel ? Math.min(wanted, maxLabel, room) : 0;
		const left = Math.min(x0, xMid - radius);
		const right = Math.max(x1, labelX + desired);
		if (left > v1 || right < v0) continue;
		const e = frame.size++;
		frame.order[e] = order;
		frame.x[e] = xMid;
		frame.x0[e] = x0;
		frame.x1[e] = x1;
		frame.left[e] = left;
		frame.labelX[e] = labelX;
		frame.desired[e] = desired;
		frame.threshold[e] = Math.min(desired, minLabel);
		frame.width[e] = desired;
		frame.right[e] = right;
	}
}

/**
 * The range [from, to) of one lane's events that can reach the viewport, by binary search: events starting right of
 * it cannot, nor can a prefix whose latest end (plus the widest label) stays left of it.
 */
function inViewRange(
	lane: LaneColumn,
	columns: LayoutColumns,
	x: (ms: number) => number,
	[v0, v1]: [number, number],
	radius: number,
	reach: number
): [number, number] {
	const { orders, latestEnd } = lane;
	const { start } = columns;
	// A box's left is never left of x(start) - radius, and starts are sorted.
	const to = firstIndexWhere(0, orders.length, (k) => x(start[orders[k]]) - radius > v1);
	// A box's right is never past x(end) + reach, since its marker sits at or before its end.
	const from = firstIndexWhere(0, to, (k) => x(latestEnd[k]) + reach >= v0);
	return [from, to];
}

/** First index in [lo, hi) where a monotone predicate turns true, or hi. */
function firstIndexWhere(lo: number, hi: number, predicate: (i: number) => boolean): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (predicate(mid)) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** Places one lane's events, frame places [first, last) in date order, into rows: each a left-to-right list of units. */
function placeLane(frame: Frame, first: number, last: number): number[][] {
	const rows: number[][] = [];
	for (let event = first; event < last; event++) {
		if (placeWhole(frame, rows, event)) continue;
		if (placeByShrinking(frame, rows, event)) continue;
		placeInCluster(frame, rows, event);
	}
	return rows;
}

/** First fit with the full label: the first row whose last box ends a gap before this one, or a new row. */
function placeWhole(frame: Frame, rows: number[][], event: number): boolean {
	const limit = frame.left[event] - frame.gap;
	for (const row of rows) {
		if (frame.unitRight(row[row.length - 1]) <= limit) {
			row.push(event);
			return true;
		}
	}
	if (rows.length < frame.maxRows) {
		rows.push([event]);
		return true;
	}
	return false;
}

/** Makes room by shortening the label of some row's last event, choosing the row that keeps the longest label. */
function placeByShrinking(frame: Frame, rows: number[][], event: number): boolean {
	let bestRow = -1;
	// Below every width fitLabel gives (0 or more) and above its -1 for "nothing fits"; a fraction, so the engine
	// treats it as the double the widths are from the start instead of deoptimising when the first one arrives.
	let bestWidth = -0.5;
	for (let r = 0; r < rows.length; r++) {
		const tail = rows[r][rows[r].length - 1];
		if (tail < 0) continue;
		const width = frame.fitLabel(tail, frame.left[event]);
		if (width > bestWidth) {
			bestWidth = width;
			bestRow = r;
		}
	}
	if (bestRow < 0) return false;
	const row = rows[bestRow];
	frame.setLabelWidth(row[row.length - 1], bestWidth);
	row.push(event);
	return true;
}

/**
 * No row has room even for a bare marker: count the event in a cluster made with the last box(es) of one row,
 * taking as few boxes as possible and then growing the row's boxes the least (which joins a neighbouring cluster).
 */
function placeInCluster(frame: Frame, rows: number[][], event: number): void {
	const { radius, gap } = frame;
	let bestRow = 0;
	let bestTaken = Infinity;
	let bestCost = Infinity;
	let bestLeft = 0;
	let bestRight = 0;
	for (let r = 0; r < rows.length; r++) {
		const row = rows[r];
		let left = frame.x[event] - radius;
		let markerRight = frame.x[event] + radius;
		let count = 1;
		let absorbedWidth = 0;
		let i = row.length - 1;
		// Take at least one box so a cluster always counts two or more events, then as many as still overlap it.
		do {
			const unit = row[i];
			if (unit >= 0) {
				left = Math.min(left, frame.x[unit] - radius);
				markerRight = Math.max(markerRight, frame.x[unit] + radius);
				count += 1;
			} else {
				left = Math.min(left, frame.clusterLeft[~unit]);
				markerRight = Math.max(markerRight, frame.clusterMarkerRight[~unit]);
				count += frame.clusterMembers[~unit].length;
				absorbedWidth += frame.clusterRight[~unit] - frame.clusterLeft[~unit];
			}
			i--;
		} while (i >= 0 && frame.hardRight(row[i]) + gap > left);
		const taken = row.length - 1 - i;
		const right = Math.max(markerRight, left + clusterBadgeWidth(count));
		const cost = right - left - absorbedWidth;
		if (taken < bestTaken || (taken === bestTaken && cost < bestCost)) {
			bestRow = r;
			bestTaken = taken;
			bestCost = cost;
			bestLeft = left;
			bestRight = right;
		}
	}

	// rows is never empty here: placeWhole opens a row whenever there are fewer than maxRows (at least 1).
	// The row's last bestTaken units are absorbed: read in place, then dropped, with no array made for them (this
	// runs for most events at full zoom-out).
	const row = rows[bestRow];
	const first = row.length - bestTaken;
	// Grow the biggest absorbed cluster in place rather than copying its members: dense stretches absorb thousands.
	let cluster = -1;
	for (let i = first; i < row.length; i++) {
		const unit = row[i];
		if (unit < 0 && (cluster < 0 || frame.clusterMembers[~unit].length > frame.clusterMembers[cluster].length)) {
			cluster = ~unit;
		}
	}
	if (cluster < 0) {
		cluster = frame.clusterMembers.length;
		frame.clusterMembers.push([]);
		frame.clusterMarkerRight[cluster] = -Infinity;
	}
	const members = frame.clusterMembers[cluster];
	let markerRight = Math.max(frame.clusterMarkerRight[cluster], frame.x[event] + radius);
	members.push(frame.order[event]);
	for (let i = first; i < row.length; i++) {
		const unit = row[i];
		if (unit === ~cluster) continue;
		if (unit >= 0) {
			members.push(frame.order[unit]);
			markerRight = Math.max(markerRight, frame.x[unit] + radius);
		} else {
			const absorbedMembers = frame.clusterMembers[~unit];
			for (let m = 0; m < absorbedMembers.length; m++) members.push(absorbedMembers[m]);
			markerRight = Math.max(markerRight, frame.clusterMarkerRight[~unit]);
		}
	}
	while (row.length > first) row.pop();
	frame.clusterLeft[cluster] = bestLeft;
	frame.clusterRight[cluster] = bestRight;
	frame.clusterMarkerRight[cluster] = markerRight;
	// The box before the cluster may have shortened its label for an event now in the cluster: give it back the room.
	const tail = row[row.length - 1];
	if (tail !== undefined && tail >= 0) frame.setLabelWidth(tail, Math.max(0, frame.fitLabel(tail, bestLeft)));
	row.push(~cluster);
}

function toLaneLayout(lane: string, rows: number[][], frame: Frame, sorted: readonly LayoutInput[]): LaneLayout {
	const marks: { order: number; mark: Mark }[] = [];
	rows.forEach((row, rowIndex) => {
		for (const unit of row) {
			if (unit >= 0) {
				const item = sorted[frame.order[unit]];
				marks.push({
					order: frame.order[unit],
					mark: {
						kind: 'event',
						id: item.id,
						lane,
						row: rowIndex,
						x: frame.x[unit],
						x0: frame.x0[unit],
						x1: frame.x1[unit],
						labelX: frame.labelX[unit],
						labelWidth: frame.width[unit],
						point: item.point
					}
				});
			} else {
				// A typed array sorts numbers natively, without a comparator call per step: clusters hold thousands.
				const members = Int32Array.from(frame.clusterMembers[~unit]).sort();
				let end = -Infinity;
				const ids: string[] = new Array(members.length);
				for (let m = 0; m < members.length; m++) {
					const item = sorted[members[m]];
					if (item.end > end) end = item.end;
					ids[m] = item.id;
				}
				const x0 = frame.clusterLeft[~unit];
				const x1 = frame.clusterRight[~unit];
				marks.push({
					order: members[0],
					mark: {
						kind: 'cluster',
						key: `${lane}:${ids[0]}`,
						lane,
						row: rowIndex,
						x: x0 + (x1 - x0) / 2,
						x0,
						x1,
						count: members.length,
						ids,
						start: sorted[members[0]].start,
						end
					}
				});
			}
		}
	});
	marks.sort((a, b) => a.order - b.order);
	return { lane, rows: Math.max(1, rows.length), marks: marks.map((m) => m.mark) };
}
