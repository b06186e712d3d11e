/**
 * Where each event sits at one zoom level: its lane's row, its label's lines and width, or the cluster that counts
 * it. Worked out once per level for the whole document (zoom-levels.ts), so an event keeps its row while the reader
 * pans, and drawn at any larger scale (in-view.ts), where every gap only grows: a box is bounded by terms of the
 * form x(time) + constant px, and a level only lets two boxes share a row when every term of the later one lies
 * after every term of the earlier, so spreading time apart can never make them meet.
 *
 * Events are placed from left to right, each where it first fits: its whole title on one line, else on two lines (two
 * rows), written after its band; else whole with a row's last label moved over its band, or with its own written over
 * its band; else by cutting short the label of the last box in some row, and only when the lane's rows have run out,
 * counted in a cluster with that row's last boxes.
 */
import type { LabelLines } from './label-lines';
import {
	clusterBox,
	DOT_RADIUS,
	GAP,
	isLongBand,
	midOf,
	naturalLabelX,
	type ClusterUnit,
	type EventUnit,
	type LayoutItem,
	type LevelLayout,
	type Unit
} from './layout-units';

export interface LayoutOptions {
	laneCount: number;
	maxRows: number;
	/** px: the widest a label line may be */
	maxLine: number;
	/** px: a label cut shorter than this is not drawn at all */
	minLabel: number;
}

/** Lays out every item at `scale` px per ms. Items are in date order (their index breaks ties). */
export function layoutLevel(items: readonly LayoutItem[], scale: number, options: LayoutOptions): LevelLayout {
	const steps = layoutInSteps(items, scale, options);
	let step = steps.next();
	while (!step.done) step = steps.next();
	return step.value;
}

/** How many events layoutInSteps places between two pauses. */
const STEP_SIZE = 500;

/**
 * The same layout, pausing after every few hundred events: idle time can work out a level of a large document in
 * slices that each fit between two frames.
 */
export function* layoutInSteps(
	items: readonly LayoutItem[],
	scale: number,
	options: LayoutOptions
): Generator<void, LevelLayout, void> {
	const lanes: Unit[][][] = Array.from({ length: options.laneCount }, () => []);
	const maxRows = Math.max(1, Math.floor(options.maxRows));
	const placer = { items, scale, maxRows, maxLine: options.maxLine, minLabel: options.minLabel };
	// Each row is filled left to right, so events go in by the left edges of their boxes at this level: a long band's
	// box starts at its marker, not at its start.
	const units = items.map((item, index) => eventUnit(item, index, scale));
	units.sort((a, b) => a.left - b.left || a.item - b.item);
	yield;
	for (let index = 0; index < units.length; index++) {
		place(placer, lanes[units[index].lane], units[index]);
		if (index % STEP_SIZE === STEP_SIZE - 1) yield;
	}
	return yield* finish(items, scale, lanes);
}

interface Placer {
	items: readonly LayoutItem[];
	scale: number;
	maxRows: number;
	maxLine: number;
	minLabel: number;
}

const NO_LABEL: LabelLines = { lines: [], width: 0 };

function eventUnit(item: LayoutItem, index: number, scale: number): EventUnit {
	const x = midOf(item) * scale;
	const long = isLongBand(item, scale);
	const x0 = item.point || long ? x : item.start * scale;
	const x1 = item.point || long ? x : item.end * scale;
	const hardRight = Math.max(x1, x + DOT_RADIUS);
	return {
		kind: 'event',
		item: index,
		long,
		lane: item.lane,
		row: 0,
		rows: 1,
		slot: 0,
		slot2: -1,
		left: Math.min(x0, x - DOT_RADIUS),
		hardRight,
		right: hardRight,
		shape: NO_LABEL,
		labelWidth: 0,
		truncated: false,
		overBand: long,
		labelX: naturalLabelX(x, x1, long)
	};
}

function setLabel(unit: EventUnit, width: number, truncated: boolean): void {
	unit.labelWidth = width;
	unit.truncated = truncated;
	unit.right = width > 0 ? Math.max(unit.hardRight, unit.labelX + width) : unit.hardRight;
}

