/**
 * Finding date expressions in prose and writing each as an `EventDate`: "the 11th of June 2014", "late 2015 and
 * early 2016", "the first two quarters of 2016", "the next day". chrono-node reads the ordinary calendar forms;
 * the recognisers here add what it misses (bare years, year and season ranges, quarters, decades, "Month the Nth",
 * relative phrases) and refuse what only looks like a date (money, quantities, model numbers, verbs, times).
 *
 * Choices, so a reader can predict the output:
 * - A year is a number 1800-2099 standing alone; it is refused when it reads as a quantity ("2000 people",
 *   "over 2000 jobs"), an amount ("$2016", "2016%", "2016 million"), a model or serial number ("Boeing 2707",
 *   "page 2016") or part of a longer number ("10.2016.1.1", "2,016", "0117 2016 3456").
 * - "the 2000s" is 2000..2009; "the early 2000s" 2000..2003, "the mid-2000s" 2003..2007, "the late 2000s"
 *   2007..2009, the three marked approximate.
 * - "early/mid/late YEAR" are the seasons of window.ts (01-04, 05-08, 09-12); "the start/end of YEAR" are early and
 *   late; "winter 2016" runs 2016-12..2017-02. "By YEAR" is that year and "by the end of YEAR" late that year, both
 *   approximate (they bound a state, not an event).
 * - A month or day without a year takes the year of the nearest preceding date (in the text, else
 *   `context.anchor`, else `context.referenceYear`) and is approximate; with none of those it is dropped.
 * - Relative phrases ("the next day", "four days after", "that year") shift the nearest preceding date and are
 *   approximate. After "was/were" the phrase relates the anchor to the new event ("This was two years before
 *   Breitbart launched"), so the shift is reversed.
 * - Slash dates are read day first (British usage, chrono's GB parser); bare month names need a preposition
 *   before them ("in June", not "March on Washington" or "Theresa May") or an event noun after "the" ("the November
 *   election"), and a capital letter ("may" is a verb).
 * - "N days after X, on <date>" dates X from the stated date that follows (N days before it).
 * - Anaphoric phrases ("shortly afterwards", "during the same period", "after the election"; see anaphora.ts)
 *   lean on the time the text is at, or on a date the text gives the event they name; they count only in a text
 *   with no date expression of its own, and are approximate.
 * - The time the text is at is the latest date that sets it: a year or month inside a noun phrase ("his 2013
 *   meeting", "the 2012 election") names a thing and does not, unless a preposition of time governs it ("during
 *   the 2016 campaign"). The writer's own time ("at the time I was", "now") leaves it undated.
 */
import * as chrono from 'chrono-node';
import { addDays, addMonths, addYears } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { BoundPrecision, EventDate } from '../../data/schema';
import { findAnaphora, type AnaphoricPhrase, type EventReference } from './anaphora';
import { dateStringAt, dateStringWindow, granularityOf, parseDateString, type Granularity } from '../../dates/window';

/**
 * A date that relative, anaphoric and year-less expressions are read against; `text` and `index` say which
 * expression of the text it is (index in the caller's text, see `DateContext.offset`).
 */
export type DateAnchor = Pick<EventDate, 'start' | 'end'> &
	Partial<Pick<EventDate, 'precision' | 'approximate' | 'startPrecision' | 'endPrecision' | 'text'>> & {
		index?: number;
	};

export interface DateContext {
	/** The time the text starts at (e.g. from earlier sentences): what "the next day" or "in June" lean on. */
	anchor?: DateAnchor;
	/** The year for a month or day without one when no anchor is known. */
	referenceYear?: number;
	/** Added to the index of an expression of this text when it is recorded as an anchor (the text's place in a longer one). */
	offset?: number;
	/**
	 * A date the surrounding text gives the event that a phrase like "after the election" names; without one, the
	 * phrase is read against `anchor` like "afterwards". `at` is the time the phrase would otherwise lean on.
	 */
	referent?: (event: EventReference, at: DateAnchor | undefined) => DateAnchor | undefined;
}

/** Which recogniser found an expression: handy in reviews and tests. */
export type ExpressionKind =
	| 'calendar'
	| 'day-range'
	| 'month-range'
	| 'year'
	| 'range'
	| 'season'
	| 'quarter'
	| 'decade'
	| 'by'
	| 'yearless'
	| 'relative'
	| 'anaphoric';

/** A date expression found in a text. `index`/`end` are char offsets (end exclusive) of `text` in the input. */
export interface DateMatch {
	text: string;
	index: number;
	end: number;
	kind: ExpressionKind;
	/** The expression as an `EventDate`: `date.text === text`, and `dateProblems(date)` is empty. */
	date: EventDate;
	/** For a date read against another one (relative, anaphoric, year-less): that expression and where it stands. */
	anchor?: { text: string; index: number };
	/**
	 * Whether later relative phrases lean on this date. A date inside a noun phrase ("his 2013 meeting", "the
	 * 2016 campaign") names a thing, not the time the text is at, so it does not.
	 */
	setsTime: boolean;
}

/** What a text says about time: its dates, and the time a following text starts at. */
export interface DateScan {
	matches: DateMatch[];
	/**
	 * The time after the text: its last time-setting date; null when it moved to a time it does not date (the
	 * writer's own: "at the time I was", "now"); undefined when it says nothing that moves the time.
	 */
	after: DateAnchor | null | undefined;
}

type DateValue = Omit<EventDate, 'text'>;

