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
	| 'moveTo'
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
	const dimmed: Styled[] = [];
	const shown: Styled[] = [];
	for (const view of events) {
		const style = styleOf(view.id);
		if (style) (style.matches === false ? dimmed : shown).push({ view, style });
	}
	// Layer by layer (bands, rings, discs, labels) with one path and one fill per colour, rather than event by event:
	// setting a colour or a font and filling cost far more than adding a shape to a path, and no two events' boxes
	// overlap, so the order between events never shows.
	for (const [group, alpha] of [
		[dimmed, DIMMED],
		[shown, 1]
	] as const) {
		if (group.length === 0) continue;
		ctx.globalAlpha = alpha;
		drawBands(ctx, group, palette);
		drawDiscs(ctx, group, palette);
		drawLabels(ctx, group, palette);
	}
	for (const cluster of clusters) drawCluster(ctx, cluster.view, cluster.matching, palette);
	ctx.globalAlpha = 1;
	ctx.setLineDash([]);
}

interface Styled {
	view: EventMarkView;
	style: EventStyle;
}

function drawBands(ctx: MarkContext, group: readonly Styled[], palette: MarkPalette): void {
	// A span's edge is its fill colour, so only a soft band shows its dashes (dashed when approximate).
	const kinds = [
		{ of: (s: EventStyle) => s.span, fill: palette.span, edge: palette.span, dash: [] },
		{ of: (s: EventStyle) => !s.span && !s.approximate, fill: palette.band, edge: palette.bandEdge, dash: [] },
		{ of: (s: EventStyle) => !s.span && s.approximate, fill: palette.band, edge: palette.bandEdge, dash: [3, 2] }
	];
	for (const kind of kinds) {
		let any = false;
		for (const { view, style } of group) {
			if (!view.band || !kind.of(style)) continue;
			if (!any) ctx.beginPath();
			any = true;
			ctx.roundRect(view.left + view.band.left, view.top + BAND_TOP, view.band.width, BAND_HEIGHT, 4);
		}
		if (!any) continue;
		ctx.fillStyle = kind.fill;
		ctx.fill();
		ctx.setLineDash(kind.dash);
		ctx.strokeStyle = kind.edge;
		ctx.lineWidth = 1;
		ctx.stroke();
	}
}

/**
 * As the CSS draws a marker: a ring in the accent colour just outside a 2 px surface-coloured border around the fill
 * (the fill is the surface colour for an approximate date, so it reads as a hollow circle); a selected one has a
 * wider ring and its own fill.
 */
function drawDiscs(ctx: MarkContext, group: readonly Styled[], palette: MarkPalette): void {
	const layers: { colour: string; radius: (style: EventStyle) => number | null }[] = [
		{ colour: palette.selectedRing, radius: (s) => (s.selected ? DOT_RADIUS + 3 : null) },
		{ colour: palette.accent, radius: (s) => (s.selected ? null : DOT_RADIUS + (s.approximate ? 1.5 : 1)) },
		{ colour: palette.surface, radius: () => DOT_RADIUS },
		{ colour: palette.selected, radius: (s) => (s.selected ? DOT_RADIUS - 2 : null) },
		{ colour: palette.accent, radius: (s) => (!s.selected && !s.approximate ? DOT_RADIUS - 2 : null) }
	];
	for (const layer of layers) {
		let any = false;
		for (const { view, style } of group) {
			const radius = layer.radius(style);
			if (radius === null) continue;
			if (!any) ctx.beginPath();
			any = true;
			const cx = view.left + view.dot + DOT_RADIUS;
			const cy = view.top + 11;
			// A sub-path of its own: arc() would otherwise join it to the last circle with a line.
			ctx.moveTo(cx + radius, cy);
			ctx.arc(cx, cy, radius, 0, 2 * Math.PI);
		}
		if (!any) continue;
		ctx.fillStyle = layer.colour;
		ctx.fill();
	}
}

function drawLabels(ctx: MarkContext, group: readonly Styled[], palette: MarkPalette): void {
	// The four faces a label can take, indexed bold + 2 × italic: built once, since setting a font parses it.
	const fonts = ['', '700 ', 'italic ', '700 italic '].map((face) => `${face}${palette.font}`);
	const labels: { x: number; y: number; text: string; font: number }[] = [];
	const opacity = ctx.globalAlpha;
	// The backdrop: the search highlight, or the surface at 82% so bands behind stay faintly visible.
	for (const highlighted of [false, true]) {
		ctx.globalAlpha = highlighted ? opacity : opacity * LABEL_BACKDROP;
		ctx.fillStyle = highlighted ? palette.mark : palette.surface;
		for (const { view, style } of group) {
			if (!view.label || (style.matches === true) !== highlighted) continue;
			const text = fitLabel(style.title, view.label.maxWidth);
			if (!text) continue;
			const x = view.left + view.label.left;
			const width = Math.min(view.label.maxWidth, text.length * CHAR_WIDTH + 2 * LABEL_PADDING);
			ctx.fillRect(x, view.top + LABEL_TOP, width, LABEL_HEIGHT);
			const font = (style.selected ? 1 : 0) + (view.label.pinned ? 2 : 0);
			labels.push({ x: x + LABEL_PADDING, y: view.top + LABEL_TOP + LABEL_HEIGHT / 2, text, font });
		}
	}
	ctx.globalAlpha = opacity;
	ctx.fillStyle = palette.text;
	labels.sort((a, b) => a.font - b.font);
	let font = -1;
	for (const label of labels) {
		if (label.font !== font) ctx.font = fonts[(font = label.font)];
		ctx.fillText(label.text, label.x, label.y);
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
