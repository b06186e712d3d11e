/**
 * Finding events: full-text search (MiniSearch) over titles, summaries, people and excerpt quotes, combined
 * with person, tag and source filters. Every word typed must match (AND), each as a prefix; a light typo
 * tolerance is tried only when the exact words find nothing, so a correct name never brings in near-misses
 * ("Banks" does not match "Bank"). Filters: AND across groups, OR within a group.
 */
import MiniSearch from 'minisearch';
import type { TimelineDocument, TimelineEvent } from '../data/schema';

export interface EventFilters {
	people: string[];
	tags: string[];
	sources: string[];
}

export const NO_FILTERS: EventFilters = { people: [], tags: [], sources: [] };

export interface SearchIndex {
	document: TimelineDocument;
	/** Built on the first query, so a document that is never searched costs nothing. */
	fullText(): MiniSearch<TimelineEvent>;
}

const FIELDS = ['title', 'summary', 'people', 'excerpts'] as const;

const PLAIN = /^[a-z0-9]+$/;

/** Lower case without accents or apostrophes, so "Bryant’s", "bryants" and "Bryant's" meet. */
export function normalizeTerm(term: string): string | null {
	const lower = term.toLowerCase();
	if (PLAIN.test(lower)) return lower;
	const folded = lower
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/['’‘`]/g, '');
	return folded || null;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Splits on white space and punctuation, keeping apostrophes inside words ("Bryant’s" is one word). */
export function tokenize(text: string): string[] {
	return text.match(WORD) ?? [];
}

function fieldText(event: TimelineEvent, field: string): string {
	switch (field) {
		case 'people':
			return event.people.join(' ');
		case 'excerpts':
			return event.excerpts.map((excerpt) => excerpt.quote).join('\n');
		case 'title':
			return event.title;
		case 'summary':
			return event.summary;
		default:
			return '';
	}
}

/** Builds the index once per document (the full-text part lazily). */
export function buildSearchIndex(document: TimelineDocument): SearchIndex {
	let miniSearch: MiniSearch<TimelineEvent> | null = null;
	return {
		document,
		fullText() {
			if (!miniSearch) {
				miniSearch = new MiniSearch<TimelineEvent>({
					fields: [...FIELDS],
					idField: 'id',
					extractField: (event, field) => (field === 'id' ? event.id : fieldText(event, field)),
					tokenize,
					processTerm: normalizeTerm
				});
				miniSearch.addAll(document.events);
			}
			return miniSearch;
		}
	};
}

/** True when neither a query nor any filter is set. */
export function isUnfiltered(query: string, filters: EventFilters): boolean {
	return !query.trim() && !filters.people.length && !filters.tags.length && !filters.sources.length;
}

/** Ids of the events whose text matches every word of `query`: exact prefixes first, else within a typo. */
export function searchEvents(index: SearchIndex, query: string): Set<string> {
	const text = query.trim();
	if (!text) return new Set(index.document.events.map((event) => event.id));
	const engine = index.fullText();
	const options = { prefix: true, combineWith: 'AND' as const, boost: { title: 3, people: 2 } };
	let results = engine.search(text, options);
	if (!results.length) {
		results = engine.search(text, {
			...options,
			fuzzy: (term: string) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
			maxFuzzy: 2
		});
	}
	return new Set(results.map((result) => String(result.id)));
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
	const found = query.trim() ? searchEvents(index, query) : null;
	const matches = new Set<string>();
	for (const event of index.document.events) {
		if ((found === null || found.has(event.id)) && passesFilters(event, filters)) matches.add(event.id);
	}
	return matches;
}
