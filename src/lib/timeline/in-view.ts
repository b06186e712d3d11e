/**
 * What a level's layout looks like at the live scale: the pixel geometry of the events and clusters in view. Labels
 * keep the start the layout reserved (after the band, or over it from the dot: `labelStartAt`) and at least its
 * width: one cut short at that level shows more of its title where its row now has the room, all of it if it can.
 * Near the right edge a label flips to the left of its marker where its row has room there (over its own band if
 * only there it fits; cut short, it takes the wider side), and the label of an event whose marker has left the view
 * on the left waits at the edge, whole, until the next box in its row needs the room. An event whose marker is beyond
 * the right edge has its title written over the part of its bar in view, where that is room enough to read.
 */
import {
	clusterBox,
	DOT_RADIUS,
	GAP,
	LABEL_OFFSET,
	labelStartAt,
	midOf,
	type ClusterUnit,
	type EventUnit,
	type LayoutItem,
	type LevelLayout,
	type Unit
} from './layout-units';
import { msAt, pxOf, type LinearScale } from './scale';

export interface EventView {
	kind: 'event';
	id: string;
	item: number;
	lane: number;
	row: number;
	/** marker centre, px */
	x: number;
	/** the band of a month, season, year or span, clipped near the view; null for a point */
	band: { x0: number; x1: number; long: boolean } | null;
	label: {
		left: number;
		width: number;
		lines: string[];
		/** the whole title does not fit: it ends in an ellipsis */
		truncated: boolean;
		/** written over the event's own band or bar, which stays visible under it */
		onBand: boolean;
		side: 'right' | 'left' | 'edge';
	} | null;
	/** the box taken by band, marker and label, px */
	left: number;
	right: number;
}

export interface ClusterView {
	kind: 'cluster';
	key: string;
	lane: number;
	row: number;
	left: number;
	width: number;
	unit: ClusterUnit;
}

export interface MarksInView {
	events: EventView[];
	clusters: ClusterView[];
	/** per lane, the rows its marks in view take (0: nothing in view) */
	laneRows: number[];
}

/** Labels keep this far from the view's edges, px. */
const EDGE = 4;
/** Marks this far beyond the view are still drawn, px: a band's rounded end stays out of sight. */
const OVERHANG = 20;
const CLUSTER_MIN_WIDTH = 26;

/** The events and clusters of `layout` that reach into a view `width` px wide at the scale `x`. */
export function marksInView(
	layout: LevelLayout,
	items: readonly LayoutItem[],
	x: LinearScale,
	width: number,
	minLabel: number
): MarksInView {
	const at = (ms: number) => pxOf(x, ms);
	// Where time 0 falls: the layout measures clusters from there.
	const offset = at(0);
	const events: EventView[] = [];
	const clusters: ClusterView[] = [];
	const laneRows = layout.laneRows.map(() => 0);
	const boxes = new Map<Unit, { left: number; right: number }>();
	const boxOf = (unit: Unit) => {
		let box = boxes.get(unit);
		if (!box) {
			box = unit.kind === 'event' ? eventBox(items[unit.item], unit, at) : clusterBox(unit, x.perMs, offset);
			boxes.set(unit, box);
		}
		return box;
	};
	const viewOf = new Map<Unit, EventView>();
	const clip = bandClip(x, width);
	for (const unit of candidates(layout, x, width)) {
		const box = boxOf(unit);
		const item = unit.kind === 'event' ? items[unit.item] : null;
		const across = unit.kind === 'event' && unit.long && at(item!.end) > 0 && at(item!.start) < width;
		if ((box.right < -OVERHANG || box.left > width + OVERHANG) && !across) continue;
		if (unit.kind === 'cluster') {
			const view = clusterView(unit, box, width);
			if (!view) continue;
			clusters.push(view);
		} else {
			const view = eventView(unit, item!, at, width, clip, minLabel, {
				// A label waiting at the left edge gives way to one flipped at the right (yieldToFlipped): only the marker
				// and band before it bound the flipped label.
				before: () =>
					Math.max(
						-Infinity,
						...neighbours(layout, unit, -1).map((other) =>
							other.kind === 'event' && waitsAtEdge(items[other.item], other, at)
								? eventBox(items[other.item], other, at, false).right
								: boxOf(other).right
						)
					),
				after: () => Math.min(Infinity, ...neighbours(layout, unit, 1).map((other) => boxOf(other).left))
			});
			if (!view) continue;
			viewOf.set(unit, view);
		}
		laneRows[unit.lane] = Math.max(laneRows[unit.lane], unit.row + unit.rows);
	}
	for (const [unit, view] of viewOf) {
		// A label at the left edge, or grown beyond its reserved room, ends before a flipped label it would meet.
		if (view.label && (view.label.side === 'edge' || view.label.width > (unit as EventUnit).labelWidth)) {
			yieldToFlipped(view, neighbours(layout, unit, 1), viewOf, minLabel);
		}
		if (view.label || shows(view, width)) events.push(view);
	}
	// In date order, whatever the level: the marks keep their order in the DOM (and in Tab order) as the view moves.
	events.sort((a, b) => a.item - b.item);
	clusters.sort((a, b) => a.unit.members[0] - b.unit.members[0]);
	return { events, clusters, laneRows };
}

