/**
 * Expressions read against the article's publication date, whatever other date stands before them: "today",
 * "yesterday", "on Tuesday", "last month", "this year", "earlier this week", "the end of last year", "the third
 * quarter", "two weeks ago". chrono-node's casual English reads most of them; the parsers added to it here read
 * what it lacks (quarters without a year, parts of a year or month, weeks as weeks).
 *
 * Choices, so a reader can predict the output:
 * - A weekday is the nearest one on the side the sentence's tense points to: before or on the publication date,
 *   or after it when the sentence speaks of the future ("will", "is expected to", "next").
 * - "this/last/next week" is that ISO week (Monday to Sunday, TIMEX3 `2006-W14`); "this/last/next month, year,
 *   quarter" is that month, year or quarter; "earlier/later this month" is the month; "the end of last year" is
 *   late that year (September to December), "the beginning of the year" early (January to April).
 * - "three days later", "the next day", "a year earlier" lean on the time the text is at, not on the publication
 *   date: relative.ts reads them.
 * - Without a publication date none of these is dated.
 */
import * as chrono from 'chrono-node';
import { dateStringAt, dateStringWindow } from '../../dates/event-dates';
import { makeDate, monthString } from './blocks';
import type { DateAnchor, DateValue, Found, Side } from './types';
import { tagged } from './chrono-parsing';
import { periodParser } from './period-parser';
import { quarterParser } from './quarter-parser';

const DAY = 86_400_000;

/** chrono's casual English with the publication date's grammar added; only its relative readings are kept. */
const deicticChrono = chrono.casual.clone();
deicticChrono.parsers.unshift(quarterParser, periodParser);

/** What chrono reads that is the publication date's business: not calendar dates, not "three days later". */
const DEICTIC =
	/\b(?:today|yesterday|tomorrow|tonight|(?:this|last)\s+(?:morning|afternoon|evening|night)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|year|quarter|ago)\b/i;
const NOT_DEICTIC =
	/\b(?:later|earlier|after|before|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})$|^\d|:\d/i;
const HINT =
	/\b(?:today|yesterday|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:this|last)\s+(?:morning|afternoon|evening|night)|week|month|year|quarter|ago)\b/gi;
const MARGIN = 40;
/** A part of a day keeps the day as its date and says which part in its TIMEX3 value: `2008-01-09TMO`. */
const PART_OF_DAY = /\b(morning|afternoon|evening|night|tonight)$/i;
const PARTS_OF_DAY: Record<string, string> = {
	morning: 'MO',
	afternoon: 'AF',
	evening: 'EV',
	night: 'NI',
	tonight: 'NI'
};

