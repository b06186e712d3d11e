/**
 * Assembling a TimelineDocument from checked parts, its events in timeline order.
 */
import { dateStringWindow } from '../dates/event-dates';
import { eventOrder } from './event-order';
import {
	DOCUMENT_TITLE,
	type Period,
	type Source,
	type Story,
	type Tag,
	type TimelineDocument,
	type TimelineEvent
} from '../model/timeline';

function startOf(event: TimelineEvent): number {
	try {
		return dateStringWindow(event.date.start).start;
	} catch {
		// An impossible date is reported elsewhere; sorting it last keeps this total.
		return Infinity;
	}
}

/** Ids by UTF-16 code unit: the same for every reader's locale, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** By start instant, then by id so that equal starts always come out the same way. */
export function compareStartThenId(a: { start: number; id: string }, b: { start: number; id: string }): number {
	return a.start - b.start || compareIds(a.id, b.id);
}

/** Chronological order: by the instant the date starts, then by id so equal dates never reorder. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	return compareStartThenId({ start: startOf(a), id: a.id }, { start: startOf(b), id: b.id });
}

/** The document the app shows: parts as given, events in timeline order (`eventOrder`). */
export function buildTimelineDocument(parts: {
	sources: Source[];
	tags: Tag[];
	periods: Period[];
	events: TimelineEvent[];
	title?: string;
	story?: Story;
}): TimelineDocument {
	const order = eventOrder(parts.events, parts.sources);
	return {
		title: parts.title ?? DOCUMENT_TITLE,
		...(parts.story ? { story: parts.story } : {}),
		sources: parts.sources,
		tags: parts.tags,
		periods: parts.periods,
		events: order.map((i) => parts.events[i])
	};
}