interface Found {
	index: number;
	end: number;
	kind: ExpressionKind;
	/** Tie-break between expressions of the same length: the more specific recogniser wins. */
	rank: number;
	resolve: (anchor: DateAnchor | undefined, referenceYear: number | undefined) => DateValue | null;
	/**
	 * For "four days after X, on <date>": the date of X read back from the stated date that follows in the same
	 * sentence, rather than forward from the date before.
	 */
	resolveFromNext?: (next: DateAnchor) => DateValue | null;
	/** True when the date came from the anchor (a relative phrase, or a month or day without a written year). */
	usesAnchor?: boolean;
	anaphora?: AnaphoricPhrase;
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

const MONTHS: Record<string, number> = {
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
const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
/** A year not glued to other digits, decimals, currency or hyphenated words; `dashed` lets a range dash follow it. */
const LONE_YEAR = (name: string, dashed = false) =>
	`(?<![\\w$£€¥.,:/\\-–])(?<${name}>${YEAR})(?![\\w%]|[.,:/${dashed ? '' : '\\-–'}]\\d)`;
const ORDINAL = '(?:st|nd|rd|th)?';
/** A day of a month: "the 4th of May", "4 May", "May the 4th", "May 4". */
const day = (n: string) =>
	`(?:(?:the\\s+)?(?<da${n}>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(?<ma${n}>${MONTH})|(?<mb${n}>${MONTH})\\s+(?:the\\s+)?(?<db${n}>\\d{1,2})${ORDINAL}(?![\\d:]))`;
const RANGE_SEP = '(?<sep>to|until|till|through|thru|and|-|–|—)';
const RANGE_PREFIX = '(?:(?<pre>[Ff]rom|[Bb]etween)\\s+(?<least>at\\s+least\\s+)?)?';

const monthNumber = (name: string) => MONTHS[name.replace('.', '').toLowerCase()];
const pad = (value: number) => String(value).padStart(2, '0');
const monthString = (year: number, month: number) => `${year}-${pad(month)}`;
const dayString = (year: number, month: number, dayOfMonth: number) => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
const yearOf = (value: string) => Number(value.slice(0, 4));
const isValid = (value: string) => !('error' in parseDateString(value));

/** A date of one unit (start = end) or a span between two bounds, with bound precisions only where needed. */
function makeDate(
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

/** The year a year-less expression borrows: the anchor's last year, else the reference year. */
function contextYear(anchor: DateAnchor | undefined, referenceYear: number | undefined): number | undefined {
	return anchor ? yearOf(anchor.end) : referenceYear;
}

const compiled = new Map<string, RegExp>();

/** Every match of `pattern` in `text`; compiled once, since extraction runs these per sentence. */
function* matches(pattern: string, text: string, flags = 'g'): Generator<RegExpExecArray> {
	const key = `${flags}/${pattern}`;
	let regex = compiled.get(key);
	if (!regex) compiled.set(key, (regex = new RegExp(pattern, flags)));
	regex.lastIndex = 0;
	for (let match = regex.exec(text); match; match = regex.exec(text)) {
		yield match;
		if (match[0].length === 0) regex.lastIndex++;
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Year guards: what makes a four-digit number a quantity, an amount or a name rather than a year

/** Words after which a capitalised-word-plus-number is still a date ("In 2012", "Since 2004"). */
const CAPITALISED_BEFORE_YEAR = new Set(
	'in by since until till from between during before after and or to of the on at for through throughout circa c ca early late mid spring summer autumn fall winter its his her their our this that a an as around about'.split(
		' '
	)
);
/** Words before a year that make it a year even when a plural noun follows ("the 2016 elections", "in 2008 tens of"). */
const DATE_LEAD_WORDS = new Set(
	[...CAPITALISED_BEFORE_YEAR].filter((word) => !['around', 'about', 'and', 'or'].includes(word))
);
/** Lowercase words before a number that make it an identifier. */
const IDENTIFIER_WORDS = new Set(
	'page pages p pp number no nos room flight route model version article section chapter unit code case item line gate suite exit highway interstate patch build figure fig table step level episode issue volume vol tel phone call ext id ref serial part paragraph clause rule resolution bill act bus train platform'.split(
		' '
	)
);
/** Nouns after a number that make it a count, beyond the plurals caught by shape. */
const QUANTITY_NOUNS = new Set(
	'people men women children staff personnel police troops cattle sheep feet head km kg mph mw gb mb tb bn m k million billion thousand hundred percent per'.split(
		' '
	)
);
const NOT_PLURAL = new Set(['does', 'goes', 'news', 'always', 'perhaps', 'whereas', 'across', 'unless', 'afterwards']);

/** The word right before `index` with only spaces between ('' after punctuation); a possessive reads as "its". */
function wordBefore(text: string, index: number): string {
	const match = /([A-Za-z]+)([’']s?)?\.?\s+$/.exec(text.slice(Math.max(0, index - 40), index));
	if (!match) return '';
	return match[2] ? 'its' : match[1];
}

function wordAfter(text: string, end: number): string {
	return /^\s+([A-Za-z%]+)/.exec(text.slice(end, end + 40))?.[1] ?? '';
}

const isPluralShaped = (word: string) =>
	/^[a-z]{3,}s$/.test(word) && !/(?:ss|us|is)$/.test(word) && !NOT_PLURAL.has(word);

/** Why a four-digit number at `index..end` is not a year, or null when it reads as one. */
function notAYear(text: string, index: number, end: number): string | null {
	const before = text.slice(Math.max(0, index - 6), index);
	if (/(?:[$£€¥#]|\b(?:US|USD|GBP|EUR)\$?)\s*$/.test(before) || /\bNo\.?\s*$/i.test(before)) return 'amount or number';
	if (/^\s*\d/.test(text.slice(end, end + 3)) || /\d\s+$/.test(before)) return 'part of a longer number';
	const previous = wordBefore(text, index);
	const next = wordAfter(text, end);
	const prev = previous.toLowerCase();
	if (/^(?:%|percent|per)$/i.test(next)) return 'percentage';
	if (/^(?:million|billion|thousand|hundred|bn|m|k)$/.test(next)) return 'amount';
	if (IDENTIFIER_WORDS.has(prev)) return 'identifier';
	if (/^[A-Z]/.test(previous) && !CAPITALISED_BEFORE_YEAR.has(prev) && !(prev in MONTHS))
		return 'model or product number';
	const countable = QUANTITY_NOUNS.has(next.toLowerCase()) || isPluralShaped(next);
	if (countable && !DATE_LEAD_WORDS.has(prev)) return 'quantity';
	return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Recognisers

/** Day bound from a `day(n)` match, with the year of that side when written. */
function dayParts(groups: Record<string, string | undefined>, n: string): { month: number; day: number } {
	const month = monthNumber(groups[`ma${n}`] ?? groups[`mb${n}`]!);
	return { month, day: Number(groups[`da${n}`] ?? groups[`db${n}`]) };
}

/** Years for a range whose start may lack one: the written years, else the end's (the year before when it wraps). */
function rangeYears(
	startYear: number | undefined,
	endYear: number | undefined,
	startKey: number,
	endKey: number,
	fallback: number | undefined
): { start: number; end: number; approximate: boolean } | null {
	if (startYear !== undefined && endYear !== undefined) return { start: startYear, end: endYear, approximate: false };
	if (endYear !== undefined)
		return { start: startKey > endKey ? endYear - 1 : endYear, end: endYear, approximate: false };
	if (startYear !== undefined)
		return { start: startYear, end: endKey < startKey ? startYear + 1 : startYear, approximate: false };
	if (fallback === undefined) return null;
	return { start: fallback, end: endKey < startKey ? fallback + 1 : fallback, approximate: true };
}

function findDayRanges(text: string): Found[] {
	const found: Found[] = [];
	const pattern = `${RANGE_PREFIX}${day('1')}(?:,?\\s+${LONE_YEAR('y1', true)})?\\s*${RANGE_SEP}\\s*${day('2')}(?:,?\\s+${LONE_YEAR('y2')})?`;
	for (const match of matches(pattern, text)) {
		const g = match.groups!;
		if (g.sep === 'and' && !/^between$/i.test(g.pre ?? '')) continue;
		const from = dayParts(g, '1');
		const to = dayParts(g, '2');
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: 'day-range',
			rank: 3,
			usesAnchor: !g.y1 && !g.y2,
			resolve: (anchor, referenceYear) => {
				const y1 = g.y1 ? Number(g.y1) : undefined;
				const y2 = g.y2 ? Number(g.y2) : undefined;
				const years = rangeYears(
					y1,
					y2,
					from.month * 100 + from.day,
					to.month * 100 + to.day,
					contextYear(anchor, referenceYear)
				);
				if (!years) return null;
				return makeDate(
					dayString(years.start, from.month, from.day),
					dayString(years.end, to.month, to.day),
					years.approximate || Boolean(g.least)
				);
			}
		});
	}
	// "between 4 and 9 May 2016", "4-9 May": both days in one month.
	const sameMonth = `${RANGE_PREFIX}(?:the\\s+)?(?<d1>\\d{1,2})${ORDINAL}\\s*${RANGE_SEP}\\s*(?:the\\s+)?(?<d2>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(?<m>${MONTH})(?:,?\\s+${LONE_YEAR('y')})?`;
	for (const match of matches(`(?<![\\d.,:/])${sameMonth}`, text)) {
		const g = match.groups!;
		if (g.sep === 'and' && !/^between$/i.test(g.pre ?? '')) continue;
		const month = monthNumber(g.m);
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: 'day-range',
			rank: 3,
			usesAnchor: !g.y,
			resolve: (anchor, referenceYear) => {
				const year = g.y ? Number(g.y) : contextYear(anchor, referenceYear);
				if (year === undefined) return null;
				return makeDate(dayString(year, month, Number(g.d1)), dayString(year, month, Number(g.d2)), !g.y);
			}
		});
	}
	return found;
}

/** "May the 4th 2016": the one common day form chrono does not read. */
function findMonthTheDay(text: string): Found[] {
	const found: Found[] = [];
	for (const match of matches(
		`(?<m>${MONTH})\\s+the\\s+(?<d>\\d{1,2})${ORDINAL}(?![\\d:])(?:,?\\s+${LONE_YEAR('y')})?`,
		text
	)) {
		const g = match.groups!;
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: 'calendar',
			rank: 2,
			usesAnchor: !g.y,
			resolve: (anchor, referenceYear) => {
				const year = g.y ? Number(g.y) : contextYear(anchor, referenceYear);
				if (year === undefined) return null;
				const value = dayString(year, monthNumber(g.m), Number(g.d));
				return makeDate(value, value, !g.y);
			}
		});
	}
	return found;
}

function findMonthRanges(text: string): Found[] {
	const found: Found[] = [];
	const pattern = `${RANGE_PREFIX}(?<m1>${MONTH})(?:,?\\s+${LONE_YEAR('y1', true)})?\\s*${RANGE_SEP}\\s*(?<m2>${MONTH})(?:,?\\s+${LONE_YEAR('y2')})?`;
	for (const match of matches(pattern, text)) {
		const g = match.groups!;
		if (g.sep === 'and' && !/^between$/i.test(g.pre ?? '')) continue;
		// Without any year, a bare "May to June" needs a "from"/"between" to be read as dates at all.
		if (!g.y1 && !g.y2 && !g.pre) continue;
		const m1 = monthNumber(g.m1);
		const m2 = monthNumber(g.m2);
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: 'month-range',
			rank: 3,
			usesAnchor: !g.y1 && !g.y2,
			resolve: (anchor, referenceYear) => {
				const y1 = g.y1 ? Number(g.y1) : undefined;
				const y2 = g.y2 ? Number(g.y2) : undefined;
				const years = rangeYears(y1, y2, m1, m2, contextYear(anchor, referenceYear));
				if (!years) return null;
				return makeDate(
					monthString(years.start, m1),
					monthString(years.end, m2),
					years.approximate || Boolean(g.least)
				);
			}
		});
	}
	return found;
}

type Part = { from: number; to: number; wraps?: boolean };
const PARTS: Record<string, Part> = {
	early: { from: 1, to: 4 },
	mid: { from: 5, to: 8 },
	late: { from: 9, to: 12 },
	spring: { from: 3, to: 5 },
	summer: { from: 6, to: 8 },
	autumn: { from: 9, to: 11 },
	winter: { from: 12, to: 2, wraps: true }
};
const PART_WORDS: Record<string, string> = {
	early: 'early',
	start: 'early',
	beginning: 'early',
	mid: 'mid',
	middle: 'mid',
	late: 'late',
	end: 'late',
	close: 'late',
	spring: 'spring',
	summer: 'summer',
	autumn: 'autumn',
	fall: 'autumn',
	winter: 'winter'
};
/** "late 2015", "mid-2016", "early in 2016", "the end of 2014", "(the) summer (of) 2016", "winter 2016/17". */
const season = (n: string) =>
	`(?:(?<pw${n}>[Ee]arly|[Mm]id|[Ll]ate)(?:\\s+in)?[\\s-]+|(?:[Tt]he\\s+)?(?<pw${n}b>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\\s+of)?\\s+|[Tt]he\\s+(?<pw${n}c>middle|end|start|beginning|close)\\s+of\\s+)(?<sy${n}>${YEAR})(?:/(?:\\d{2}|${YEAR}))?(?![\\w%]|[.,:/]\\d)`;

function seasonBounds(
	groups: Record<string, string | undefined>,
	n: string
): { start: string; end: string; part: string } | undefined {
	const word = groups[`pw${n}`] ?? groups[`pw${n}b`] ?? groups[`pw${n}c`];
	if (!word) return undefined;
	const part = PART_WORDS[word.toLowerCase()];
	const { from, to, wraps } = PARTS[part];
	const year = Number(groups[`sy${n}`]);
	return { start: monthString(year, from), end: monthString(wraps ? year + 1 : year, to), part };
}

/** Seasons, bare-year and season ranges ("2005 to 2008", "late 2015 and early 2016"), "by 2015". */
function findSeasonsAndRanges(text: string): Found[] {
	const found: Found[] = [];
	const endpoint = (n: string) => `(?:${season(n)}|${LONE_YEAR(`yy${n}`, true)})`;
	const sep = '(?<sep>to|until|till|through|thru|into|and(?:\\s+continuing)?\\s+(?:into|until|through)|and|-|–|—)';
	const range = `${RANGE_PREFIX}${endpoint('1')}\\s*${sep}\\s*(?:${season('2')}|(?<![\\w$£€¥.,:/])(?<yy2>${YEAR}|\\d{2})(?![\\w%]|[.,:/\\-–]\\d))`;
	for (const match of matches(range, text)) {
		const g = match.groups!;
		const s1 = seasonBounds(g, '1');
		const s2 = seasonBounds(g, '2');
		const between = /^between$/i.test(g.pre ?? '');
		if (g.sep === 'and' && !between && !(s1 && s2)) continue;
		const startYear = s1 ? undefined : Number(g.yy1);
		let endYear = s2 ? undefined : Number(g.yy2);
		if (!s2 && g.yy2.length === 2) {
			// "2012-13": a two-digit end only after a dash, and only forward within the century.
			if (!/^[-–—]$/.test(g.sep) || s1) continue;
			endYear = Math.floor(startYear! / 100) * 100 + Number(g.yy2);
			if (endYear <= startYear!) continue;
		}
		const end = match.index + match[0].length;
		// "between 1900 and 2000 jobs" counts jobs.
		const after = wordAfter(text, end);
		if (!s2 && (QUANTITY_NOUNS.has(after.toLowerCase()) || isPluralShaped(after))) continue;
		found.push({
			index: match.index,
			end,
			kind: 'range',
			rank: 3,
			resolve: () =>
				makeDate(s1 ? s1.start : String(startYear), s2 ? s2.end : String(endYear), Boolean(g.least), {
					start: s1 ? 'season' : 'year',
					end: s2 ? 'season' : 'year'
				})
		});
	}
	for (const match of matches(`(?<by>[Bb]y\\s+)?${season('1')}`, text)) {
		const g = match.groups!;
		const bounds = seasonBounds(g, '1')!;
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: g.by ? 'by' : 'season',
			rank: 2,
			resolve: () => ({ start: bounds.start, end: bounds.end, precision: 'season', approximate: Boolean(g.by) })
		});
	}
	for (const match of matches(`[Bb]y\\s+(?:the\\s+year\\s+)?${LONE_YEAR('y')}`, text)) {
		const year = match.groups!.y;
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: 'by',
			rank: 2,
			resolve: () => ({ start: year, end: year, precision: 'year', approximate: true })
		});
	}
	return found;
}

