/**
 * The full-text half of search, with MiniSearch: every word typed must match (AND), each as a prefix; a light
 * typo tolerance is tried only when the exact words find nothing, so a correct name never brings in
 * near-misses ("Banks" does not match "Bank"). Loaded on first need, so the first page does without it.
 */
import MiniSearch from 'minisearch';
import type { TimelineEvent } from '../model/timeline';
import type { FullTextIndex } from './search';

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

/** Indexes titles, summaries, people and excerpt quotes of `events`. */
export function createFullTextIndex(events: TimelineEvent[]): FullTextIndex {
	const engine = new MiniSearch<TimelineEvent>({
		fields: [...FIELDS],
		idField: 'id',
		extractField: (event, field) => (field === 'id' ? event.id : fieldText(event, field)),
		tokenize,
		processTerm: normalizeTerm
	});
	engine.addAll(events);
	return {
		search(query) {
			const text = query.trim();
			if (!text) return new Set(events.map((event) => event.id));
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
	};
}
