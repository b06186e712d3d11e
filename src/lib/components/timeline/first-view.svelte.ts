/**
 * The timeline's first view and the window it holds across a resize. Call during a component's setup: it adds the
 * effects that move the view, reading the view's width and document and writing only the zoom.
 */
import { untrack } from 'svelte';
import type { TimelineView } from '../../state/timeline-view.svelte';
import { rangeWindow } from '../../dates/event-dates';
import { firstView } from '../../timeline/periods';
import { COMPACT_WIDTH } from './drawn.svelte';

/**
 * Opens on the window a link names, else the event it names in context (`showSelected`), else the story's periods;
 * a new document opens afresh, and a resize keeps the window the reader last moved to.
 */
export function holdFirstView(
	view: TimelineView,
	showSelected: (id: string, options: { whole: boolean }) => void
): void {
	let heldWindow: [number, number] | null = null;
	$effect(() => {
		const { width, domain } = view;
		if (width <= 0) return;
		untrack(() => {
			view.zoom.updateBounds();
			if (view.openedDomain !== domain) {
				const periods = view.document.periods.map((p) => ({
					id: p.id,
					label: p.label,
					...rangeWindow(p.start, p.end)
				}));
				heldWindow = view.initialWindow ?? firstView(periods, domain, { narrow: width < COMPACT_WIDTH });
				view.showWindow(heldWindow, { animate: false });
				// A linked event is drawn as itself: in the window the link names if it is there, else zoomed in as
				// little as that takes.
				if (view.selectedId) showSelected(view.selectedId, { whole: !view.initialWindow });
				view.openedDomain = domain;
			} else if (heldWindow) {
				view.showWindow(heldWindow, { animate: false });
			}
		});
	});
	// The window to hold across a resize: taken when the view moves, not when the width does.
	$effect(() => {
		void view.transform;
		untrack(() => {
			if (view.width > 0) heldWindow = view.visibleWindow;
		});
	});
}
