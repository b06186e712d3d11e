/**
 * A personal timeline as the browser keeps it: the articles added (cited by an event or not yet), the events
 * accepted from them, its themes and periods, and the passages rejected with their reasons. Pure functions build
 * one, turn it into the TimelineDocument every other part of the app reads, and change it; the store applies a
 * change to the freshest stored copy, so two tabs never write over each other's edits.
 */
import type { Period, Source, Tag, TimelineDocument, TimelineEvent } from '../model/timeline';

/** A passage of an article that was proposed and rejected, so it is not proposed again. */
export interface Rejection {
	source: string;
	sentence: string;
	dateText: string;
	reason: string;
}

export interface PersonalTimeline {
	/** Local id, also the `?timeline=` parameter. */
	id: string;
	title: string;
	/** ISO timestamps. */
	created: string;
	updated: string;
	/** One more on every saved change: tells a tab that another tab saved since it last read. */
	revision: number;
	tags: Tag[];
	periods: Period[];
	/** Every article added, whether or not an event cites it yet. */
	articles: Source[];
	events: TimelineEvent[];
	rejections: Rejection[];
}

/** The theme a new timeline starts with, so every event has a lane. */
export const FIRST_THEME: Tag = { id: 'events', label: 'Events' };

/** A local id: short, URL-safe, unlikely to repeat in one browser. */
export function newLocalId(now = Date.now(), random = Math.random): string {
	return `${now.toString(36)}${Math.floor(random() * 36 ** 4)
		.toString(36)
		.padStart(4, '0')}`;
}

/** A new personal timeline, empty or seeded from a document (duplicating the built-in one, or an opened file). */
export function newPersonalTimeline(
	title: string,
	from: TimelineDocument | null = null,
	now = new Date()
): PersonalTimeline {
	const stamp = now.toISOString();
	return {
		id: newLocalId(now.getTime()),
		title,
		created: stamp,
		updated: stamp,
		revision: 0,
		tags: from ? structuredClone(from.tags) : [FIRST_THEME],
		periods: from ? structuredClone(from.periods) : [],
		articles: from ? structuredClone(from.sources) : [],
		events: from ? structuredClone(from.events) : [],
		rejections: []
	};
}

/** The timeline as a document: only the articles an event cites are its sources (the format requires it). */
export function toDocument(timeline: PersonalTimeline): TimelineDocument {
	const cited = new Set(timeline.events.flatMap((event) => event.excerpts.map((excerpt) => excerpt.source)));
	return {
		title: timeline.title,
		sources: timeline.articles.filter((article) => cited.has(article.id)),
		tags: timeline.tags,
		periods: timeline.periods,
		events: timeline.events
	};
}

/** The same article's text, ignoring differences of spacing and line breaks. */
export function sameText(a: string, b: string): boolean {
	const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
	return a.length > 0 && b.length > 0 && squeeze(a) === squeeze(b);
}

/** A copy of a timeline under a new id and title, as if created now. */
export function duplicateOf(timeline: PersonalTimeline, title: string, now = new Date()): PersonalTimeline {
	const stamp = now.toISOString();
	return {
		...structuredClone(timeline),
		id: newLocalId(now.getTime()),
		title,
		created: stamp,
		updated: stamp,
		revision: 0
	};
}
