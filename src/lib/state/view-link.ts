/**
 * Between a view and the link that names it: the search and filters a link asks for, applied to the view, and the
 * view's own state as link parameters (for the address bar, the embed's "Open in Sourceline" and its snippet).
 */
import type { TimelineView } from './timeline-view.svelte';
import type { ViewParams } from './url-params';

const sameList = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((value, i) => value === b[i]);

/** Sets the view's search and filters to the link's, touching only what differs (each change re-runs the search). */
export function applyLinkedFind(view: TimelineView, params: ViewParams): void {
	if (params.query) void view.loadFullText();
	if (view.query !== params.query) view.query = params.query;
	const { people, tags, sources } = view.filters;
	if (!sameList(people, params.people) || !sameList(tags, params.tags) || !sameList(sources, params.sources)) {
		view.filters = { people: params.people, tags: params.tags, sources: params.sources };
	}
}

/** Selects the event a link names; says what is wrong when this timeline has no such event. */
export function selectLinkedEvent(view: TimelineView, id: string): string | null {
	if (!view.byId.has(id)) return `The link names an event "${id}" that this timeline does not have.`;
	view.select(id);
	return null;
}

/** What a link to this view names: the selection, the visible window, the search, the filters and `src`. */
export function viewLinkParams(view: TimelineView, src: string | null): ViewParams {
	return {
		event: view.selectedId,
		window: view.visibleWindow,
		query: view.query,
		people: view.filters.people,
		tags: view.filters.tags,
		sources: view.filters.sources,
		src
	};
}
