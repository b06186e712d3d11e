/**
 * Finding events: full-text search (full-text.ts, MiniSearch) over titles, summaries, people and excerpt quotes,
 * combined with person, tag and source filters. Every word typed must match (AND), each as a prefix; a light typo
 * tolerance is tried only when the exact words find nothing, so a correct name never brings in near-misses
 * ("Banks" does not match "Bank"). Filters: AND across groups, OR within a group.
 */
import type { TimelineDocument, TimelineEvent } from '../model/timeline';

export interface EventFilters {
	people: string[];
	tags: string[];
	sources: string[];
}

export const NO_FILTERS: EventFilters = { people: [], tags: [], sources: [] };

/** Full-text search over one document's events: the ids matching every word of a query. */
export interface FullTextIndex {
	search(query: string): Set<string>;
}

/** Makes the full-text index (src/lib/search/full-text.ts, loaded on first need to keep MiniSearch off the first page). */
export type FullTextFactory = (events: TimelineEvent[]) => FullTextIndex;

export interface SearchIndex {
	document: TimelineDocument;
	/** Built on the first query, so a document that is never searched costs nothing; null until the engine loads. */
	fullText(): FullTextIndex | null;
}

/** Builds the index once per document (the full-text part lazily, once `factory` is available). */
export function buildSearchIndex(timeline: TimelineDocument, factory?: FullTextFactory): SearchIndex {
	let fullText: FullTextIndex | null = null;
	return {
		document: timeline,
		fullText() {
			if (!fullText && factory) fullText = factory(timeline.events);
			return fullText;
		}
	};
}

/** True when neither a query nor any filter is set. */
export function isUnfiltered(query: string, filters: EventFilters): boolean {
	return !query.trim() && !filters.people.length && !filters.tags.length && !filters.sources.length;
}

/** True when the event passes every filter group that has values (any value within a group). */
export function passesFilters(event: TimelineEvent, filters: EventFilters): boolean {
	if (filters.people.length && !event.people.some((person) => filters.people.includes(person))) return false;
	if (filters.tags.length && !event.tags.some((tag) => filters.tags.includes(tag))) return false;
	if (filters.sources.length && !event.excerpts.some((excerpt) => filters.sources.includes(excerpt.source))) {
		return false;
	}
	return true;
}

/** Ids matching the query and every filter group (any value within a group), or null when nothing is set. */
export function matchEvents(index: SearchIndex, query: string, filters: EventFilters): Set<string> | null {
	if (isUnfiltered(query, filters)) return null;
	// Until the full-text engine has loaded (a moment after the first keystroke) only the filters narrow.
	const found = query.trim() ? (index.fullText()?.search(query) ?? null) : null;
	const matches = new Set<string>();
	for (const event of index.document.events) {
		if ((found === null || found.has(event.id)) && passesFilters(event, filters)) matches.add(event.id);
	}
	return matches;
}