const ORDINAL_WORDS: Record<string, number> = {
	first: 1,
	'1st': 1,
	second: 2,
	'2nd': 2,
	third: 3,
	'3rd': 3,
	fourth: 4,
	'4th': 4,
	last: 4,
	final: 4
};
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };

/** "the first two quarters of 2016", "the third quarter of 2016", "Q3 2016", "Q1-Q2 2016", "the second half of 2016". */
function findQuarters(text: string): Found[] {
	const found: Found[] = [];
	const push = (index: number, length: number, year: number, fromQ: number, toQ: number) => {
		if (fromQ < 1 || toQ > 4 || toQ < fromQ) return;
		found.push({
			index,
			end: index + length,
			kind: 'quarter',
			rank: 2,
			resolve: () => ({
				start: monthString(year, fromQ * 3 - 2),
				end: monthString(year, toQ * 3),
				precision: 'quarter',
				approximate: false
			})
		});
	};
	const ordinals = Object.keys(ORDINAL_WORDS).join('|');
	const quarters = `(?:[Tt]he\\s+)?(?<o>${ordinals})\\s+(?:(?<c>two|three|four|[234])\\s+)?quarters?\\s+(?:of\\s+)?${LONE_YEAR('y')}`;
	for (const match of matches(quarters, text, 'gi')) {
		const g = match.groups!;
		const ordinal = ORDINAL_WORDS[g.o.toLowerCase()];
		const count = g.c ? COUNT_WORDS[g.c.toLowerCase()] : 1;
		// "the last two quarters" counts back from the fourth.
		const [fromQ, toQ] = ordinal === 4 && count > 1 ? [5 - count, 4] : [ordinal, ordinal + count - 1];
		push(match.index, match[0].length, Number(g.y), fromQ, toQ);
	}
	for (const match of matches(`(?:[Tt]he\\s+)?(?<h>first|second)\\s+half\\s+of\\s+${LONE_YEAR('y')}`, text, 'gi')) {
		const half = match.groups!.h.toLowerCase() === 'first' ? 1 : 3;
		push(match.index, match[0].length, Number(match.groups!.y), half, half + 1);
	}
	for (const match of matches(`\\bQ(?<q1>[1-4])(?:\\s*[-–]\\s*Q(?<q2>[1-4]))?\\s+(?:of\\s+)?${LONE_YEAR('y')}`, text)) {
		const g = match.groups!;
		push(match.index, match[0].length, Number(g.y), Number(g.q1), Number(g.q2 ?? g.q1));
	}
	return found;
}

