/**
 * How an event's facts are put into words for a reader: how sure the date is, who says so, where an excerpt
 * comes from, and the addresses that lead from an excerpt into its article and back.
 */
import type { AttributionStatus, EventDate, Source, TimelineEvent } from '../data/schema';
import { formatEventDate } from '../dates/window';

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

/** The name of an article as the panel shows it; "Untitled article" only when the text gives no title. */
export function sourceTitle(source: Pick<Source, 'title'> | undefined): string {
	return source?.title ?? 'Untitled article';
}

/** The outlet as the text names it, or a plain statement that it does not. */
export function sourceOutlet(source: Pick<Source, 'outlet'> | undefined): string {
	return source?.outlet ?? 'outlet not stated';
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