const rowRight = (rows: Unit[][], r: number) =>
	r < rows.length && rows[r].length ? rows[r][rows[r].length - 1].right : -Infinity;

function occupy(rows: Unit[][], unit: Unit, row: number): void {
	unit.row = row;
	for (let r = row; r < row + unit.rows; r++) {
		while (rows.length <= r) rows.push([]);
		rows[r].push(unit);
	}
}

function place(p: Placer, rows: Unit[][], unit: EventUnit): void {
	const { one, two } = p.items[unit.item].shapes;
	const oneFits = one.width <= p.maxLine;
	if (fitsWhole(p, rows, unit)) return;
	// A title goes after its band; written over the band instead, from the dot, it may keep its whole title.
	if (unit.labelX > labelOverBand(p, unit)) {
		writeOverBand(p, unit);
		if (fitsWhole(p, rows, unit)) return;
	}
	// A band that runs far beyond the view is context: its label gives way before a dated event's title is cut.
	if (!unit.long && oneFits && fitsByYielding(p, rows, withLabel(unit, 1, one, one.width))) return;
	if (!unit.long && two && p.maxRows >= 2) {
		if (fitsByYielding(p, rows, withLabel(unit, 2, two, Math.min(two.width, p.maxLine)))) return;
	}
	// One line from here on, cut short if it is too long for any line.
	withLabel(unit, 1, one, Math.min(one.width, p.maxLine));
	if (!oneFits && fits(p, rows, unit)) return;
	if (!placeByShortening(p, rows, unit)) placeInCluster(p, rows, unit);
}

/** Places the unit with its whole title, on one line or two, if the lane has the rows. */
function fitsWhole(p: Placer, rows: Unit[][], unit: EventUnit): boolean {
	const { one, two } = p.items[unit.item].shapes;
	if (one.width <= p.maxLine && fits(p, rows, withLabel(unit, 1, one, one.width))) return true;
	return !!two && p.maxRows >= 2 && fits(p, rows, withLabel(unit, 2, two, Math.min(two.width, p.maxLine)));
}

/**
 * Where the unit's label starts when written over its band, from the dot: worked out when needed, since keeping the
 * marker's x on every unit made laying out 10,000 events a tenth slower.
 */
const labelOverBand = (p: Placer, unit: EventUnit): number =>
	naturalLabelX(midOf(p.items[unit.item]) * p.scale, 0, true);

function writeOverBand(p: Placer, unit: EventUnit): void {
	unit.overBand = true;
	unit.labelX = labelOverBand(p, unit);
	setLabel(unit, unit.labelWidth, unit.truncated);
}

function withLabel(unit: EventUnit, rows: 1 | 2, shape: LabelLines, width: number): EventUnit {
	unit.rows = rows;
	unit.shape = shape;
	setLabel(unit, width, width < shape.width);
	return unit;
}

/**
 * Places the unit in the first rows free from its left edge on, if the lane has them; failing that, in the first rows
 * that are free once their last labels are written over their bands instead of after them (and moves those labels).
 */
function fits(p: Placer, rows: Unit[][], unit: EventUnit): boolean {
	let shifted = -1;
	for (let row = 0; row + unit.rows <= p.maxRows; row++) {
		let free = true;
		let shifts = true;
		for (let r = row; r < row + unit.rows && (free || shifts); r++) {
			const clear = rowRight(rows, r) + GAP <= unit.left;
			free &&= clear;
			shifts &&= clear || shiftsClear(p, rows[r][rows[r].length - 1], unit.left);
		}
		if (free) {
			occupy(rows, unit, row);
			return true;
		}
		if (shifts && shifted < 0) shifted = row;
	}
	if (shifted < 0) return false;
	for (let r = shifted; r < shifted + unit.rows; r++) {
		if (rowRight(rows, r) + GAP > unit.left) writeOverBand(p, rows[r][rows[r].length - 1] as EventUnit);
	}
	occupy(rows, unit, shifted);
	return true;
}