const FUTURE =
	/\b(?:will|shall|won[’']t|going\s+to|(?:is|are)\s+(?:expected|scheduled|set|due|slated|planning|to)|plans?\s+to|upcoming)\b|['’]ll\b/i;
const PAST = /\b(?:was|were|had|did|said|announced|\w+ed)\b/i;

/** The side of the publication date a sentence's undated day falls on, by its tense. */
export function sideOf(sentence: string): Side {
	if (FUTURE.test(sentence)) return 'after';
	return PAST.test(sentence) ? 'before' : 'nearest';
}

function dayValue(instant: number): string {
	return dateStringAt(instant, 'day');
}

/** The date of a chrono result against the publication date. */
function resolve(result: chrono.ParsedResult, published: DateAnchor, side: Side): DateValue | null {
	const week = tagged(result, 'week');
	const start = result.start;
	if (week) {
		const monday = Date.UTC(start.get('year')!, start.get('month')! - 1, start.get('day')!);
		return makeDate(dayValue(monday), dayValue(monday + 6 * DAY), false);
	}
	const quarter = tagged(result, 'quarter');
	if (quarter) {
		const year = start.get('year')!;
		return {
			start: monthString(year, Number(quarter) * 3 - 2),
			end: monthString(year, Number(quarter) * 3),
			precision: 'quarter',
			approximate: false
		};
	}
	const part = tagged(result, 'part');
	if (part) {
		const year = start.get('year')!;
		const [from, to] = part === 'beginning' || part === 'start' ? [1, 4] : part === 'middle' ? [5, 8] : [9, 12];
		return { start: monthString(year, from), end: monthString(year, to), precision: 'season', approximate: false };
	}
	if (start.isCertain('weekday') && !start.isCertain('day')) {
		const reference = dateStringWindow(published.start).start;
		const weekday = start.get('weekday')!;
		const today = new Date(reference).getUTCDay();
		const back = (today - weekday + 7) % 7;
		const ahead = (weekday - today + 7) % 7;
		const shift = side === 'after' ? ahead : side === 'before' ? -back : back <= ahead ? -back : ahead;
		const value = dayValue(reference + shift * DAY);
		return makeDate(value, value, false);
	}
	// "this morning": chrono implies the day (the publication date) without making it certain.
	if (/\bthis\s+(?:morning|afternoon|evening|night)$/i.test(result.text)) {
		const value = dayValue(dateStringWindow(published.start).start);
		return makeDate(value, value, false);
	}
	const year = start.isCertain('year') ? start.get('year')! : undefined;
	if (year === undefined) return null;
	const month = start.isCertain('month') ? start.get('month')! : undefined;
	const value =
		month === undefined
			? String(year)
			: start.isCertain('day')
				? `${monthString(year, month)}-${String(start.get('day')).padStart(2, '0')}`
				: monthString(year, month);
	return makeDate(value, value, false);
}

/** chrono's results for the stretches of `text` around the words these expressions need, with indexes into `text`. */
function parseAroundHints(text: string, instant: Date): { result: chrono.ParsedResult; index: number }[] {
	const stretches: [number, number][] = [];
	HINT.lastIndex = 0;
	for (let hint = HINT.exec(text); hint; hint = HINT.exec(text)) {
		let from = Math.max(0, hint.index - MARGIN);
		let to = Math.min(text.length, hint.index + hint[0].length + 12);
		while (from > 0 && !/\s/.test(text[from - 1])) from--;
		while (to < text.length && !/\s/.test(text[to])) to++;
		const last = stretches[stretches.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else stretches.push([from, to]);
	}
	return stretches.flatMap(([from, to]) =>
		deicticChrono
			.parse(text.slice(from, to), { instant, timezone: 0 })
			.map((result) => ({ result, index: from + result.index }))
	);
}

/** The expressions of `text` that lean on the publication date (YYYY-MM-DD), dated against it. */
export function findDeictic(text: string, published: string): Found[] {
	const anchor = { start: published, end: published };
	const found: Found[] = [];
	for (const { result, index: at } of parseAroundHints(text, new Date(`${published}T12:00:00Z`))) {
		let phrase = result.text;
		let index = at;
		const lead = /^(?:on|in|at|the|by|during|from|since|until)\s+/i.exec(phrase);
		if (
			lead &&
			!/^the\s+(?:beginning|start|middle|end|close|first|second|third|fourth|1st|2nd|3rd|4th)\b/i.test(phrase)
		) {
			phrase = phrase.slice(lead[0].length);
			index += lead[0].length;
		}
		phrase = phrase.replace(/[\s,;:.]+$/, '');
		if (!DEICTIC.test(phrase) || NOT_DEICTIC.test(phrase)) continue;
		// The tense of the words leading to a weekday, not of the whole sentence: "announced Friday that it will…".
		const side = sideOf(text.slice(Math.max(0, index - 60), index + phrase.length));
		const value = resolve(result, anchor, side);
		if (!value) continue;
		const week = tagged(result, 'week');
		const partOfDay = PARTS_OF_DAY[PART_OF_DAY.exec(phrase)?.[1].toLowerCase() ?? ''];
		const timexValue = week ?? (partOfDay && value.precision === 'day' ? `${value.start}T${partOfDay}` : undefined);
		found.push({
			index,
			end: index + phrase.length,
			kind: 'deictic',
			// Above relative.ts's "next week" read from the text's time: bare, it is the publication date's.
			rank: 2,
			resolve: () => value,
			deictic: { value, ...(timexValue ? { timexValue } : {}) }
		});
	}
	return found;
}
