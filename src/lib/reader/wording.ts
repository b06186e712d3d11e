/**
 * How an event's facts are put into words for a reader: how sure the date is, who says so, where an excerpt
 * comes from, and the addresses that lead from an excerpt into its article and back.
 */
import type { AttributionStatus, EventDate, Source, TimelineEvent } from '../model/timeline';
import { formatEventDate } from '../dates/event-dates';

const STATUS_LABELS: Record<AttributionStatus, string> = {
	established: 'Established',
	claim: 'Claim',
	allegation: 'Allegation'
};

/** "Allegation — the Steele dossier": how the articles report the event, and on whose word. */
export function attributionText(attribution: TimelineEvent['attribution']): string {
	return `${STATUS_LABELS[attribution.status]} — ${attribution.by}`;
}

export function statusLabel(status: AttributionStatus): string {
	return STATUS_LABELS[status];
}

const PRECISION_PHRASES: Record<EventDate['precision'], string> = {
	day: 'to the day',
	month: 'to the month',
	season: 'to part of a year',
	quarter: 'to a quarter',
	year: 'to the year',
	span: 'as a span of time'
};

/** "Dated to the day" or "Dated approximately, to the month": how precise the date is. */
export function precisionText(date: EventDate): string {
	return date.approximate
		? `Dated approximately, ${PRECISION_PHRASES[date.precision]}`
		: `Dated ${PRECISION_PHRASES[date.precision]}`;
}

/** The event's date as shown, with its title: "Farage arrives in Mississippi, 23 Aug 2016". */
export function eventLabel(event: TimelineEvent): string {
	return `${event.title}, ${formatEventDate(event.date)}`;
}

/** What a text does not say about itself, said once: "The text does not state its outlet, author or date." */
export function unstatedText(source: Pick<Source, 'title' | 'outlet' | 'author' | 'published'>): string | null {
	const missing = [
		!source.title && 'title',
		!source.outlet && 'outlet',
		!source.author && 'author',
		!source.published && 'date'
	].filter((item): item is string => !!item);
	if (!missing.length) return null;
	const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}`;
	return `The text does not state its ${list}.`;
}

/**
 * An excerpt as a reader would quote it: the exact words, then the article (by title, or our label for an
 * untitled one), the outlet only where the text names one, and the address of the passage in the reader.
 */
export function quoteCitation(quote: string, articleLabel: string, outlet: string | null, passageUrl: string): string {
	return `“${quote}”\n— ${articleLabel}${outlet ? `, ${outlet}` : ''}\n${passageUrl}`;
}

/** Search part of the reader's address: which event's which excerpt (1-based) to highlight. */
export function readerSearch(eventId: string, excerptIndex: number): `?${string}` {
	return `?${new URLSearchParams({ event: eventId, excerpt: String(excerptIndex + 1) })}`;
}

/** Reads `?event=<id>&excerpt=<n>` (n 1-based) back into an event id and a 0-based excerpt index. */
export function parseReaderSearch(params: URLSearchParams): { eventId: string; excerptIndex: number } | null {
	const eventId = params.get('event')?.trim();
	if (!eventId) return null;
	const n = Number(params.get('excerpt') ?? '1');
	return { eventId, excerptIndex: Number.isInteger(n) && n >= 1 ? n - 1 : 0 };
}

/** Search part of the timeline's address that opens on one event. */
export function timelineSearch(eventId: string): `?${string}` {
	return `?${new URLSearchParams({ event: eventId })}`;
}