/** Whether `tail`, its label written over its band, would end a gap before `limit`. */
function shiftsClear(p: Placer, tail: Unit, limit: number): boolean {
	if (tail.kind !== 'event') return false;
	const over = labelOverBand(p, tail);
	if (over >= tail.labelX) return false;
	return Math.max(tail.hardRight, tail.labelWidth > 0 ? over + tail.labelWidth : -Infinity) + GAP <= limit;
}

/**
 * Places the unit in the first rows where each row is free from its left edge on, or ends in a long band whose label
 * can be cut short (or dropped) to make the room; cuts those labels.
 */
function fitsByYielding(p: Placer, rows: Unit[][], unit: EventUnit): boolean {
	for (let row = 0; row + unit.rows <= p.maxRows; row++) {
		const yielding: { tail: EventUnit; room: number }[] = [];
		let free = true;
		for (let r = row; r < row + unit.rows && free; r++) {
			if (rowRight(rows, r) + GAP <= unit.left) continue;
			const tail = rows[r][rows[r].length - 1];
			const room = tail.kind === 'event' && tail.long ? roomBefore(p, tail, unit.left) : -1;
			if (room < 0) free = false;
			else yielding.push({ tail, room } as { tail: EventUnit; room: number });
		}
		if (!free) continue;
		for (const { tail, room } of yielding) setLabel(tail, room, tail.truncated || room < tail.labelWidth);
		occupy(rows, unit, row);
		return true;
	}
	return false;
}

/** The widest label `tail` can keep and still end a gap before `limit`; -1 if its marker or band reaches it. */
function roomBefore(p: Placer, tail: EventUnit, limit: number): number {
	if (tail.hardRight + GAP > limit) return -1;
	const room = Math.min(tail.labelWidth, limit - GAP - tail.labelX);
	return room >= p.minLabel ? room : 0;
}

/** Makes room by cutting short the label of some row's last event, choosing the row that keeps the longest label. */
function placeByShortening(p: Placer, rows: Unit[][], unit: EventUnit): boolean {
	let bestRow = -1;
	let bestRoom = -1;
	for (let r = 0; r < rows.length; r++) {
		const tail = rows[r][rows[r].length - 1];
		if (tail?.kind !== 'event' || tail.rows !== 1) continue;
		const room = roomBefore(p, tail, unit.left);
		// A tail that would keep no readable label makes no room: the event goes into a cluster instead, since a count
		// says more than a row of bare dots.
		if (room < p.minLabel && tail.labelWidth > 0) continue;
		if (room > bestRoom) {
			bestRoom = room;
			bestRow = r;
		}
	}
	if (bestRow < 0) return false;
	const tail = rows[bestRow][rows[bestRow].length - 1] as EventUnit;
	setLabel(tail, bestRoom, tail.truncated || bestRoom < tail.labelWidth);
	occupy(rows, unit, bestRow);
	return true;
}

/**
 * No row has room even for a bare marker: count the event in a cluster with the last box(es) of one row, taking as
 * few boxes as possible, then the row where the cluster comes out narrowest.
 */
function placeInCluster(p: Placer, rows: Unit[][], unit: EventUnit): void {
	let best = { row: 0, taken: Infinity, grows: false, width: Infinity };
	for (let r = 0; r < rows.length; r++) {
		const row = rows[r];
		if (row.length === 0) continue;
		let left = unit.left;
		let right = unit.hardRight;
		let i = row.length - 1;
		do {
			left = Math.min(left, row[i].left);
			right = Math.max(right, row[i].hardRight);
			i--;
		} while (i >= 0 && row[i].hardRight + GAP > left);
		const taken = row.length - 1 - i;
		// A new cluster only where no row's cluster can take the event: a dense stretch is a few counts, not a cluster
		// for every pair of events.
		const grows = row[row.length - 1].kind === 'cluster';
		if (
			taken < best.taken ||
			(taken === best.taken && grows && !best.grows) ||
			(taken === best.taken && grows === best.grows && right - left < best.width)
		) {
			best = { row: r, taken, grows, width: right - left };
		}
	}
	const row = rows[best.row];
	const absorbed = row.splice(row.length - best.taken);
	for (const other of absorbed) {
		if (other.rows === 1) continue;
		// A two-line label leaves its other row too.
		const otherRow = rows[other.row === best.row ? best.row + 1 : other.row];
		otherRow.splice(otherRow.indexOf(other), 1);
	}
	let cluster: ClusterUnit | null = null;
	for (const other of absorbed) {
		if (other.kind === 'cluster' && (!cluster || other.members.length > cluster.members.length)) cluster = other;
	}
	cluster ??= newCluster(unit.lane);
	// The biggest cluster grows in place: dense stretches absorb thousands of events, one at a time.
	for (const other of absorbed) {
		if (other === cluster) continue;
		if (other.kind === 'event') addMember(p, cluster, other.item);
		else for (const member of other.members) addMember(p, cluster, member);
	}
	addMember(p, cluster, unit.item);
	Object.assign(cluster, clusterBox(cluster, p.scale, 0));
	cluster.row = best.row;
	const tail = row[row.length - 1];
	if (tail?.kind === 'event') {
		const room = roomBefore(p, tail, cluster.left);
		if (room >= 0) setLabel(tail, room, tail.truncated || room < tail.labelWidth);
	}
	row.push(cluster);
}