/** "the 1990s", "the mid-2000s": decades, with early/mid/late as the first, middle and last few years. */
function findDecades(text: string): Found[] {
	const found: Found[] = [];
	const pattern = `(?:[Tt]he\\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?(?<![\\w$£€.,])(?<decade>(?:1[89]|20)\\d0)[’']?s(?!\\w)`;
	for (const match of matches(pattern, text)) {
		const g = match.groups!;
		const decade = Number(g.decade);
		const part = g.part?.toLowerCase();
		const [from, to] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 7] : part === 'late' ? [7, 9] : [0, 9];
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: 'decade',
			rank: 2,
			resolve: () => makeDate(String(decade + from), String(decade + to), Boolean(part))
		});
	}
	return found;
}

function findYears(text: string): Found[] {
	const found: Found[] = [];
	for (const match of matches(LONE_YEAR('y'), text)) {
		const end = match.index + match[0].length;
		if (notAYear(text, match.index, end)) continue;
		const year = match.groups!.y;
		found.push({
			index: match.index,
			end,
			kind: 'year',
			rank: 0,
			resolve: () => ({ start: year, end: year, precision: 'year', approximate: false })
		});
	}
	return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Relative expressions

type Unit = 'day' | 'week' | 'month' | 'year';
const AMOUNTS: Record<string, [number, number]> = {
	a: [1, 1],
	an: [1, 1],
	one: [1, 1],
	two: [2, 2],
	three: [3, 3],
	four: [4, 4],
	five: [5, 5],
	six: [6, 6],
	seven: [7, 7],
	eight: [8, 8],
	nine: [9, 9],
	ten: [10, 10],
	eleven: [11, 11],
	twelve: [12, 12],
	fifteen: [15, 15],
	twenty: [20, 20],
	thirty: [30, 30],
	'a few': [2, 5],
	'a couple of': [2, 3],
	several: [3, 9],
	some: [2, 9]
};
const FORWARD = /^(?:after|later|afterwards|next|following|subsequent)$/i;

const UNIT_GRANULARITY: Record<Unit, Granularity> = { day: 'day', week: 'day', month: 'month', year: 'year' };
const COARSENESS: Record<Granularity, number> = { day: 0, month: 1, year: 2 };
const coarser = (a: Granularity, b: Granularity) => (COARSENESS[a] >= COARSENESS[b] ? a : b);

function addUnits(instant: number, unit: Unit, amount: number): number {
	const date = new UTCDate(instant);
	if (unit === 'day') return addDays(date, amount).getTime();
	if (unit === 'week') return addDays(date, amount * 7).getTime();
	if (unit === 'month') return addMonths(date, amount).getTime();
	return addYears(date, amount).getTime();
}

/** The anchor's window moved by `lo..hi` units (negative = earlier), at the coarser of the anchor's and the unit's grain. */
function shiftAnchor(anchor: DateAnchor, unit: Unit, lo: number, hi: number): DateValue | null {
	const grain = (value: string) => coarser(granularityOf(value), UNIT_GRANULARITY[unit]);
	const start = dateStringAt(addUnits(dateStringWindow(anchor.start).start, unit, lo), grain(anchor.start));
	const end = dateStringAt(addUnits(dateStringWindow(anchor.end).end, unit, hi) - 1, grain(anchor.end));
	return makeDate(start, end, true);
}

/** "that year", "the same day", "later that year": the anchor's own unit, or the rest of it. */
function sameAs(anchor: DateAnchor, unit: Unit, modifier: string | undefined): DateValue | null {
	const base = modifier?.toLowerCase() === 'earlier' ? anchor.start : anchor.end;
	const grain = coarser(granularityOf(base), UNIT_GRANULARITY[unit]);
	const own = dateStringAt(dateStringWindow(base).start, grain);
	if (!modifier || grain === granularityOf(base)) return makeDate(own, own, true);
	const unitWindow = dateStringWindow(own);
	const fine = granularityOf(base);
	return modifier.toLowerCase() === 'later'
		? makeDate(base, dateStringAt(unitWindow.end - 1, fine), true)
		: makeDate(dateStringAt(unitWindow.start, fine), base, true);
}

const RELATIVE_HINT = /\b(?:day|week|month|year)s?\b/i;

function findRelative(text: string): Found[] {
	const found: Found[] = [];
	const push = (match: RegExpExecArray, resolve: (anchor: DateAnchor) => DateValue | null) =>
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: 'relative',
			rank: 1,
			usesAnchor: true,
			resolve: (anchor) => (anchor ? resolve(anchor) : null)
		});
	const amounts = Object.keys(AMOUNTS)
		.sort((a, b) => b.length - a.length)
		.map((word) => word.replace(/ /g, '\\s+'))
		.join('|');
	const counted = `\\b(?<n>${amounts}|\\d{1,3})\\s+(?<unit>days?|weeks?|months?|years?)\\s+(?<dir>after|later|afterwards|before|earlier|prior|previously|beforehand)\\b`;
	for (const match of matches(counted, text, 'gi')) {
		const g = match.groups!;
		const [lo, hi] = AMOUNTS[g.n.toLowerCase().replace(/\s+/g, ' ')] ?? [Number(g.n), Number(g.n)];
		const unit = g.unit.toLowerCase().replace(/s$/, '') as Unit;
		// "This was two years before X": the anchor is the earlier event, so X lies after it.
		const copula = /\b(?:was|were|is|are|came|happened|occurred)\s+$/i.test(
			text.slice(Math.max(0, match.index - 20), match.index)
		);
		const forward = FORWARD.test(g.dir) !== copula;
		push(match, (anchor) => (forward ? shiftAnchor(anchor, unit, lo, hi) : shiftAnchor(anchor, unit, -hi, -lo)));
		// "after"/"before" take an object ("four days after journalists started following the story"); a date
		// stated next in the sentence is then when the sentence's event happened, N units from that object.
		if (!copula && /^(?:after|before)$/i.test(g.dir)) {
			const back = FORWARD.test(g.dir);
			found[found.length - 1].resolveFromNext = (next) =>
				back ? shiftAnchor(next, unit, -hi, -lo) : shiftAnchor(next, unit, lo, hi);
		}
	}
	const adjacent = `\\b(?:the\\s+)?(?<dir>next|following|previous|preceding|subsequent)\\s+(?<unit>day|week|month|year)\\b|\\bthe\\s+(?<unit2>day|week|month|year)\\s+(?<dir2>before|after)\\b`;
	for (const match of matches(adjacent, text, 'gi')) {
		const g = match.groups!;
		const unit = (g.unit ?? g.unit2).toLowerCase() as Unit;
		const forward = FORWARD.test(g.dir ?? g.dir2);
		push(match, (anchor) => (forward ? shiftAnchor(anchor, unit, 1, 1) : shiftAnchor(anchor, unit, -1, -1)));
	}
	const same = `\\b(?:(?<mod>later|earlier)\\s+)?(?:that|the\\s+same)\\s+(?<unit>day|week|month|year)\\b`;
	for (const match of matches(same, text, 'gi')) {
		const g = match.groups!;
		push(match, (anchor) => sameAs(anchor, g.unit.toLowerCase() as Unit, g.mod));
	}
	return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Anaphoric phrases ("shortly afterwards", "during the same period", "after the election"): see anaphora.ts

