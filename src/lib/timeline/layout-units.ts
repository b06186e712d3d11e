/**
 * What the layout (level-layout.ts) and the drawing at the live scale (in-view.ts) share: the items laid out, the
 * units a level is made of, the geometry of a marker, its band and its label, and a cluster's box.
 */
import type { LabelLines, LabelShapes } from './label-lines';

export interface LayoutItem {
	id: string;
	/** index of its lane */
	lane: number;
	/** ms; end exclusive */
	start: number;
	end: number;
	/** day precision: drawn as a point */
	point: boolean;
	shapes: LabelShapes;
}

/** Radius of an event's marker, px. */
export const DOT_RADIUS = 6;
/** Space between a marker's edge and its label, px. */
export const LABEL_OFFSET = 4;
/** Space kept between two boxes in a row, px. */
export const GAP = 8;
/**
 * A band wider than this at a level (a year while the reader looks at months) is drawn faintly behind its row and
 * takes the room of its marker and label only: otherwise a few long events would hold every row of their lane.
 */
export const LONG_BAND = 400;

/**
 * Where a label starts on its natural side, px: after its band, so that no title is written over the bar it names,
 * unless the layout put it over the band (`overBand`: only there did the title fit whole; a long band, drawn behind
 * its row, is always written over); never before its dot.
 */
export const naturalLabelX = (x: number, bandEnd: number, overBand: boolean): number =>
	Math.max(x + DOT_RADIUS, overBand ? x : bandEnd) + LABEL_OFFSET;

/**
 * Where an event's label starts on its natural side, drawn by `at` (ms → px): the one form the drawing (in-view.ts)
 * and showing an event use. A long band's label is always over its band (`overBand`), so its end never counts.
 */
export function labelStartAt(
	item: Pick<LayoutItem, 'start' | 'end' | 'point'>,
	overBand: boolean,
	at: (ms: number) => number
): number {
	const x = at(midOf(item));
	return naturalLabelX(x, item.point || overBand ? x : at(item.end), overBand);
}

/** Whether an item's band is long at `scale` px per ms. */
export const isLongBand = (item: Pick<LayoutItem, 'start' | 'end' | 'point'>, scale: number): boolean =>
	!item.point && (item.end - item.start) * scale > LONG_BAND;

interface UnitBase {
	lane: number;
	/** first row it occupies */
	row: number;
	/** rows it occupies (a two-line label takes two) */
	rows: 1 | 2;
	/** its place in its first row, and in its second (-1 for none): see `neighbours` */
	slot: number;
	slot2: number;
	/** px at this level */
	left: number;
	hardRight: number;
	right: number;
}

export interface EventUnit extends UnitBase {
	kind: 'event';
	/** index in the items */
	item: number;
	/** its band is drawn behind the row and takes no room (LONG_BAND) */
	long: boolean;
	/** the label's lines (read when it is drawn) */
	shape: LabelLines;
	/** px; 0 when no label is drawn */
	labelWidth: number;
	/** the label is narrower than its lines */
	truncated: boolean;
	/** the label starts after the dot, over the band, rather than after the band (see naturalLabelX) */
	overBand: boolean;
	/** px at this level: where the label starts */
	labelX: number;
}

export interface ClusterUnit extends UnitBase {
	kind: 'cluster';
	/** lane and first member's id */
	key: string;
	/** item indices, in date order once laid out */
	members: number[];
	/** ms */
	start: number;
	end: number;
	minMid: number;
	maxMid: number;
}

export type Unit = EventUnit | ClusterUnit;

export interface LevelLayout {
	/** px per ms */
	scale: number;
	/** per lane, the number of rows its units take */
	laneRows: number[];
	units: Unit[];
	/** per lane, per row, its units from left to right */
	rows: Unit[][][];
	/** by item index, the unit that draws it */
	unitOf: Unit[];
	/** The units indexed for finding those in view without visiting all: */
	clusters: ClusterUnit[];
	/** events whose band is long at this level, */
	longs: EventUnit[];
	/** the other events by the middle of their window (ms, in `mids`), */
	byMid: EventUnit[];
	mids: Float64Array;
	/** and the most any of those reaches from its middle, ms; the widest label, px. */
	maxHalf: number;
	maxLabel: number;
}

export const midOf = (item: Pick<LayoutItem, 'start' | 'end' | 'point'>): number =>
	item.point ? item.start : item.start + (item.end - item.start) / 2;

/** Width of a cluster's badge, px: room for its count. */
export function badgeWidth(count: number): number {
	return Math.max(26, String(count).length * 7 + 14);
}

/**
 * A cluster's box at `scale` px per ms, shifted by `offset` px: from its first to its last marker, and at least its
 * badge (its events' bands are not drawn, so they take no room).
 */
export function clusterBox(
	cluster: Pick<ClusterUnit, 'minMid' | 'maxMid' | 'members'>,
	scale: number,
	offset: number
): { left: number; hardRight: number; right: number } {
	const first = offset + cluster.minMid * scale - DOT_RADIUS;
	const hardRight = Math.max(offset + cluster.maxMid * scale + DOT_RADIUS, first + badgeWidth(cluster.members.length));
	return { left: first, hardRight, right: hardRight };
}
