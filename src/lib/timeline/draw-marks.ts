/**
 * Draws the lanes' markers on a 2D canvas while the view is moving. A zoom at 10,000 events moves hundreds of
 * markers every frame; restyling, laying out and repainting that many elements took several times the 16 ms a
 * frame has on a small machine. The canvas shows the very same geometry (mark-view.ts) until the view rests, when
 * the accessible elements take over again. Only a context is touched here, no document, so it can be tested
 * with a recording stand-in.
 */
import { CHAR_WIDTH } from './label-width';
import { DOT_RADIUS, type ClusterMarkView, type EventMarkView } from './mark-view';

/** The theme colours the markers use, read from the page's CSS variables. */
export interface MarkPalette {
	surface: string;
	text: string;
	accent: string;
	band: string;
	bandEdge: string;
	span: string;
	selected: string;
	selectedRing: string;
	cluster: string;
	clusterEdge: string;
	clusterText: string;
	mark: string;
	font: string;
}

/** What the canvas needs to know about one drawn event beyond its geometry. */
export interface EventStyle {
	title: string;
	approximate: boolean;
	span: boolean;
	selected: boolean;
	/** null when nothing narrows the view */
	matches: boolean | null;
}

/** The subset of CanvasRenderingContext2D used here. */
export type MarkContext = Pick<
	CanvasRenderingContext2D,
	| 'beginPath'
	| 'roundRect'
	| 'arc'
	| 'fill'
	| 'stroke'
	| 'fillText'
	| 'setLineDash'
	| 'clearRect'
	| 'fillRect'
	| 'fillStyle'
	| 'strokeStyle'
	| 'lineWidth'
	| 'font'
	| 'globalAlpha'
	| 'textBaseline'
	| 'textAlign'
>;

/** Matches the CSS of EventMarker.svelte and ClusterMarker.svelte. */
const BAND_TOP = 7;
const BAND_HEIGHT = 8;
const LABEL_PADDING = 3;
const LABEL_TOP = 2;
const LABEL_HEIGHT = 18;
const CLUSTER_HEIGHT = 22;
const DIMMED = 0.28;
const LABEL_BACKDROP = 0.82;

/** A label cut to fit `width` px at the shared character estimate, with an ellipsis when cut. */
export function fitLabel(title: string, width: number): string {
	const room = Math.floor((width - 2 * LABEL_PADDING) / CHAR_WIDTH);
	if (room <= 0) return '';
	return title.length <= room ? title : `${title.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
}

/** Draws events and clusters as the marker elements would show them. */
export function drawMarks(
	ctx: MarkContext,
	events: readonly EventMarkView[],
	styleOf: (id: string) => EventStyle | undefined,
	clusters: readonly { view: ClusterMarkView; matching: number | null }[],
	palette: MarkPalette
): void {
	ctx.textBaseline = 'middle';
	for (const view of events) {
		const style = styleOf(view.id);
		if (style) drawEvent(ctx, view, style, palette);
	}
	for (const cluster of clusters) drawCluster(ctx, cluster.view, cluster.matching, palette);
	ctx.globalAlpha = 1;
	ctx.setLineDash([]);
}

function drawEvent(ctx: MarkContext, view: EventMarkView, style: EventStyle, palette: MarkPalette): void {
	ctx.globalAlpha = style.matches === false ? DIMMED : 1;
	if (view.band) {
		ctx.beginPath();
		ctx.roundRect(view.left + view.band.left, view.top + BAND_TOP, view.band.width, BAND_HEIGHT, 4);
		ctx.fillStyle = style.span ? palette.span : palette.band;
		ctx.fill();
		// A span's edge is its fill colour, so only a soft band shows its dashes.
		ctx.setLineDash(style.approximate && !style.span ? [3, 2] : []);
		ctx.strokeStyle = style.span ? palette.span : palette.bandEdge;
		ctx.lineWidth = 1;
		ctx.stroke();
	}
	const cx = view.left + view.dot + DOT_RADIUS;
	const cy = view.top + 11;
	// As the CSS draws it: a ring in the accent colour just outside a 2 px surface-coloured border around the fill
	// (the fill is the surface colour for an approximate date, so it reads as a hollow circle).
	const disc = (radius: number, colour: string) => {
		ctx.beginPath();
		ctx.arc(cx, cy, radius, 0, 2 * Math.PI);
		ctx.fillStyle = colour;
		ctx.fill();
	};
	if (style.selected) disc(DOT_RADIUS + 3, palette.selectedRing);
	else disc(DOT_RADIUS + (style.approximate ? 1.5 : 1), palette.accent);
	disc(DOT_RADIUS, palette.surface);
	if (style.selected) disc(DOT_RADIUS - 2, palette.selected);
	else if (!style.approximate) disc(DOT_RADIUS - 2, palette.accent);
	if (view.label) {
		const text = fitLabel(style.title, view.label.maxWidth);
		if (!text) return;
		const x = view.left + view.label.left;
		const width = Math.min(view.label.maxWidth, text.length * CHAR_WIDTH + 2 * LABEL_PADDING);
		// The label's backdrop: the search highlight, or the surface at 82% so bands behind stay faintly visible.
		const opacity = ctx.globalAlpha;
		if (style.matches !== true) ctx.globalAlpha = opacity * LABEL_BACKDROP;
		ctx.fillStyle = style.matches === true ? palette.mark : palette.surface;
		ctx.fillRect(x, view.top + LABEL_TOP, width, LABEL_HEIGHT);
		ctx.globalAlpha = opacity;
		ctx.font = `${style.selected ? '700 ' : ''}${view.label.pinned ? 'italic ' : ''}${palette.font}`;
		ctx.fillStyle = palette.text;
		ctx.fillText(text, x + LABEL_PADDING, view.top + LABEL_TOP + LABEL_HEIGHT / 2);
	}
}

function drawCluster(ctx: MarkContext, view: ClusterMarkView, matching: number | null, palette: MarkPalette): void {
	ctx.globalAlpha = matching === 0 ? DIMMED : 1;
	ctx.setLineDash([]);
	ctx.beginPath();
	ctx.roundRect(view.left, view.top, view.width, CLUSTER_HEIGHT, CLUSTER_HEIGHT / 2);
	ctx.fillStyle = matching ? palette.mark : palette.cluster;
	ctx.fill();
	ctx.strokeStyle = palette.clusterEdge;
	ctx.lineWidth = 1;
	ctx.stroke();
	ctx.font = `700 ${palette.font}`;
	ctx.fillStyle = palette.clusterText;
	ctx.textAlign = 'center';
	ctx.fillText(matching ? `${matching}/${view.count}` : String(view.count), view.left + view.width / 2, view.top + 11);
	ctx.textAlign = 'start';
}
