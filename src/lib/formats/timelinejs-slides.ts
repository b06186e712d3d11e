/**
 * TimelineJS slides (from its JSON or its spreadsheet) into a Sourceline TimelineDocument. The JSON and CSV importers
 * only reshape their input into `RawTimeline`; every rule lives here, so both formats import the same way.
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
import type { Period, Source, Tag, TimelineDocument, TimelineEvent } from '../data/schema';
import { dateStringWindow, formatDateString, granularityOf } from '../dates/window';
import { htmlToLine, htmlToText } from './html-text';
import { ImportError, type ImportContext } from './result';
import { IdRegistry, slugify } from './slug';

/** One input value and how messages should name where it came from (`start_date.month`, `column "Month"`). */
export interface RawField {
	value: unknown;
	label: string;
}

/** A TimelineJS date object before checking. */
export interface RawDate {
	year?: RawField;
	month?: RawField;
	day?: RawField;
	hour?: RawField;
	minute?: RawField;
	second?: RawField;
	millisecond?: RawField;
	/** The date's own display_date. */
	display?: string;
	/** How messages name the year field, present or not: `start_date.year`, `column "Year"`. */
	yearLabel: string;
}

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
const APPROXIMATE = /\b(?:circa|approx(?:imately|\.)?|about|around|roughly)\b|(?:^|[\s(])c(?:a)?\.\s?\d|\?/i;

interface ResolvedDate {
	value: string;
	time?: string;
}

/** `who` is the event as messages name it: `tljs.json: event 3 "Ada Lovelace"`. */
function fail(who: string, message: string): never {
	throw new ImportError(`${who}: ${message}`);
}

function integer(field: RawField | undefined, who: string): number | undefined {
	if (!field) return undefined;
	const { value, label } = field;
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'number') {
		if (!Number.isInteger(value)) fail(who, `${label} is ${value}, not a whole number.`);
		return value;
	}
	if (typeof value === 'string') {
		const cleaned = value.replace(/[\s,]+/g, '');
		if (cleaned === '') return undefined;
		if (!/^[-+]?\d+(?:\.0+)?$/.test(cleaned)) fail(who, `${label} is "${value.slice(0, 40)}", not a whole number.`);
		return Number.parseInt(cleaned, 10);
	}
	fail(who, `${label} must be a number, not ${Array.isArray(value) ? 'a list' : typeof value}.`);
}

