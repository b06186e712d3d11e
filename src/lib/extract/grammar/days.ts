/**
 * Day and month ranges and "Month the Nth" as chrono parsers: "From May the 4th until September the 23rd 2016",
 * "between 4 and 9 May 2016", "from June to August 2016", "May the 4th". Each result carries the month, day and
 * year the text writes as chrono's certain components; a missing year is the anchor's (`readParts`).
 *
 * chrono's British parser reads a range of days in one month ("4-9 May", "May 24-29") and a range of months
 * ("January to March 2000") to the same dates as these parsers did, so without a lead word those are left to it
 * (calendar.ts). These parsers read what it lacks or misreads: a range led by "from", "between" or "from at least"
 * (the words belong to the range), "between A and B", "the 4th to the 9th of May", "Month the Nth", and any range
 * across months ("May 28 to June 3": chrono takes the 28 for the year 2028).
 */
import * as chrono from 'chrono-node';
import { LONE_YEAR, MONTH, ORDINAL, RANGE_PREFIX, RANGE_SEP, day, monthNumber } from './blocks';
import { findRead, gluedBefore, withReading } from './chrono-parsing';
import type { Found } from './types';

/** The month, day and (when written) year of side `n` of a `day(n)` match, as chrono components. */
function dayComponents(groups: Record<string, string | undefined>, n: string, year?: string) {
	const month = monthNumber(groups[`ma${n}`] ?? groups[`mb${n}`]!);
	return { month, day: Number(groups[`da${n}`] ?? groups[`db${n}`]), ...(year ? { year: Number(year) } : {}) };
}

/** A range's lead and separator: "and" only after "between"; without a lead, only a form chrono cannot read. */
function readsAsRange(groups: Record<string, string | undefined>, chronoLacks: boolean): boolean {
	if (groups.sep === 'and') return /^between$/i.test(groups.pre ?? '');
	return Boolean(groups.pre) || chronoLacks;
}

const DAY_RANGE_PATTERN = new RegExp(
	`${RANGE_PREFIX}${day('1')}(?:,?\\s+${LONE_YEAR('y1', true)})?\\s*${RANGE_SEP}\\s*${day('2')}(?:,?\\s+${LONE_YEAR('y2')})?`
);
const SAME_MONTH_PATTERN = new RegExp(
	`${RANGE_PREFIX}(?:the\\s+)?(?<d1>\\d{1,2})${ORDINAL}\\s*${RANGE_SEP}\\s*(?:the\\s+)?(?<d2>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(?<m>${MONTH})(?:,?\\s+${LONE_YEAR('y')})?`
);
const MONTH_THE_DAY_PATTERN = new RegExp(
	`(?<m>${MONTH})\\s+the\\s+(?<d>\\d{1,2})${ORDINAL}(?![\\d:])(?:,?\\s+${LONE_YEAR('y')})?`
);
const MONTH_RANGE_PATTERN = new RegExp(
	`${RANGE_PREFIX}(?<m1>${MONTH})(?:,?\\s+${LONE_YEAR('y1', true)})?\\s*${RANGE_SEP}\\s*(?<m2>${MONTH})(?:,?\\s+${LONE_YEAR('y2')})?`
);

/** "From May the 4th until September the 23rd 2016", "from 4 May to 23 September 2016", "between May 4 and May 9". */
export const dayRangeParser: chrono.Parser = {
	pattern: () => DAY_RANGE_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		if (gluedBefore(context, match.index!) || !readsAsRange(g, true)) return null;
		const result = context.createParsingResult(
			match.index!,
			match[0],
			dayComponents(g, '1', g.y1),
			dayComponents(g, '2', g.y2)
		);
		return withReading(result, { kind: 'day-range', rank: 3, approximate: Boolean(g.least) });
	}
};

/** "between 4 and 9 May 2016", "the 4th to the 9th of May": both days in one month. */
export const sameMonthRangeParser: chrono.Parser = {
	pattern: () => SAME_MONTH_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		if (gluedBefore(context, match.index!) || !readsAsRange(g, /\b(?:the|of)\s/.test(match[0]))) return null;
		const month = monthNumber(g.m);
		const year = g.y ? { year: Number(g.y) } : {};
		const result = context.createParsingResult(
			match.index!,
			match[0],
			{ month, day: Number(g.d1), ...year },
			{ month, day: Number(g.d2), ...year }
		);
		return withReading(result, { kind: 'day-range', rank: 3, approximate: Boolean(g.least) });
	}
};

/** "May the 4th 2016": the one common day form chrono does not read. */
export const monthTheDayParser: chrono.Parser = {
	pattern: () => MONTH_THE_DAY_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		const result = context.createParsingResult(match.index!, match[0], {
			month: monthNumber(g.m),
			day: Number(g.d),
			...(g.y ? { year: Number(g.y) } : {})
		});
		return withReading(result, { kind: 'calendar', rank: 2, approximate: false });
	}
};

/** "From May 1998 to September 1999", "between June and August 2016", "from December to February 2001". */
export const monthRangeParser: chrono.Parser = {
	pattern: () => MONTH_RANGE_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		// Without a lead, chrono reads "January to March 2000"; a bare "May to June" is read only after one.
		if (!readsAsRange(g, false)) return null;
		const year = (written?: string) => (written ? { year: Number(written) } : {});
		const result = context.createParsingResult(
			match.index!,
			match[0],
			{ month: monthNumber(g.m1), ...year(g.y1) },
			{ month: monthNumber(g.m2), ...year(g.y2) }
		);
		return withReading(result, { kind: 'month-range', rank: 3, approximate: Boolean(g.least) });
	}
};

const daysChrono = new chrono.Chrono({
	parsers: [dayRangeParser, sameMonthRangeParser, monthTheDayParser, monthRangeParser],
	refiners: []
});

/** The day and month ranges and "Month the Nth" days of `text` that chrono's own parsers lack. */
export function findDays(text: string): Found[] {
	return findRead(daysChrono, text);
}
