/**
 * The one pass over every source text that checking quotes needs, on a document not yet checked against the schema,
 * so it can run in a worker while the page's own thread checks everything else (see validate.ts,
 * `beginDocumentValidation`).
 */
import { countOccurrences } from './document';

/** For each entry of the document's `sources`, by position: how often each quote citing its id occurs in its text. */
export type SourceQuoteCounts = (Map<string, number> | null)[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Counts, per source, every quote that cites it in `raw` (a parsed document of any shape: what is not a source with
 * a string id and text, or an excerpt with a string source and quote, is passed over, for the schema check to report).
 */
export function countQuotesBySource(raw: unknown): SourceQuoteCounts {
	const sources = isRecord(raw) && Array.isArray(raw.sources) ? raw.sources : [];
	const events = isRecord(raw) && Array.isArray(raw.events) ? raw.events : [];
	const quotesById = new Map<string, string[]>();
	for (const event of events) {
		if (!isRecord(event) || !Array.isArray(event.excerpts)) continue;
		for (const excerpt of event.excerpts) {
			if (!isRecord(excerpt) || typeof excerpt.source !== 'string' || typeof excerpt.quote !== 'string') continue;
			const list = quotesById.get(excerpt.source);
			if (list) list.push(excerpt.quote);
			else quotesById.set(excerpt.source, [excerpt.quote]);
		}
	}
	return sources.map((source) => {
		if (!isRecord(source) || typeof source.id !== 'string' || typeof source.text !== 'string') return null;
		return countOccurrences(source.text, quotesById.get(source.id) ?? []);
	});
}
