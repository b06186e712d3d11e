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
