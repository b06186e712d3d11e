/**
 * Assembling a TimelineDocument from checked parts, and finding where an excerpt sits in its source text.
 */
import { dateStringWindow } from '../dates/window';
import type { Excerpt, Period, Source, Tag, TimelineDocument, TimelineEvent } from './schema';

export const DOCUMENT_TITLE = 'Sourceline';

/** Every offset at which `quote` occurs in `text`, overlapping occurrences included. */
export function occurrencesOf(text: string, quote: string): number[] {
	const found: number[] = [];
	if (!quote) return found;
	for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
	return found;
}

const PREFIX = 16;

/**
 * How often each quote occurs in `text` (overlaps included). With many quotes it makes one pass over the text,
 * looking up each position's 16-character prefix, instead of one full search per quote: a 10,000-event file
 * quoting a few long sources would otherwise take seconds.
 */
export function countOccurrences(text: string, quotes: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	const byPrefix = new Map<string, string[]>();
	for (const quote of new Set(quotes)) {
		if (quote.length < PREFIX || quotes.length < 8) counts.set(quote, occurrencesOf(text, quote).length);
		else {
			counts.set(quote, 0);
			const prefix = quote.slice(0, PREFIX);
			const list = byPrefix.get(prefix);
			if (list) list.push(quote);
			else byPrefix.set(prefix, [quote]);
		}
	}
	if (byPrefix.size === 0) return counts;
	for (let i = 0; i + PREFIX <= text.length; i++) {
		const candidates = byPrefix.get(text.slice(i, i + PREFIX));
		if (!candidates) continue;
		for (const quote of candidates) if (text.startsWith(quote, i)) counts.set(quote, counts.get(quote)! + 1);
	}
	return counts;
}

/** The character range an excerpt quotes in its source text, honouring `occurrence`; null when it is not there. */
export function excerptRange(
	text: string,
	excerpt: Pick<Excerpt, 'quote' | 'occurrence'>
): { start: number; end: number } | null {
	const found = occurrencesOf(text, excerpt.quote);
	const start = found[(excerpt.occurrence ?? 1) - 1];
	return start === undefined ? null : { start, end: start + excerpt.quote.length };
}

function startOf(event: TimelineEvent): number {
	try {
		return dateStringWindow(event.date.start).start;
	} catch {
		// An impossible date is reported elsewhere; sorting it last keeps this total.
		return Infinity;
	}
}

/** Chronological order: by the instant the date starts, then by id so equal dates never reorder. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	const byStart = startOf(a) - startOf(b);
	if (byStart) return byStart;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The document the app shows: parts as given, events in chronological order. */
export function buildTimelineDocument(parts: {
	sources: Source[];
	tags: Tag[];
	periods: Period[];
	events: TimelineEvent[];
	title?: string;
}): TimelineDocument {
	return {
		title: parts.title ?? DOCUMENT_TITLE,
		sources: parts.sources,
		tags: parts.tags,
		periods: parts.periods,
		events: [...parts.events].sort(compareEvents)
	};
}
