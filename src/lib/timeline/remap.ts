/**
 * Moving a finished layout to a new scale without laying out again. During a zoom or pan, a frame that cannot afford
 * a fresh layout (see lane-frames.ts) shows the last one carried to where the new scale puts the same instants:
 * every position follows the scale, every label keeps its width. A layout is exact for one scale only, so this is
 * for a frame in motion, never for the view at rest.
 */
import type { ClusterMark, EventMark, LaneLayout, LinearScale, Mark } from './layout';
import { clusterBadgeWidth } from './layout';

/** A pixel-to-pixel map, x ↦ x * scale + shift. */
export interface PixelMap {
	scale: number;
	shift: number;
}

/** The map taking a pixel drawn at scale `from` to where scale `to` draws the same instant. */
export function pixelMapBetween(from: LinearScale, to: LinearScale): PixelMap {
	const scale = to.perMs / from.perMs;
	return { scale, shift: to.r0 + (from.d0 - to.d0) * to.perMs - from.r0 * scale };
}

/** An event's mark moved by the map: marker and band follow the scale, the label keeps its width and offset. */
export function remapEventMark(mark: EventMark, { scale, shift }: PixelMap): EventMark {
	const x = mark.x * scale + shift;
	return {
		...mark,
		x,
		x0: mark.point ? x : mark.x0 * scale + shift,
		x1: mark.point ? x : mark.x1 * scale + shift,
		labelX: x + (mark.labelX - mark.x)
	};
}

/** A cluster's mark moved by the map: its box follows the scale but stays wide enough for its count. */
export function remapClusterMark(mark: ClusterMark, { scale, shift }: PixelMap): ClusterMark {
	const x0 = mark.x0 * scale + shift;
	const x1 = Math.max(mark.x1 * scale + shift, x0 + clusterBadgeWidth(mark.count));
	return { ...mark, x0, x1, x: x0 + (x1 - x0) / 2 };
}

/** Either kind of mark moved by the map. */
export function remapMark(mark: Mark, map: PixelMap): Mark {
	return mark.kind === 'event' ? remapEventMark(mark, map) : remapClusterMark(mark, map);
}

/** Space a carried lane keeps between a label and the next box in its row: the layout's own gap and marker size. */
export interface Spacing {
	gap: number;
	radius: number;
}

/**
 * A lane's layout moved by the map, with each label cut short where the next box in its row begins. Zooming out
 * brings boxes closer while labels keep their widths, so without the cut a carried label would run into its
 * neighbour until the lane is laid out again.
 */
export function remapLane(layout: LaneLayout, map: PixelMap, { gap, radius }: Spacing): LaneLayout {
	const marks = layout.marks.map((mark) => remapMark(mark, map));
	// Within a row, marks are in date order, which is left to right.
	const nextLeft = new Map<number, number>();
	for (let i = marks.length - 1; i >= 0; i--) {
		const mark = marks[i];
		const limit = nextLeft.get(mark.row);
		if (mark.kind === 'event' && limit !== undefined && mark.labelX + mark.labelWidth > limit - gap) {
			marks[i] = { ...mark, labelWidth: Math.max(0, limit - gap - mark.labelX) };
		}
		nextLeft.set(mark.row, mark.kind === 'event' ? Math.min(mark.x0, mark.x - radius) : mark.x0);
	}
	return { ...layout, marks };
}
