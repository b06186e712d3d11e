/**
 * Seasons, parts of years and year ranges as chrono parsers: "late 2015", "the summer of 2016", "2005 to 2008",
 * "late 2015 and early 2016", "by 2015".
 */
import * as chrono from 'chrono-node';
import { LONE_YEAR, RANGE_PREFIX, YEAR, makeDate, monthString } from './blocks';
import { findRead, gluedBefore, withReading } from './chrono-parsing';
import type { DateValue, Found } from './types';
import { QUANTITY_NOUNS, isPluralShaped, wordAfter } from './years';

export type Part = { from: number; to: number; wraps?: boolean };
export const PARTS: Record<string, Part> = {
	early: { from: 1, to: 4 },
	mid: { from: 5, to: 8 },
	late: { from: 9, to: 12 },
	spring: { from: 3, to: 5 },
	summer: { from: 6, to: 8 },
	autumn: { from: 9, to: 11 },
	winter: { from: 12, to: 2, wraps: true }
};
export const PART_WORDS: Record<string, string> = {
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
export const season = (n: string) =>
	`(?:(?<pw${n}>[Ee]arly|[Mm]id|[Ll]ate)(?:\\s+in)?[\\s-]+|(?:[Tt]he\\s+)?(?<pw${n}b>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\\s+of)?\\s+|[Tt]he\\s+(?<pw${n}c>middle|end|start|beginning|close)\\s+of\\s+)(?<sy${n}>${YEAR})(?:/(?:\\d{2}|${YEAR}))?(?![\\w%]|[.,:/]\\d)`;

export function seasonBounds(
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

const ENDPOINT = (n: string) => `(?:${season(n)}|${LONE_YEAR(`yy${n}`, true)})`;
const SEPARATOR = '(?<sep>to|until|till|through|thru|into|and(?:\\s+continuing)?\\s+(?:into|until|through)|and|-|–|—)';
const RANGE_PATTERN = new RegExp(
	`${RANGE_PREFIX}${ENDPOINT('1')}\\s*${SEPARATOR}\\s*(?:${season('2')}|(?<![\\w$£€¥.,:/])(?<yy2>${YEAR}|\\d{2})(?![\\w%]|[.,:/\\-–]\\d))`
);
const SEASON_PATTERN = new RegExp(`(?<by>[Bb]y\\s+)?${season('1')}`);
const BY_YEAR_PATTERN = new RegExp(`[Bb]y\\s+(?:the\\s+year\\s+)?${LONE_YEAR('y')}`);

/** Bare-year and season ranges: "2005 to 2008", "2012-13", "late 2015 and early 2016", "between 1999 and 2004". */
export const rangeParser: chrono.Parser = {
	pattern: () => RANGE_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		const index = match.index!;
		if (gluedBefore(context, index)) return null;
		const s1 = seasonBounds(g, '1');
		const s2 = seasonBounds(g, '2');
		const between = /^between$/i.test(g.pre ?? '');
		if (g.sep === 'and' && !between && !(s1 && s2)) return null;
		const startYear = s1 ? undefined : Number(g.yy1);
		let endYear = s2 ? undefined : Number(g.yy2);
		if (!s2 && g.yy2.length === 2) {
			// "2012-13": a two-digit end only after a dash, and only forward within the century.
			if (!/^[-–—]$/.test(g.sep) || s1) return null;
			endYear = Math.floor(startYear! / 100) * 100 + Number(g.yy2);
			if (endYear <= startYear!) return null;
		}
		// "between 1900 and 2000 jobs" counts jobs.
		const after = wordAfter(context.text, index + match[0].length);
		if (!s2 && (QUANTITY_NOUNS.has(after.toLowerCase()) || isPluralShaped(after))) return null;
		const value = makeDate(s1 ? s1.start : String(startYear), s2 ? s2.end : String(endYear), Boolean(g.least), {
			start: s1 ? 'season' : 'year',
			end: s2 ? 'season' : 'year'
		});
		return withReading(context.createParsingResult(index, match[0]), { kind: 'range', rank: 3, value });
	}
};

/** "late 2015", "the summer of 2016", "winter 2016/17"; after "by", approximate ("by late 2015"). */
export const seasonParser: chrono.Parser = {
	pattern: () => SEASON_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		const bounds = seasonBounds(g, '1')!;
		const value: DateValue = { start: bounds.start, end: bounds.end, precision: 'season', approximate: Boolean(g.by) };
		const kind = g.by ? 'by' : 'season';
		return withReading(context.createParsingResult(match.index!, match[0]), { kind, rank: 2, value });
	}
};

/** "by 2015", "by the year 2020": that year, approximate (it bounds a state, not an event). */
export const byYearParser: chrono.Parser = {
	pattern: () => BY_YEAR_PATTERN,
	extract: (context, match) => {
		const year = match.groups!.y;
		const value: DateValue = { start: year, end: year, precision: 'year', approximate: true };
		return withReading(context.createParsingResult(match.index!, match[0]), { kind: 'by', rank: 2, value });
	}
};

const seasonsChrono = new chrono.Chrono({ parsers: [rangeParser, seasonParser, byYearParser], refiners: [] });

/** Seasons, bare-year and season ranges ("2005 to 2008", "late 2015 and early 2016"), "by 2015". */
export function findSeasonsAndRanges(text: string): Found[] {
	return findRead(seasonsChrono, text);
}