/** Months after (or before) the time pointed at that "shortly after" and "after"/"before" reach. */
const HORIZON_MONTHS = { short: 3, long: 12 };

/** The window an anaphoric phrase gives its statement, from the date it points at. */
function relate(to: DateAnchor, phrase: AnaphoricPhrase): DateValue | null {
	if (phrase.relation === 'same') {
		const same = makeDate(to.start, to.end, true);
		if (!same || !to.precision) return same;
		const bounds = { startPrecision: to.startPrecision, endPrecision: to.endPrecision };
		return { ...same, precision: to.precision, ...(to.precision === 'span' ? pruneUndefined(bounds) : {}) };
	}
	const months = phrase.relation.endsWith('-short') ? HORIZON_MONTHS.short : HORIZON_MONTHS.long;
	const later = phrase.relation.startsWith('after') !== phrase.reversed;
	return later ? shiftAnchor(to, 'month', 0, months) : shiftAnchor(to, 'month', -months, 0);
}

function pruneUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The date of an anaphoric phrase: against the date the text gives the event it names, else against the time the
 * text is at. For an event the text does not date, whether it came before that time is unknown, so "before the
 * election" is read as that time itself; "after the election" still follows the narrative forward.
 */
function readAnaphora(
	phrase: AnaphoricPhrase,
	referent: DateAnchor | undefined,
	anchor: DateAnchor | undefined
): DateValue | null {
	if (phrase.writerTime) return null;
	if (referent) return relate(referent, phrase);
	// "as soon as Trump won": only a date the text gives that election says when; the time the text is at does not.
	if (!anchor || phrase.event?.needsDate) return null;
	const undatedBefore = phrase.event && phrase.relation.startsWith('before');
	return relate(anchor, undatedBefore ? { ...phrase, relation: 'same' } : phrase);
}