function inRange(
	n: number | undefined,
	field: RawField | undefined,
	min: number,
	max: number,
	what: string,
	who: string
) {
	if (n !== undefined && (n < min || n > max)) fail(who, `${field!.label} is ${n}; ${what} must be ${min}–${max}.`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => {
	const date = new Date(0);
	date.setUTCFullYear(year, month, 0);
	return date.getUTCDate();
};

/** A checked date string (and time of day) from a raw date; undefined when it has no fields at all. */
function resolveDate(raw: RawDate | undefined, who: string, ctx: ImportContext): ResolvedDate | undefined {
	if (!raw) return undefined;
	const year = integer(raw.year, who);
	const month = integer(raw.month, who);
	const day = integer(raw.day, who);
	let hour = integer(raw.hour, who);
	let minute = integer(raw.minute, who);
	let second = integer(raw.second, who);
	const millisecond = integer(raw.millisecond, who);
	if (year === undefined) {
		const given = [raw.month, raw.day, raw.hour, raw.minute].find(
			(f, i) => [month, day, hour, minute][i] !== undefined
		);
		if (given) fail(who, `${given.label} is given but the year (${raw.yearLabel}) is missing.`);
		return undefined;
	}
	const yearLabel = raw.yearLabel;
	if (year < 0) {
		fail(
			who,
			`${yearLabel} is ${year}: BCE (negative) years are not supported, because Sourceline dates are 4-digit years 0000–9999.`
		);
	}
	if (year > 9999) fail(who, `${yearLabel} is ${year}: years after 9999 are not supported.`);
	inRange(month, raw.month, 1, 12, 'a month', who);
	if (day !== undefined && month === undefined) fail(who, `${raw.day!.label} is given without a month.`);
	if (day !== undefined)
		inRange(day, raw.day, 1, daysInMonth(year, month!), `a day of ${pad(year, 4)}-${pad(month!)}`, who);
	inRange(hour, raw.hour, 0, 23, 'an hour', who);
	inRange(minute, raw.minute, 0, 59, 'a minute', who);
	inRange(second, raw.second, 0, 59, 'a second', who);
	inRange(millisecond, raw.millisecond, 0, 999, 'a millisecond', who);
	if (hour === undefined && (minute !== undefined || second !== undefined)) {
		fail(who, `${(minute !== undefined ? raw.minute : raw.second)!.label} is given without an hour.`);
	}
	if (hour !== undefined && day === undefined) {
		ctx.warnings.add(`${who}: ${raw.hour!.label} is given without a day, so the time of day was left out.`);
		hour = minute = second = undefined;
	}
	let value = pad(year, 4);
	if (month !== undefined) value += `-${pad(month)}`;
	if (day !== undefined) value += `-${pad(day)}`;
	const time =
		hour === undefined ? undefined : `${pad(hour)}:${pad(minute ?? 0)}${second ? `:${pad(second)}` : ''}`.trim();
	return { value, time };
}

/** The last month of a year, or the last day of a month: one step finer, at the end. */
function lastSubunit(value: string): string {
	if (value.length === 4) return `${value}-12`;
	const [year, month] = value.split('-').map(Number);
	return `${value}-${pad(daysInMonth(year, month))}`;
}

interface EventDateParts {
	start: string;
	end: string;
	precision: TimelineEvent['date']['precision'];
	startTime?: string;
	endTime?: string;
}

/** Start, end and precision of a slide's date; refuses an end before the start. */
function eventDateParts(
	start: ResolvedDate,
	end: ResolvedDate | undefined,
	who: string,
	ctx: ImportContext
): EventDateParts {
	const single = (): EventDateParts => ({
		start: start.value,
		end: start.value,
		precision: granularityOf(start.value),
		startTime: start.time,
		endTime: end && end.value === start.value ? end.time : undefined
	});
	if (!end || end.value === start.value) return single();
	const startWindow = dateStringWindow(start.value);
	let endValue = end.value;
	if (dateStringWindow(endValue).end <= startWindow.start) {
		fail(who, `the end date ${endValue} is before the start date ${start.value}.`);
	}
	// An end coarser than the start that contains it ("2016-08-24 to 2016") means "to the end of that year/month".
	while (dateStringWindow(endValue).start < startWindow.start && granularityOf(endValue) !== 'day') {
		endValue = lastSubunit(endValue);
	}
	if (dateStringWindow(endValue).end <= startWindow.end) {
		ctx.warnings.add(
			`${who}: the end date ${end.value} falls within ${start.value}, so the event is dated ${start.value}.`
		);
		return single();
	}
	if (endValue !== end.value) {
		ctx.warnings.add(`${who}: the end date ${end.value} was read as ${endValue}, the end of that period.`);
	}
	return { start: start.value, end: endValue, precision: 'span', startTime: start.time, endTime: end.time };
}

function generatedDateText(parts: EventDateParts): string {
	const at = (value: string, time?: string) => formatDateString(value) + (time ? `, ${time}` : '');
	if (parts.precision === 'span') return `${at(parts.start, parts.startTime)} – ${at(parts.end, parts.endTime)}`;
	const text = at(parts.start, parts.startTime);
	return parts.endTime && parts.startTime && parts.endTime !== parts.startTime ? `${text}–${parts.endTime}` : text;
}

/** Cuts a title to `max` characters at a word boundary, with an ellipsis. */
export function truncateTitle(title: string, max = MAX_TITLE_LENGTH): string {
	if (title.length <= max) return title;
	let cut = title.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	if (space > max * 0.6) cut = cut.slice(0, space);
	if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}

function firstSentence(text: string): string {
	const match = /^[\s\S]*?[.!?](?=\s|$)/.exec(text);
	return (match ? match[0] : text).replace(/\s+/g, ' ').trim();
}

function countOccurrences(text: string, quote: string): number {
	let count = 0;
	for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) count++;
	return count;
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

function firstLink(html: string | undefined): string | null {
	if (!html) return null;
	const match = /href\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(html);
	return match ? httpUrl(match[1]) : null;
}

function describeSlide(fileLabel: string, where: string, headline: string): string {
	const name = htmlToLine(headline);
	return `${fileLabel}: ${where}${name ? ` "${truncateTitle(name, 40)}"` : ''}`;
}

interface PreparedSlide {
	raw: RawSlide;
	who: string;
	headline: string;
	body: string;
	credit: string;
	caption: string;
	sourceText: string;
}

/** A TimelineDocument from TimelineJS slides, following the mapping above; throws ImportError on bad input. */
export function buildDocument(raw: RawTimeline, ctx: ImportContext): TimelineDocument {
	const { fileLabel, warnings } = ctx;
	const title = truncateTitle(htmlToLine(raw.title ?? '') || ctx.fallbackTitle, 200);

	// Text first: slides with nothing to quote are skipped before ids are handed out.
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

	// Ids: explicit unique_ids keep their (slugified) value; the others are made from headlines.
	const ids = new IdRegistry();
	const eventIds: string[] = new Array(prepared.length);
	prepared.forEach((slide, i) => {
		const given = slide.raw.uniqueId?.trim();
		if (!given) return;
		const base = slugify(given);
		if (!base) {
			warnings.add(
				`${slide.who}: unique_id "${given.slice(0, 40)}" has no letters or digits to make an id from; one was generated.`
			);
			return;
		}
		if (ids.has(base))
			warnings.add(`${slide.who}: unique_id "${given.slice(0, 40)}" is used twice; this one was renamed.`);
		eventIds[i] = ids.claim(base);
	});
	prepared.forEach((slide, i) => {
		if (eventIds[i]) return;
		eventIds[i] = ids.claim(slugify(slide.headline || slide.sourceText, 50) || `event-${i + 1}`);
	});

	const lanes = new Map<string, Tag>();
	const laneIds = new IdRegistry();
	const laneFor = (group: string | undefined, who: string): string => {
		const label = htmlToLine(group ?? '') || DEFAULT_LANE.label;
		let lane = lanes.get(label);
		if (!lane) {
			const base = label === DEFAULT_LANE.label ? DEFAULT_LANE.id : slugify(label) || 'group';
			if (laneIds.has(base)) warnings.add(`${who}: group "${label}" gets its own lane, separate from a similar name.`);
			lane = { id: laneIds.claim(base), label };
			lanes.set(label, lane);
		}
		return lane.id;
	};

	const sources: Source[] = [];
	const events: TimelineEvent[] = [];
	const progressEvery = Math.max(1, Math.floor(prepared.length / 20));
	prepared.forEach((slide, i) => {
		const { raw: input, who, headline, body, credit, caption, sourceText } = slide;
		const id = eventIds[i];

		const start = resolveDate(input.start, who, ctx);
		if (!start)
			fail(who, `has no date: ${input.startName} is missing or empty, and every event needs at least a year.`);
		const end = resolveDate(input.end, who, ctx);
		const parts = eventDateParts(start, end, who, ctx);
		const explicit = htmlToLine(
			input.displayDate ||
				(input.start?.display
					? input.end?.display
						? `${input.start.display} – ${input.end.display}`
						: input.start.display
					: '')
		);
		let dateText = explicit || generatedDateText(parts);
		if (explicit && parts.startTime && !/\d{1,2}[:.]\d{2}/.test(explicit)) dateText += `, ${parts.startTime}`;

		let eventTitle = headline || firstSentence(body) || caption || credit;
		if (eventTitle.length > MAX_TITLE_LENGTH) {
			if (headline) {
				warnings.add(
					`${who}: the headline is ${headline.length} characters; the title keeps the first ${MAX_TITLE_LENGTH} (the full headline is in its source text).`
				);
			}
			eventTitle = truncateTitle(eventTitle);
		}
		if (!headline) warnings.add(`${who}: has no headline; its title was taken from its text.`);

		let quote = body || headline || sourceText;
		if (countOccurrences(sourceText, quote) > 1) quote = sourceText;

		const mediaUrl = input.media.url?.trim();
		const url = httpUrl(mediaUrl) ?? firstLink(input.media.credit) ?? firstLink(input.media.caption);
		if (mediaUrl && !httpUrl(mediaUrl)) {
			warnings.add(`${who}: media url "${mediaUrl.slice(0, 60)}" is not an http(s) address and was left out.`);
		}

		sources.push({
			id,
			file: `${id}.txt`,
			title: headline || null,
			outlet: credit || null,
			author: null,
			published: null,
			url,
			cites: caption ? [caption] : [],
			text: sourceText
		});
		events.push({
			id,
			title: eventTitle,
			summary: body || headline || sourceText,
			date: {
				start: parts.start,
				end: parts.end,
				precision: parts.precision,
				approximate: explicit ? APPROXIMATE.test(explicit) : false,
				text: dateText
			},
			excerpts: [{ source: id, quote }],
			people: [],
			tags: [laneFor(input.group, who)],
			attribution: { by: title, status: 'claim' }
		});
		if (i % progressEvery === 0) ctx.onProgress?.(0.3 + (0.6 * i) / prepared.length);
	});

	const periods: Period[] = [];
	const periodIds = new IdRegistry();
	raw.eras.forEach((era, i) => {
		const who = describeSlide(fileLabel, era.where, era.headline);
		const start = resolveDate(era.start, who, ctx);
		if (!start) fail(who, `has no start date: ${era.startName} is missing or empty.`);
		const end = resolveDate(era.end, who, ctx);
		if (!end) fail(who, `has no end date: ${era.endName} is missing or empty.`);
		if (dateStringWindow(end.value).end <= dateStringWindow(start.value).start) {
			fail(who, `the end date ${end.value} is before the start date ${start.value}.`);
		}
		const label = htmlToLine(era.headline) || `Era ${i + 1}`;
		periods.push({ id: periodIds.claim(slugify(label) || 'era'), label, start: start.value, end: end.value });
	});

	return { title, sources, tags: [...lanes.values()], periods, events };
}