function newCluster(lane: number): ClusterUnit {
	return {
		kind: 'cluster',
		key: '',
		lane,
		row: 0,
		rows: 1,
		slot: 0,
		slot2: -1,
		left: 0,
		hardRight: 0,
		right: 0,
		members: [],
		start: Infinity,
		end: -Infinity,
		minMid: Infinity,
		maxMid: -Infinity
	};
}

function addMember(p: Placer, cluster: ClusterUnit, index: number): void {
	const item = p.items[index];
	const mid = midOf(item);
	cluster.members.push(index);
	if (item.start < cluster.start) cluster.start = item.start;
	if ((item.point ? item.start : item.end) > cluster.end) cluster.end = item.point ? item.start : item.end;
	if (mid < cluster.minMid) cluster.minMid = mid;
	if (mid > cluster.maxMid) cluster.maxMid = mid;
}

/** The level's units, indexed by item and by marker: in two steps, each about as long as placing STEP_SIZE events. */
function* finish(items: readonly LayoutItem[], scale: number, lanes: Unit[][][]): Generator<void, LevelLayout, void> {
	const unitOf: Unit[] = new Array(items.length);
	const units: Unit[] = [];
	lanes.forEach((rows, lane) => {
		rows.forEach((row, r) => {
			row.forEach((unit, i) => {
				if (unit.row !== r) {
					unit.slot2 = i;
					return;
				}
				unit.slot = i;
				units.push(unit);
				if (unit.kind === 'event') {
					unitOf[unit.item] = unit;
				} else {
					unit.members.sort((a, b) => a - b);
					unit.key = `${lane}:${items[unit.members[0]].id}`;
					for (const member of unit.members) unitOf[member] = unit;
				}
			});
		});
	});
	yield;
	const laneRows = lanes.map(() => 0);
	for (const unit of units) laneRows[unit.lane] = Math.max(laneRows[unit.lane], unit.row + unit.rows);
	const clusters: ClusterUnit[] = [];
	const longs: EventUnit[] = [];
	const byMid: EventUnit[] = [];
	let maxHalf = 0;
	let maxLabel = 0;
	for (const unit of units) {
		if (unit.kind === 'event') maxLabel = Math.max(maxLabel, unit.labelWidth);
		if (unit.kind === 'cluster') clusters.push(unit);
		else if (unit.long) longs.push(unit);
		else {
			byMid.push(unit);
			const item = items[unit.item];
			if (!item.point) maxHalf = Math.max(maxHalf, (item.end - item.start) / 2);
		}
	}
	const midOfUnit = new Float64Array(items.length);
	for (const unit of byMid) midOfUnit[unit.item] = midOf(items[unit.item]);
	byMid.sort((a, b) => midOfUnit[a.item] - midOfUnit[b.item]);
	const mids = Float64Array.from(byMid, (unit) => midOfUnit[unit.item]);
	return { scale, laneRows, rows: lanes, units, unitOf, clusters, longs, byMid, mids, maxHalf, maxLabel };
}
