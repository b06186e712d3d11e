/**
 * Reviewing an article's candidates as changes to a personal timeline. Every action (accept, edit, merge, reject,
 * a new theme) is a patch: the new value of each event, rejection or theme it touches, null for removed. Applying a
 * patch returns its inverse, built from the timeline as stored at that moment, so Undo is one more patch and works
 * on the freshest copy, never on a stale one.
 */
import type { Attribution, EventDate, Excerpt, Source, Tag, TimelineEvent } from '../model/timeline';
import { slugify } from '../formats/slug';
import type { PersonalTimeline, Rejection } from './personal-timeline';

export interface Patch {
	events: [id: string, event: TimelineEvent | null][];
	rejections: [key: string, rejection: Rejection | null][];
	tags: [id: string, tag: Tag | null][];
}

/** What a reviewer edits on an event, before or after accepting it. */
export interface EventDraft {
	title: string;
	summary: string;
	date: EventDate;
	people: string[];
	/** The theme (lane); a label not among the timeline's themes becomes a new one. */
	theme: string;
	attribution: Attribution;
}

/** A passage proposed (or selected) for an event: where it is in the article and the date it carries, if any. */
export interface Passage {
	source: string;
	sentence: string;
	index: number;
	end: number;
	dateText: string;
	date: EventDate | null;
	people: string[];
	draftTitle: string;
}

export const MAX_TITLE = 90;

export const rejectionKey = (rejection: Pick<Rejection, 'source' | 'sentence' | 'dateText'>) =>
	`${rejection.source}\u0000${rejection.sentence}\u0000${rejection.dateText}`;

export const emptyPatch = (): Patch => ({ events: [], rejections: [], tags: [] });

/** Applies `patch` to `timeline` (in place) and returns the patch that undoes it. */
export function applyPatch(timeline: PersonalTimeline, patch: Patch): Patch {
	const inverse = emptyPatch();
	for (const [id, event] of patch.events) {
		const at = timeline.events.findIndex((existing) => existing.id === id);
		inverse.events.push([id, at >= 0 ? timeline.events[at] : null]);
		if (at >= 0 && event) timeline.events[at] = event;
		else if (at >= 0) timeline.events.splice(at, 1);
		else if (event) timeline.events.push(event);
	}
	for (const [key, rejection] of patch.rejections) {
		const at = timeline.rejections.findIndex((existing) => rejectionKey(existing) === key);
		inverse.rejections.push([key, at >= 0 ? timeline.rejections[at] : null]);
		if (at >= 0) timeline.rejections.splice(at, 1);
		if (rejection) timeline.rejections.push(rejection);
	}
	for (const [id, tag] of patch.tags) {
		const at = timeline.tags.findIndex((existing) => existing.id === id);
		inverse.tags.push([id, at >= 0 ? timeline.tags[at] : null]);
		if (at >= 0 && tag) timeline.tags[at] = tag;
		else if (at >= 0) timeline.tags.splice(at, 1);
		else if (tag) timeline.tags.push(tag);
	}
	// Undo restores themes last, after the events that used them are gone (inverse runs in the same order).
	return inverse;
}

/** The excerpt for `text[index, end)`, with `occurrence` when the same words appear more than once. */
export function excerptAt(article: Pick<Source, 'id' | 'text'>, index: number, end: number): Excerpt {
	const quote = article.text.slice(index, end);
	let count = 0;
	let which = 0;
	for (let at = article.text.indexOf(quote); at >= 0; at = article.text.indexOf(quote, at + 1)) {
		count++;
		if (at === index) which = count;
	}
	return count > 1 ? { source: article.id, quote, occurrence: which } : { source: article.id, quote };
}

/** Who an article's words are attributed to by default: its outlet, else its title, else "the article". */
export function defaultAttribution(article: Pick<Source, 'outlet' | 'title'>): Attribution {
	return { by: article.outlet ?? article.title ?? 'the article', status: 'claim' };
}

/** A draft event for a passage: its title drafted from the sentence, the sentence as summary, its date as read. */
export function draftFor(passage: Passage, article: Source, timeline: PersonalTimeline): EventDraft {
	return {
		title: passage.draftTitle.slice(0, MAX_TITLE),
		summary: passage.sentence.replace(/\s+/g, ' ').trim(),
		date: passage.date ?? { start: '', end: '', precision: 'day', approximate: false, text: '' },
		people: [...passage.people],
		theme: timeline.tags[0]?.label ?? '',
		attribution: defaultAttribution(article)
	};
}