function findAnaphoric(text: string): Found[] {
	return findAnaphora(text).map((phrase) => ({
		index: phrase.index,
		end: phrase.end,
		kind: 'anaphoric',
		rank: -1,
		usesAnchor: true,
		anaphora: phrase,
		resolve: (anchor) => readAnaphora(phrase, undefined, anchor)
	}));
}

// ---------------------------------------------------------------------------------------------------------------
// chrono-node: calendar dates ("25th of January 2015", "August 2016", "May 1998 to September 1999")

const HAS_MONTH = new RegExp(MONTH);
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const SLASH_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
/** Words that make a bare month name a date: "in June", "Back in May", "since March". */
const MONTH_LEAD =
	/\b(?:in|since|by|until|till|from|during|of|last|next|this|early|mid|late|through|before|after|on|between|to|circa)[\s-]+$/i;

/** Nouns that make "the November election" a date: a month naming when something happened. */
const MONTH_EVENT_NOUNS =
	/^\s+(?:elections?|votes?|referendums?|polls?|primar(?:y|ies)|debates?|conventions?|rall(?:y|ies)|summits?|meetings?|conferences?|attacks?|visits?|deadline|agreement|deal|uprising|revolution|coup)\b/;

/** "the November election": a bare month after "the" that dates the event noun after it. */
function monthBeforeEvent(text: string, index: number, phrase: string): boolean {
	return (
		/\bthe\s+$/i.test(text.slice(Math.max(0, index - 5), index)) &&
		MONTH_EVENT_NOUNS.test(text.slice(index + phrase.length, index + phrase.length + 20))
	);
}

