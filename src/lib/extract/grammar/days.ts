/** Day and month ranges and "Month the Nth": "From May the 4th until September the 23rd 2016", "4-9 May", "May to June 2016". */
import {
	LONE_YEAR,
	MONTH,
	ORDINAL,
	RANGE_PREFIX,
	RANGE_SEP,
	contextYear,
	day,
	dayString,
	makeDate,
	matches,
	monthNumber,
	monthString
} from './blocks';
import type { Found } from './types';

// Recognisers

/** Day bound from a `day(n)` match, with the year of that side when written. */
export function dayParts(groups: Record<string, string | undefined>, n: string): { month: number; day: number } {
	const month = monthNumber(groups[`ma${n}`] ?? groups[`mb${n}`]!);
	return { month, day: Number(groups[`da${n}`] ?? groups[`db${n}`]) };
}

/** Years for a range whose start may lack one: the written years, else the end's (the year before when it wraps). */
export function rangeYears(
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

export function findDayRanges(text: string): Found[] {
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
					contextYear(anchor, referenceYear, from.month, from.day)
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
				const year = g.y ? Number(g.y) : contextYear(anchor, referenceYear, month, Number(g.d1));
				if (year === undefined) return null;
				return makeDate(dayString(year, month, Number(g.d1)), dayString(year, month, Number(g.d2)), !g.y);
			}
		});
	}
	return found;
}

/** "May the 4th 2016": the one common day form chrono does not read. */
export function findMonthTheDay(text: string): Found[] {
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
				const year = g.y ? Number(g.y) : contextYear(anchor, referenceYear, monthNumber(g.m), Number(g.d));
				if (year === undefined) return null;
				const value = dayString(year, monthNumber(g.m), Number(g.d));
				return makeDate(value, value, !g.y);
			}
		});
	}
	return found;
}

export function findMonthRanges(text: string): Found[] {
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
				const years = rangeYears(y1, y2, m1, m2, contextYear(anchor, referenceYear, m1));
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
