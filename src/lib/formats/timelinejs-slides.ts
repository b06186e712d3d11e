/**
 * TimelineJS slides (from its JSON or its spreadsheet) into a Sourceline TimelineDocument. The JSON and CSV importers
 * only reshape their input into `RawTimeline`; every rule lives here and in ./timelinejs-dates.ts and
 * ./timelinejs-document.ts, so both formats import the same way.
 *
 * Mapping
 * - title slide headline (plain text) → document title; without one, the file name.
 * - each event slide → one event AND one source. A TimelineJS slide has no article behind it, so the slide itself is
 *   the source: source.text is the plain text of its headline and text (HTML stripped, entities decoded, paragraphs
 *   kept), and the event's single excerpt quotes that text verbatim (the body, or the headline when there is no
 *   body; the whole text if that quote would be ambiguous). Media credit → source.outlet, media url (http(s) only,
 *   else the first http(s) link in the credit or caption) → source.url, media caption → source.cites, headline →
 *   source.title. Source id = event id; file = `<id>.txt`.
 * - event title = headline as plain text, cut to 90 characters (warned; the full headline stays in the source text);
 *   summary = the body text (or the headline); people = []; attribution = { by: document title, status: 'claim' }.
 * - unique_id → event id (slugified, de-duplicated with -2, -3; generated from the headline when absent).
 * - dates: year only → precision year (YYYY); + month → month (YYYY-MM); + day → day (YYYY-MM-DD); an hour or minute
 *   keeps day precision and the time goes into date.text ("24 Aug 2016, 14:30"). An end date in a later unit makes a
 *   span (each end at its own granularity); an end in the same unit keeps the start's precision. date.text = the
 *   slide's display_date, else the dates' display_date, else generated; approximate when that text says "c.",
 *   "circa", "about", "around" or "approximately".
 * - years: 0–9999 are accepted (0–999 written with leading zeros, e.g. 0800); negative (BCE) years and years past
 *   9999 are refused with a message naming the event and field, because the schema's dates are 4-digit years.
 * - group → lane: one tag per distinct group label, in order of first appearance; ungrouped events share the lane
 *   "Events" (id `events`).
 * - eras → periods (headline → label, slugified label → id).
 * - ignored: background, autolink, media thumbnail/alt/title/link, scale, and any field TimelineJS does not define.
 * - slides with no headline, text, caption or credit have nothing to quote and are skipped with a warning.
 */
import type { Tag } from '../model/timeline';
import type { RawDate } from './timelinejs-dates';
import { htmlToLine, htmlToText } from './html-text';
import { ImportError, type ImportContext } from './result';

export type { RawDate, RawField } from './timelinejs-dates';

/** A TimelineJS event slide before checking. */
export interface RawSlide {
	/** Where it is in the file: "event 3", "row 5". */
	where: string;
	start?: RawDate;
	end?: RawDate;
	/** What to call the missing start date in a message: "start_date", "the Year column". */
	startName: string;
	displayDate?: string;
	headline: string;
	text: string;
	media: { url?: string; credit?: string; caption?: string };
	group?: string;
	uniqueId?: string;
}

/** A TimelineJS era before checking. */
export interface RawEra {
	where: string;
	start?: RawDate;
	end?: RawDate;
	startName: string;
	endName: string;
	headline: string;
}

export interface RawTimeline {
	/** The title slide's headline (HTML). */
	title?: string;
	events: RawSlide[];
	eras: RawEra[];
}

/** Lane of events with no group. */
export const DEFAULT_LANE: Tag = { id: 'events', label: 'Events' };
export const MAX_TITLE_LENGTH = 90;

/** Cuts a title to `max` characters at a word boundary, with an ellipsis. */
export function truncateTitle(title: string, max = MAX_TITLE_LENGTH): string {
	if (title.length <= max) return title;
	let cut = title.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	if (space > max * 0.6) cut = cut.slice(0, space);
	if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}

/** The first sentence of a text, on one line, for a title when there is no headline. */
export function firstSentence(text: string): string {
	const match = /^[\s\S]*?[.!?](?=\s|$)/.exec(text);
	return (match ? match[0] : text).replace(/\s+/g, ' ').trim();
}

/** An absolute http(s) URL, or null. */
export function httpUrl(raw: string | undefined): string | null {
	if (!raw) return null;
	const trimmed = raw.trim();
	if (!/^https?:\/\//i.test(trimmed)) return null;
	try {
		const url = new URL(trimmed);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

/** The first http(s) link in some HTML, or null. */
export function firstLink(html: string | undefined): string | null {
	if (!html) return null;
	const match = /href\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(html);
	return match ? httpUrl(match[1]) : null;
}

/** How messages name a slide: `tljs.json: event 3 "Ada Lovelace"`. */
export function describeSlide(fileLabel: string, where: string, headline: string): string {
	const name = htmlToLine(headline);
	return `${fileLabel}: ${where}${name ? ` "${truncateTitle(name, 40)}"` : ''}`;
}

/** A slide with its text read from HTML, before it gets an id and a date. */
export interface PreparedSlide {
	raw: RawSlide;
	who: string;
	headline: string;
	body: string;
	credit: string;
	caption: string;
	sourceText: string;
}

/** Each slide's text read from its HTML; slides with nothing to quote are skipped (warned) before ids are handed out. */
export function prepareSlides(raw: RawTimeline, ctx: ImportContext): PreparedSlide[] {
	const { fileLabel, warnings } = ctx;
	const prepared: PreparedSlide[] = [];
	for (const slide of raw.events) {
		const who = describeSlide(fileLabel, slide.where, slide.headline);
		const headline = htmlToLine(slide.headline);
		const body = htmlToText(slide.text);
		const credit = htmlToLine(slide.media.credit ?? '');
		const caption = htmlToLine(slide.media.caption ?? '');
		const sourceText = [headline, body].filter(Boolean).join('\n\n') || [caption, credit].filter(Boolean).join('\n\n');
		if (!sourceText) {
			warnings.add(`${who}: has no headline, text, caption or credit, so there is nothing to quote; it was skipped.`);
			continue;
		}
		prepared.push({ raw: slide, who, headline, body, credit, caption, sourceText });
	}
	if (!prepared.length) {
		throw new ImportError(
			raw.events.length
				? `${fileLabel}: none of its ${raw.events.length} events has any text to import.`
				: `${fileLabel}: has no events.`
		);
	}

	return prepared;
}