/**
 * The units that may reach into the view: every cluster and long band, and the other events whose middle lies within
 * reach of it (found by binary search, so a frame at a deep level does not visit all ten thousand).
 */
function candidates(layout: LevelLayout, x: LinearScale, width: number): Unit[] {
	// How far, px, a marker's label or edge may reach from its middle, beyond the band it may have.
	const reach = 2 * DOT_RADIUS + LABEL_OFFSET + layout.maxLabel + EDGE + OVERHANG;
	const timeAt = (px: number) => msAt(x, px);
	const from = lowerBound(layout.mids, timeAt(-reach) - layout.maxHalf);
	const to = lowerBound(layout.mids, timeAt(width + reach) + layout.maxHalf);
	return [...layout.clusters, ...layout.longs, ...layout.byMid.slice(from, to)];
}

/** The first index whose value is at least `value`. */
function lowerBound(values: Float64Array, value: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (values[middle] < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Whether the event's label starts off the left edge, so that it is drawn waiting at the edge. */
const waitsAtEdge = (item: LayoutItem, unit: EventUnit, at: (ms: number) => number) =>
	unit.labelWidth > 0 && labelStartAt(item, unit.overBand, at) < EDGE;

function eventBox(item: LayoutItem, unit: EventUnit, at: (ms: number) => number, withLabel = true) {
	const x = at(midOf(item));
	const x0 = item.point || unit.long ? x : at(item.start);
	const x1 = item.point || unit.long ? x : at(item.end);
	const labelRight =
		withLabel && unit.labelWidth > 0 ? labelStartAt(item, unit.overBand, at) + unit.labelWidth : -Infinity;
	return { left: Math.min(x0, x - DOT_RADIUS), right: Math.max(x1, x + DOT_RADIUS, labelRight) };
}

/**
 * Where bands are cut, px of the view: one to two view widths beyond each edge, at multiples of the width in the mark
 * layer's pixels (which start at `r0`). A band that runs past an edge then keeps its numbers while the reader pans,
 * and is redrawn once every width of a pan rather than in every frame.
 */
export function bandClip(x: LinearScale, width: number): [number, number] {
	const step = Math.max(1, width);
	const left = Math.floor(-x.r0 / step) * step - step + x.r0;
	return [left, left + 4 * step];
}

function eventView(
	unit: EventUnit,
	item: LayoutItem,
	at: (ms: number) => number,
	width: number,
	[clipLeft, clipRight]: [number, number],
	minLabel: number,
	neighbours: { before: () => number; after: () => number }
): EventView | null {
	const x = at(midOf(item));
	const x0 = item.point ? x : at(item.start);
	const x1 = item.point ? x : at(item.end);
	const band =
		!item.point && x1 - x0 > 2 ? { x0: Math.max(x0, clipLeft), x1: Math.min(x1, clipRight), long: unit.long } : null;
	// A long band is drawn behind the row: the marker's box is its dot and label.
	const boxBand = band && !band.long ? band : null;
	let label: EventView['label'] = null;
	// A marker beyond the right edge has no label of its own: flipped, it would stand for an event the reader cannot
	// see. Where its bar reaches into the view, the title is written over the bar's part in view instead.
	const beyond = x - DOT_RADIUS >= width;
	if (unit.labelWidth > 0 && (!beyond || boxBand)) {
		const natural = labelStartAt(item, unit.overBand, at);
		// A title cut short at a coarser level may have the room for more of itself, or all, at this scale.
		const whole = unit.truncated ? (unit.rows === 2 ? (item.shapes.two ?? item.shapes.one) : item.shapes.one).width : 0;
		const wanted = Math.max(whole, unit.labelWidth);
		let left = natural;
		let room = unit.labelWidth;
		let side: 'right' | 'left' | 'edge' = 'right';
		if (beyond) {
			// Like a label waiting at the left edge: the row holds nothing else over the bar.
			left = Math.max(EDGE, boxBand!.x0 + LABEL_OFFSET);
			side = 'edge';
			room = Math.min(unit.labelWidth, width - EDGE - left);
		} else if (natural < EDGE) {
			// Its marker has gone off the left: the label waits at the edge while the row has room.
			left = EDGE;
			side = 'edge';
			room = grown(unit.labelWidth, wanted, neighbours.after() - GAP - EDGE);
		} else if (natural + unit.labelWidth > width - EDGE) {
			// Near the right edge a label goes, whole if it was cut short, where it fits first: flipped before its band;
			// over its own band from its marker, as the layout writes one (its see-through box keeps the bar visible);
			// flipped over its band up to its marker. Where it fits nowhere whole, it is cut short on the widest side.
			const beforeMarker = x - DOT_RADIUS - LABEL_OFFSET;
			const beforeBand = Math.min(beforeMarker, (boxBand?.x0 ?? Infinity) - LABEL_OFFSET);
			const flippedStart = Math.max(EDGE, neighbours.before() + GAP);
			const overStart = boxBand && !unit.overBand ? labelStartAt(item, true, at) : width;
			const roomOver = Math.min(neighbours.after() - GAP, width - EDGE) - overStart;
			const places: { left: number; end: number; side: 'left' | 'right' }[] = [
				{ left: flippedStart, end: beforeBand, side: 'left' },
				{ left: overStart, end: overStart + roomOver, side: 'right' },
				{ left: flippedStart, end: beforeMarker, side: 'left' },
				{ left: natural, end: width - EDGE, side: 'right' }
			];
			const fitting = places.find((place) => place.end - place.left >= wanted);
			if (fitting) {
				left = fitting.side === 'left' ? fitting.end - wanted : fitting.left;
				room = wanted;
				side = fitting.side;
			} else {
				const widest = places.reduce((a, b) => (b.end - b.left > a.end - a.left ? b : a));
				room = grown(unit.labelWidth, wanted, widest.end - widest.left);
				left = widest.side === 'left' ? widest.end - room : widest.left;
				side = widest.side;
			}
		} else if (whole) {
			room = grown(unit.labelWidth, whole, Math.min(neighbours.after() - GAP, width - EDGE) - natural);
		}
		if (room >= minLabel || (room >= unit.labelWidth && room > 0)) {
			const truncated = room < wanted;
			const onBand = !!boxBand && left < boxBand.x1 && left + room > boxBand.x0;
			label = { left, width: room, lines: unit.shape.lines, truncated, side, onBand };
		}
	}
	const left = Math.min(boxBand?.x0 ?? x, x - DOT_RADIUS, label?.left ?? Infinity);
	const view: EventView = {
		kind: 'event',
		id: item.id,
		item: unit.item,
		lane: unit.lane,
		row: unit.row,
		x,
		band,
		label,
		left,
		right: boxRight({ x, band, label })
	};
	// Drawn only if some of it shows: a band that merely touches an edge takes no row.
	return label || shows(view, width) ? view : null;
}

/** A label cut short grows in steps this wide, px: a width that followed the room in every frame would reflow it. */
const GROWTH_STEP = 40;

/**
 * The width of a label the layout reserved `reserved` px for, wanting `wanted` (its whole title, if it was cut short),
 * where `room` px are free: the whole where it fits, else the room in steps of GROWTH_STEP beyond the reserved width;
 * less than the reserved width, all the room there is.
 */
function grown(reserved: number, wanted: number, room: number): number {
	if (room >= wanted) return wanted;
	if (room <= reserved) return room;
	return reserved + Math.floor((room - reserved) / GROWTH_STEP) * GROWTH_STEP;
}

/**
 * In a narrow view the label of an event that began before it, waiting at the left edge, and the next label in its row,
 * flipped before its marker at the right edge, may claim the same stretch: the event in view keeps its label, and the
 * one at the edge ends before it (or goes, if too little is left).
 */
function yieldToFlipped(view: EventView, after: Unit[], viewOf: Map<Unit, EventView>, minLabel: number): void {
	const label = view.label!;
	const limit = Math.min(...after.map((unit) => viewOf.get(unit)?.label?.left ?? Infinity)) - GAP;
	const room = Math.min(label.width, limit - label.left);
	if (room >= label.width) return;
	view.label = room >= minLabel ? { ...label, width: room, truncated: true } : null;
	view.right = boxRight(view);
}

/** Where an event's box ends: its band (unless drawn behind the row), its dot, its label. */
function boxRight({ x, band, label }: Pick<EventView, 'x' | 'band' | 'label'>): number {
	return Math.max(band && !band.long ? band.x1 : x, x + DOT_RADIUS, label ? label.left + label.width : -Infinity);
}

/** Whether an event's marker or band shows in a view `width` px wide (a band that merely touches an edge does not). */
function shows(view: EventView, width: number): boolean {
	const markerShows = view.x + DOT_RADIUS > 0 && view.x - DOT_RADIUS < width;
	return markerShows || (view.band !== null && view.band.x1 > 1 && view.band.x0 < width - 1);
}

function clusterView(unit: ClusterUnit, box: { left: number; right: number }, width: number): ClusterView | null {
	const left = Math.max(box.left, -2);
	const right = Math.min(box.right, width + 2);
	if (right < 0 || left > width) return null;
	const drawnWidth = Math.max(CLUSTER_MIN_WIDTH, right - left);
	// Cut by the left edge: the badge ends where the cluster does rather than reaching into the next box.
	const drawnLeft = box.left < left && right - left < CLUSTER_MIN_WIDTH ? right - CLUSTER_MIN_WIDTH : left;
	return { kind: 'cluster', key: unit.key, lane: unit.lane, row: unit.row, left: drawnLeft, width: drawnWidth, unit };
}

/** The units just before (side -1) or after (side 1) a unit in each of its rows. */
export function neighbours(layout: Pick<LevelLayout, 'rows'>, unit: Unit, side: -1 | 1): Unit[] {
	const rows = layout.rows[unit.lane];
	const found: Unit[] = [];
	const first = rows[unit.row][unit.slot + side];
	if (first) found.push(first);
	const second = unit.rows === 2 ? rows[unit.row + 1][unit.slot2 + side] : undefined;
	if (second) found.push(second);
	return found;
}