/** The draft of an existing event, for editing it. */
export function draftOf(event: TimelineEvent, timeline: PersonalTimeline): EventDraft {
	const theme = timeline.tags.find((tag) => tag.id === event.tags[0]);
	return {
		title: event.title,
		summary: event.summary,
		date: { ...event.date },
		people: [...event.people],
		theme: theme?.label ?? event.tags[0],
		attribution: { ...event.attribution }
	};
}

/** The theme id for a label: an existing theme's, else a new theme added by the patch. */
function themeFor(label: string, timeline: PersonalTimeline, patch: Patch): string {
	const wanted = label.trim();
	const existing = timeline.tags.find((tag) => tag.label === wanted || tag.id === wanted);
	if (existing) return existing.id;
	const base = slugify(wanted) || 'theme';
	let id = base;
	for (let n = 2; timeline.tags.some((tag) => tag.id === id); n++) id = `${base}-${n}`;
	patch.tags.push([id, { id, label: wanted || 'Theme' }]);
	return id;
}

function unusedEventId(title: string, timeline: PersonalTimeline): string {
	const base = slugify(title, 50) || 'event';
	let id = base;
	for (let n = 2; timeline.events.some((event) => event.id === id); n++) id = `${base}-${n}`;
	return id;
}

function eventFrom(id: string, draft: EventDraft, excerpts: Excerpt[], themeId: string, rest: string[]): TimelineEvent {
	const date = { ...draft.date, end: draft.date.end || draft.date.start };
	return {
		id,
		title: draft.title.trim(),
		summary: draft.summary.trim(),
		date,
		excerpts,
		people: draft.people.map((person) => person.trim()).filter(Boolean),
		tags: [themeId, ...rest.filter((tag) => tag !== themeId)],
		attribution: { by: draft.attribution.by.trim(), status: draft.attribution.status }
	};
}

/** Accepting a passage: a new event whose excerpt is the passage, verbatim. */
export function acceptPatch(timeline: PersonalTimeline, article: Source, passage: Passage, draft: EventDraft): Patch {
	const patch = emptyPatch();
	const themeId = themeFor(draft.theme, timeline, patch);
	const id = unusedEventId(draft.title, timeline);
	const excerpt = excerptAt(article, passage.index, passage.end);
	patch.events.push([id, eventFrom(id, draft, [excerpt], themeId, [])]);
	return patch;
}

/** Editing an event: its excerpts stay as they are. */
export function editPatch(timeline: PersonalTimeline, event: TimelineEvent, draft: EventDraft): Patch {
	const patch = emptyPatch();
	const themeId = themeFor(draft.theme, timeline, patch);
	patch.events.push([event.id, eventFrom(event.id, draft, event.excerpts, themeId, event.tags)]);
	return patch;
}

/** Merging a passage into an event: the event gains the passage as one more excerpt. */
export function mergePatch(timeline: PersonalTimeline, article: Source, passage: Passage, eventId: string): Patch {
	const event = timeline.events.find((existing) => existing.id === eventId);
	if (!event) throw new Error('That event is no longer on the timeline.');
	const excerpt = excerptAt(article, passage.index, passage.end);
	const already = event.excerpts.some(
		(existing) =>
			existing.source === excerpt.source &&
			existing.quote === excerpt.quote &&
			(existing.occurrence ?? 1) === (excerpt.occurrence ?? 1)
	);
	if (already) throw new Error(`"${event.title}" already has this passage as an excerpt.`);
	const patch = emptyPatch();
	patch.events.push([event.id, { ...event, excerpts: [...event.excerpts, excerpt] }]);
	return patch;
}

export function rejectPatch(passage: Passage, reason: string): Patch {
	const rejection: Rejection = {
		source: passage.source,
		sentence: passage.sentence,
		dateText: passage.dateText,
		reason: reason.trim()
	};
	return { ...emptyPatch(), rejections: [[rejectionKey(rejection), rejection]] };
}

/**
 * The events a candidate is on the timeline as: accepted from it (the passage is the event's first excerpt and the
 * event's date is the one the candidate read) or merged with it (the passage is one of the event's later excerpts).
 * Another date of the same sentence stays open until it is accepted too.
 */
export function eventsCiting(
	timeline: PersonalTimeline,
	passage: Pick<Passage, 'source' | 'sentence' | 'dateText' | 'date'>
): TimelineEvent[] {
	// A passage dated by the publication date has no words of its own for the date: its date's text says so.
	const written = passage.dateText || passage.date?.text;
	return timeline.events.filter((event) =>
		event.excerpts.some(
			(excerpt, index) =>
				excerpt.source === passage.source &&
				excerpt.quote === passage.sentence &&
				(index > 0 || event.date.text === written)
		)
	);
}
