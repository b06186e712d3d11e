/** Building blocks of the recognisers: month and year patterns, date strings, and compiled regexes. */

import type { DateAnchor, DateValue, Side } from './types';
import type { BoundPrecision } from '../../model/timeline';
import { dateStringWindow, granularityOf, parseDateString } from '../../dates/event-dates';

// Building blocks

export const MONTHS: Record<string, number> = {
	january: 1,
	february: 2,
	march: 3,
	april: 4,
	may: 5,
	june: 6,
	july: 7,
	august: 8,
	september: 9,
	october: 10,
	november: 11,
	december: 12,
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12
};

// Capitalised only: lowercase "may" and "march" are verbs far more often than months.
export const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])';
export const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
/** A year not glued to other digits, decimals, currency or hyphenated words; `dashed` lets a range dash follow it. */
export const LONE_YEAR = (name: string, dashed = false) =>
	`(?<![\\w$£€¥.,:/\\-–])(?<${name}>${YEAR})(?![\\w%]|[.,:/${dashed ? '' : '\\-–'}]\\d)`;
export const ORDINAL = '(?:st|nd|rd|th)?';
/** A day of a month: "the 4th of May", "4 May", "May the 4th", "May 4". */
export const day = (n: string) =>
	`(?:(?:the\\s+)?(?<da${n}>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(?<ma${n}>${MONTH})|(?<mb${n}>${MONTH})\\s+(?:the\\s+)?(?<db${n}>\\d{1,2})${ORDINAL}(?![\\d:]))`;
export const RANGE_SEP = '(?<sep>to|until|till|through|thru|and|-|–|—)';
export const RANGE_PREFIX = '(?:(?<pre>[Ff]rom|[Bb]etween)\\s+(?<least>at\\s+least\\s+)?)?';

export const monthNumber = (name: string) => MONTHS[name.replace('.', '').toLowerCase()];
export const pad = (value: number) => String(value).padStart(2, '0');
export const monthString = (year: number, month: number) => `${year}-${pad(month)}`;
export const dayString = (year: number, month: number, dayOfMonth: number) =>
	`${year}-${pad(month)}-${pad(dayOfMonth)}`;
export const yearOf = (value: string) => Number(value.slice(0, 4));
export const isValid = (value: string) => !('error' in parseDateString(value));

/** A date of one unit (start = end) or a span between two bounds, with bound precisions only where needed. */
export function makeDate(
	start: string,
	end: string,
	approximate: boolean,
	bounds: { start?: BoundPrecision; end?: BoundPrecision } = {}
): DateValue | null {
	if (!isValid(start) || !isValid(end)) return null;
	if (dateStringWindow(end).end <= dateStringWindow(start).start) return null;
	if (start === end) return { start, end, precision: granularityOf(start), approximate };
	if (dateStringWindow(end).end <= dateStringWindow(start).end) return null;
	const date: DateValue = { start, end, precision: 'span', approximate };
	if (bounds.start === 'season' || bounds.start === 'quarter') date.startPrecision = bounds.start;
	if (bounds.end === 'season' || bounds.end === 'quarter') date.endPrecision = bounds.end;
	return date;
}

/**
 * The year a year-less expression borrows: against a publication date, the year that puts `month` (and `day`) on
 * the anchor's side of it, nearest first (never a year read from two digits); against a date of the text, that
 * date's last year; else the reference year.
 */
export function contextYear(
	anchor: DateAnchor | undefined,
	referenceYear: number | undefined,
	month?: number,
	day?: number
): number | undefined {
	if (!anchor) return referenceYear;
	if (!anchor.publication || month === undefined) return yearOf(anchor.end);
	return yearOnSide(anchor.start, month, day, anchor.side ?? 'nearest');
}

/**
 * The year of the `month`/`day` nearest to `published` (YYYY-MM-DD) on `side` of it (the same day or month counts);
 * a 29 February looks as far as the leap years around it.
 */
export function yearOnSide(published: string, month: number, day: number | undefined, side: Side): number {
	const year = yearOf(published);
	const target = dateStringWindow(day === undefined ? published.slice(0, 7) : published).start;
	const candidates = [-4, -3, -2, -1, 0, 1, 2, 3, 4]
		.map((shift) => year + shift)
		.filter((y) => isValid(day === undefined ? monthString(y, month) : dayString(y, month, day)))
		.map((y) => ({
			y,
			at: dateStringWindow(day === undefined ? monthString(y, month) : dayString(y, month, day)).start
		}))
		.filter(({ at }) => (side === 'before' ? at <= target : side === 'after' ? at >= target : true))
		.sort((a, b) => Math.abs(a.at - target) - Math.abs(b.at - target));
	return candidates[0]?.y ?? year;
}

export const compiled = new Map<string, RegExp>();

/** Every match of `pattern` in `text`; compiled once, since extraction runs these per sentence. */
export function* matches(pattern: string, text: string, flags = 'g'): Generator<RegExpExecArray> {
	const key = `${flags}/${pattern}`;
	let regex = compiled.get(key);
	if (!regex) compiled.set(key, (regex = new RegExp(pattern, flags)));
	regex.lastIndex = 0;
	for (let match = regex.exec(text); match; match = regex.exec(text)) {
		yield match;
		if (match[0].length === 0) regex.lastIndex++;
	}
}
