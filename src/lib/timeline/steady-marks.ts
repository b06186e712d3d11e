/**
 * The marks in view as the timeline's mark layer draws them: in the layer's own pixels, where the layer is translated
 * by the zoom's x. A pan moves the layer, not its marks: a mark that keeps its place in time keeps its numbers, and
 * the marks of the previous frame that are unchanged are handed back as the same objects, so that nothing re-renders
 * them. Only what follows the view's edges (a label waiting at the left edge, a label flipped at the right edge, a mark
 * coming into view, and once a view's width of panning a band cut beyond an edge: `bandClip`) changes while the reader
 * drags.
 */
import type { ClusterView, EventView, MarksInView } from './in-view';

/** Positions are kept to 1/64 px: finer than a screen shows, and coarse enough that `(a + x) - x` reads `a` again. */
const STEPS_PER_PX = 64;
const snap = (px: number) => Math.round(px * STEPS_PER_PX) / STEPS_PER_PX;

/** A position in view pixels as a layer that starts at `origin` px of the view draws it: the same for every pan. */
export const inLayer = (px: number, origin: number) => snap(px - origin);

/**
 * `marks` (in view pixels) moved into a layer that starts at `origin` px of the view, reusing each event and cluster
 * of `previous` (already in layer pixels) whose numbers are the same, and `previous` itself when nothing changed.
 */
export function steadyMarks(marks: MarksInView, origin: number, previous: MarksInView | null): MarksInView {
	const at = (px: number) => inLayer(px, origin);
	const events = keepSame(
		marks.events.map((view) => ({
			...view,
			x: at(view.x),
			band: view.band && { ...view.band, x0: at(view.band.x0), x1: at(view.band.x1) },
			label: view.label && { ...view.label, left: at(view.label.left), width: snap(view.label.width) },
			left: at(view.left),
			right: at(view.right)
		})),
		previous?.events
	);
	const clusters = keepSame(
		marks.clusters.map((view) => ({ ...view, left: at(view.left), width: snap(view.width) })),
		previous?.clusters
	);
	const unchanged =
		previous &&
		same(events, previous.events, 1) &&
		same(clusters, previous.clusters, 1) &&
		same(marks.laneRows, previous.laneRows, 1);
	return unchanged ? previous : { events, clusters, laneRows: marks.laneRows };
}

/** Each of `views`, or the one of `previous` in the same place with the same numbers. */
function keepSame<T extends EventView | ClusterView>(views: T[], previous: T[] = []): T[] {
	const before = new Map(previous.map((view) => [view.kind === 'event' ? view.id : view.key, view]));
	return views.map((view) => {
		const old = before.get(view.kind === 'event' ? view.id : view.key);
		return old && same(old, view, 2) ? old : view;
	});
}

/** Whether `a` and `b` are one value, or objects (arrays) whose entries are the same `depth` levels down. */
function same(a: unknown, b: unknown, depth: number): boolean {
	if (a === b) return true;
	if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
	const keys = Object.keys(a);
	return (
		keys.length === Object.keys(b).length &&
		keys.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth - 1))
	);
}
