/**
 * Where the view pans to show an event or a cluster: pure arithmetic over the zoom transform {k, x}, so the timeline
 * component only asks and applies.
 */
import { pxOf, zoomedScale } from './scale';

/** Labels and markers keep this far from the view's edges, px. */
const MARGIN = 12;

export interface ShowEventInput {
	/** x of the event's marker with no translation (transform x = 0) at the zoom to show it at, px */
	markerAtZero: number;
	/** the translation now, if the view stays at its zoom; 0 if it changes zoom */
	x: number;
	width: number;
	/** the room its label takes right of the marker (dot or band, offset and label), px */
	labelRoom: number;
	/** px: the label's width */
	labelWidth: number;
	/** the whole title should be readable, on one side of the marker or the other */
	whole: boolean;
}

/**
 * The translation that shows an event: the current one while its marker is in view (and, asked for the whole title,
 * while one side of the marker has its label's room); else one that puts the label in the middle of the view.
 */
export function translationShowing({ markerAtZero, x, width, labelRoom, labelWidth, whole }: ShowEventInput): number {
	const at = x + markerAtZero;
	const labelOut = whole && at + labelRoom > width - 4 && at - labelRoom < 4;
	if (at >= MARGIN && at <= width - MARGIN && !labelOut) return x;
	// The marker goes where its label ends up in the middle (a band's label starts after the band), kept in view.
	return Math.max(16, (width - labelWidth) / 2 - (labelRoom - labelWidth)) - markerAtZero;
}

/** The translation that centres the time `ms` at zoom `k` over a base domain drawn `width` px wide. */
export function translationCentring(ms: number, k: number, domain: readonly [number, number], width: number): number {
	return width / 2 - pxOf(zoomedScale(domain, width, { k, x: 0 }), ms);
}
