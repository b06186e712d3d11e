/**
 * Finding which existing events a passage already covers: an event matches when one of its excerpts in the same
 * source overlaps the passage and its date window overlaps the passage's date.
 */
import type { EventDate, TimelineEvent } from '../model/timeline';
import { eventWindow, windowsOverlap, windowMid, type TimeWindow } from '../dates/event-dates';
import { locateQuote } from '../text/locate-quote';

/** Where an event's excerpt sits in a source text. */
export interface LocatedExcerpt {
	eventId: string;
	start: number;
	/** Exclusive. */
	end: number;
	window: TimeWindow;
}

type EventLike = Pick<TimelineEvent, 'id' | 'date' | 'excerpts'>;

/** Every excerpt of `events` that quotes the source `sourceId`, located in its `text` (unlocatable ones are skipped). */
export function locateExcerpts(text: string, sourceId: string, events: readonly EventLike[]): LocatedExcerpt[] {
	const located: LocatedExcerpt[] = [];
	for (const event of events) {
		let span: TimeWindow;
		try {
			span = eventWindow(event.date);
		} catch {
			continue;
		}
		for (const excerpt of event.excerpts) {
			if (excerpt.source !== sourceId) continue;
			const range = locateQuote(text, excerpt.quote, excerpt.occurrence);
			if (range) located.push({ eventId: event.id, ...range, window: span });
		}
	}
	return located;
}

/** Ids of events whose excerpt overlaps `start..end` and whose window overlaps `date`, closest date first. */
export function matchingEvents(
	located: readonly LocatedExcerpt[],
	start: number,
	end: number,
	date: Pick<EventDate, 'start' | 'end'>
): string[] {
	const span = eventWindow(date);
	const mid = windowMid(span);
	const hits = located.filter(
		(excerpt) => excerpt.start < end && start < excerpt.end && windowsOverlap(excerpt.window, span)
	);
	hits.sort((a, b) => Math.abs(windowMid(a.window) - mid) - Math.abs(windowMid(b.window) - mid));
	return [...new Set(hits.map((hit) => hit.eventId))];
}