interface Parts {
	year?: number;
	month?: number;
	day?: number;
}

function chronoParts(components: chrono.ParsedComponents): Parts {
	const known = (component: chrono.Component) =>
		components.isCertain(component) ? (components.get(component) ?? undefined) : undefined;
	return { year: known('year'), month: known('month'), day: known('day') };
}

function partsString(parts: Parts, year: number): string {
	if (parts.month === undefined) return String(year);
	if (parts.day === undefined) return monthString(year, parts.month);
	return dayString(year, parts.month, parts.day);
}

const CALENDAR_HINT = new RegExp(`${MONTH}|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, 'g');
const CHRONO_MARGIN = 60;

/**
 * chrono's results for the stretches of `text` around month names and numeric dates, with indexes into `text`.
 * chrono's cost grows with the length it reads, and long sentences are mostly words that hold no date.
 */
function chronoAroundDates(text: string): { text: string; index: number; result: chrono.ParsedResult }[] {
	const windows: [number, number][] = [];
	CALENDAR_HINT.lastIndex = 0;
	for (let hint = CALENDAR_HINT.exec(text); hint; hint = CALENDAR_HINT.exec(text)) {
		let from = Math.max(0, hint.index - CHRONO_MARGIN);
		let to = Math.min(text.length, hint.index + hint[0].length + CHRONO_MARGIN);
		// Widen to whitespace so no number or word is cut in half.
		while (from > 0 && !/\s/.test(text[from - 1])) from--;
		while (to < text.length && !/\s/.test(text[to])) to++;
		const last = windows[windows.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else windows.push([from, to]);
	}
	return windows.flatMap(([from, to]) =>
		chrono.en.GB.parse(text.slice(from, to), new Date(Date.UTC(2000, 0, 1))).map((result) => ({
			text: result.text,
			index: from + result.index,
			result
		}))
	);
}

function findCalendar(text: string): Found[] {
	const found: Found[] = [];
	for (const result of chronoAroundDates(text)) {
		let phrase = result.text;
		let index = result.index;
		const lead = /^(?:on|in|the|from|at)\s+/i.exec(phrase);
		if (lead) {
			phrase = phrase.slice(lead[0].length);
			index += lead[0].length;
		}
		// The date only: a time of day chrono read with it ("at noon", "at 10:30") is not part of an event date.
		phrase = phrase
			.replace(/,?\s+(?:at\s+)?(?:noon|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)$/i, '')
			.replace(/[\s,;:]+$/, '');
		const start = chronoParts(result.result.start);
		const finish = result.result.end ? chronoParts(result.result.end) : undefined;
		const tags = [...result.result.tags()].join(' ');
		// Only absolute calendar dates: a capitalised month name, or an ISO or slash date. Times, weekdays,
		// "today" and chrono's relative phrases are left out (relative phrases are read here against the text).
		const monthWord = new RegExp(MONTH).exec(phrase);
		if (!monthWord && !ISO_DATE.test(phrase) && !SLASH_DATE.test(phrase)) continue;
		if (start.month === undefined || /relativeDate/.test(tags)) continue;
		if (/TimeExpression/.test(tags) && (start.day === undefined || (finish && finish.day === undefined))) continue;
		const bare = start.year === undefined && start.day === undefined && !finish;
		// A bare month needs a preposition before it: "in June" is a date, "Theresa May" and "March on" are not.
		if (bare && !MONTH_LEAD.test(text.slice(Math.max(0, index - 12), index)) && !monthBeforeEvent(text, index, phrase))
			continue;
		const ambiguousSlash =
			SLASH_DATE.test(phrase) &&
			/^\s*(\d{1,2})\/(\d{1,2})/
				.exec(phrase)!
				.slice(1)
				.every((n) => Number(n) <= 12);
		const yearless = start.year === undefined && (!finish || finish.year === undefined);
		found.push({
			index,
			end: index + phrase.length,
			kind: yearless ? 'yearless' : 'calendar',
			rank: 1,
			usesAnchor: yearless,
			resolve: (anchor, referenceYear) => {
				const fallback = contextYear(anchor, referenceYear);
				if (!finish) {
					const year = start.year ?? fallback;
					if (year === undefined) return null;
					const value = partsString(start, year);
					return makeDate(value, value, start.year === undefined || ambiguousSlash);
				}
				const startKey = (start.month ?? 0) * 100 + (start.day ?? 0);
				const endKey = (finish.month ?? 0) * 100 + (finish.day ?? 0);
				const years = rangeYears(start.year, finish.year, startKey, endKey, fallback);
				if (!years) return null;
				return makeDate(partsString(start, years.start), partsString(finish, years.end), years.approximate);
			}
		});
	}
	return found;
}

// ---------------------------------------------------------------------------------------------------------------

/** True when `from..to` stays within one sentence and is short enough to be one clause away. */
function sameSentence(text: string, from: number, to: number): boolean {
	return to - from <= 160 && !/[.!?]\s|\n/.test(text.slice(from, to));
}

/** Keep the longest expressions, dropping any that overlap one already kept; ties go to the higher rank. */
function selectNonOverlapping(found: Found[]): Found[] {
	const ordered = [...found].sort(
		(a, b) => b.end - b.index - (a.end - a.index) || b.rank - a.rank || a.index - b.index
	);
	const kept: Found[] = [];
	for (const candidate of ordered) {
		if (kept.every((other) => candidate.end <= other.index || candidate.index >= other.end)) kept.push(candidate);
	}
	return kept.sort((a, b) => a.index - b.index);
}

/** Determiners and possessives before a date that make it part of a noun phrase: "the 2016 campaign", "his 2013 meeting". */
const NOUN_PHRASE_BEFORE =
	/(?:^|\s)([\p{L}]+\s+)?(?:the|a|an|this|that|his|her|its|their|our|my|your|\p{L}+[’']s?)\s+$/iu;
/** Prepositions that make a dated noun phrase say when: "during the 2016 campaign", "before the November election". */
const TEMPORAL_PREPOSITIONS = new Set(
	'during throughout in on before after since until till by from following amid ahead'.split(' ')
);
/** Words that may follow a date that is not part of a noun phrase: "the 11th of June 2014 during", "the 2000s and". */
const AFTER_ADVERBIAL = new Set(
	'and or but to until till through into in on at by for of from with when while as after before during since was were is are had has have'.split(
		' '
	)
);

/**
 * True when the date at `index..end` qualifies a noun ("the 2012 election", "his 2013 meeting") rather than saying
 * when something happened; a dated noun phrase after "during", "before"... still says when.
 */
function isNounModifier(text: string, index: number, end: number): boolean {
	// Only a year, a month or both stand before a noun like an adjective; "the 23rd of August 2016" does not.
	if (!/^(?:\p{Lu}\p{L}+\.?\s+)?(?:\d{4}s?)$|^\p{Lu}\p{L}+$/u.test(text.slice(index, end))) return false;
	const before = NOUN_PHRASE_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
	if (!before || TEMPORAL_PREPOSITIONS.has(before[1]?.trim().toLowerCase() ?? '')) return false;
	const next = /^ +([\p{L}]+)/u.exec(text.slice(end, end + 40))?.[1];
	return next !== undefined && !AFTER_ADVERBIAL.has(next.toLowerCase());
}

/**
 * Every date expression in `text`, in order, each as an `EventDate`; relative, anaphoric and year-less ones lean
 * on the time-setting date before them (or `context.anchor`). Anaphoric phrases ("subsequently", "at the time")
 * count only in a text that states no date of its own: a stated date already says when.
 */
export function scanDateExpressions(text: string, context: DateContext = {}): DateScan {
	// Cheap tests first: most sentences of an article have no month, no year and no relative phrase.
	const hasMonth = HAS_MONTH.test(text);
	const hasYear = /\d{4}/.test(text);
	const stated = [
		...findCalendar(text),
		...(hasMonth ? [...findMonthTheDay(text), ...findDayRanges(text), ...findMonthRanges(text)] : []),
		...(hasYear
			? [...findSeasonsAndRanges(text), ...findQuarters(text), ...findDecades(text), ...findYears(text)]
			: []),
		...(RELATIVE_HINT.test(text) ? findRelative(text) : [])
	];
	const offset = context.offset ?? 0;
	const matches: DateMatch[] = [];
	let anchor = context.anchor;
	let after: DateAnchor | null | undefined;
	// A date inside a noun phrase does not move the time, but it is better than nothing for a year-less month.
	let named: DateAnchor | undefined;
	const selected = selectNonOverlapping(stated.length ? stated : findAnaphoric(text));
	selected.forEach((item, i) => {
		if (item.anaphora?.writerTime) {
			anchor = undefined;
			after = null;
			return;
		}
		const next = selected[i + 1];
		const nextValue =
			item.resolveFromNext && next && next.kind !== 'relative' && sameSentence(text, item.end, next.index)
				? next.resolve(anchor, context.referenceYear)
				: null;
		const event = item.anaphora?.event;
		const referent = event ? context.referent?.(event, anchor) : undefined;
		const base = referent ?? anchor ?? named;
		const value = nextValue
			? item.resolveFromNext!(nextValue)
			: item.anaphora
				? readAnaphora(item.anaphora, referent, anchor ?? named)
				: item.resolve(base, context.referenceYear);
		if (!value) return;
		const phrase = text.slice(item.index, item.end);
		const date: EventDate = { ...value, text: phrase };
		const leanedOn = nextValue
			? { text: text.slice(next.index, next.end), index: offset + next.index }
			: item.usesAnchor && base?.text !== undefined && base.index !== undefined
				? { text: base.text, index: base.index }
				: undefined;
		const setsTime = !isNounModifier(text, item.index, item.end);
		matches.push({
			text: phrase,
			index: item.index,
			end: item.end,
			kind: item.kind,
			date,
			...(leanedOn ? { anchor: leanedOn } : {}),
			setsTime
		});
		if (setsTime) after = anchor = { ...date, index: offset + item.index };
		else named = { ...date, index: offset + item.index };
	});
	return { matches, after };
}

/** Every date expression in `text`, in order, each as an `EventDate` (see `scanDateExpressions`). */
export function findDateExpressions(text: string, context: DateContext = {}): DateMatch[] {
	return scanDateExpressions(text, context).matches;
}

/** The date of a single expression ("August 2016", "late 2015 and early 2016"): its first match, or null. */
export function parseDateExpression(text: string, context: DateContext = {}): EventDate | null {
	return findDateExpressions(text, context)[0]?.date ?? null;
}
