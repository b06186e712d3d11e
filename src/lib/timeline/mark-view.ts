/**
 * What each drawn marker looks like in pixels, computed from the layout once per frame so the marker components
 * only copy numbers into the DOM. Boxes are in viewport pixels; band, dot and label offsets are relative to the box.
 */
import type { ClusterMark, EventMark, Mark } from './layout';

export interface EventMarkView {
	kind: 'event';
	id: string;
	/** box */
	left: number;
	top: number;
	width: number;
	/** soft band or span bar, null for a point */
	band: { left: number; width: number } | null;
	/** left edge of the 12 px marker */
	dot: number;
	/** null when no label fits */
	label: { left: number; maxWidth: number; pinned: boolean } | null;
}

export interface ClusterMarkView {
	kind: 'cluster';
	key: string;
	left: number;
	top: number;
	width: number;
	count: number;
	ids: string[];
	start: number;
	end: number;
}

/** Radius of an event's marker, px: the layout reserves it, the elements and the canvas draw it. */
export const DOT_RADIUS = 6;
/** Bands stop this far beyond the viewport, so a year band at day zoom stays a sane size. */
const BAND_OVERHANG = 20;
const PINNED_LABEL_MAX = 220;
const PINNED_LABEL_MIN = 56;

/** The pixel geometry of one event marker: its box, band, dot and label. */
export function eventMarkView(mark: EventMark, top: number, viewWidth: number): EventMarkView {
	const isBand = !mark.point && mark.x1 - mark.x0 > 2;
	const bandStart = Math.max(mark.x0, -BAND_OVERHANG);
	const bandEnd = Math.min(mark.x1, viewWidth + BAND_OVERHANG);
	const left = Math.min(isBand ? bandStart : mark.x, mark.x - DOT_RADIUS);
	const right = Math.max(isBand ? bandEnd : mark.x, mark.x + DOT_RADIUS, mark.labelX + mark.labelWidth);
	let label: EventMarkView['label'] = null;
	// When a long band runs off screen with its marker, its label rides along inside the visible part of the band;
	// the band's own box already keeps the row clear there.
	if (isBand && (mark.x < 0 || mark.x > viewWidth)) {
		const from = Math.max(bandStart, 0) + DOT_RADIUS;
		const room = Math.min(PINNED_LABEL_MAX, Math.min(bandEnd, viewWidth) - from - DOT_RADIUS);
		if (room >= PINNED_LABEL_MIN) label = { left: from - left, maxWidth: room, pinned: true };
	}
	if (!label && mark.labelWidth > 0) label = { left: mark.labelX - left, maxWidth: mark.labelWidth, pinned: false };
	return {
		kind: 'event',
		id: mark.id,
		left,
		top,
		width: right - left,
		band: isBand ? { left: bandStart - left, width: bandEnd - bandStart } : null,
		dot: mark.x - left - DOT_RADIUS,
		label
	};
}

/** Smallest badge width, px: room for a two-digit count. */
const CLUSTER_MIN_WIDTH = 26;

/** The pixel box of a cluster badge: drawn only where it is on screen, so its count stays readable. */
export function clusterMarkView(mark: ClusterMark, top: number, viewWidth: number): ClusterMarkView {
	const visibleLeft = Math.max(mark.x0, -2);
	const visibleRight = Math.min(mark.x1, viewWidth + 2);
	const width = Math.max(CLUSTER_MIN_WIDTH, visibleRight - visibleLeft);
	// Cut by the left edge with less than a badge left on screen: the badge ends where the cluster does, partly off
	// screen, rather than reaching past it into the next box of its row (or onto another cluster cut the same way).
	const cutShort = mark.x0 < visibleLeft && visibleRight - visibleLeft < CLUSTER_MIN_WIDTH;
	return {
		kind: 'cluster',
		key: mark.key,
		left: cutShort ? visibleRight - CLUSTER_MIN_WIDTH : visibleLeft,
		top,
		width,
		count: mark.count,
		ids: mark.ids,
		start: mark.start,
		end: mark.end
	};
}

/** A laid-out mark and the top of the row it sits in, px. */
export interface PlacedMark {
	mark: Mark;
	top: number;
}

/** The views of placed marks, each kind in reading order: left to right, then top to bottom. */
export function markViews(
	placed: readonly PlacedMark[],
	viewWidth: number
): { events: EventMarkView[]; clusters: ClusterMarkView[] } {
	const events: EventMarkView[] = [];
	const clusters: ClusterMarkView[] = [];
	for (const { mark, top } of placed) {
		if (mark.kind === 'cluster') clusters.push(clusterMarkView(mark, top, viewWidth));
		else events.push(eventMarkView(mark, top, viewWidth));
	}
	events.sort(byPosition);
	clusters.sort(byPosition);
	return { events, clusters };
}

function byPosition(a: { left: number; top: number }, b: { left: number; top: number }): number {
	return a.left - b.left || a.top - b.top;
}
