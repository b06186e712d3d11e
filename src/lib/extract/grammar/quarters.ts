/**
 * Quarters and halves of a year that name their year, as chrono parsers: "the first two quarters of 2016", "Q3
 * 2016", "the second half of 2016". Quarters without a year are read against the publication date
 * (quarter-parser.ts).
 */
import * as chrono from 'chrono-node';
import { LONE_YEAR, monthString } from './blocks';
import { findRead, withReading } from './chrono-parsing';
import type { DateValue, Found } from './types';

export const ORDINAL_WORDS: Record<string, number> = {
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
export const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };

const ORDINALS = Object.keys(ORDINAL_WORDS).join('|');
const QUARTERS_PATTERN = new RegExp(
	`(?:[Tt]he\\s+)?(?<o>${ORDINALS})\\s+(?:(?<c>two|three|four|[234])\\s+)?quarters?\\s+(?:of\\s+)?${LONE_YEAR('y')}`,
	'i'
);
const HALF_PATTERN = new RegExp(`(?:[Tt]he\\s+)?(?<h>first|second)\\s+half\\s+of\\s+${LONE_YEAR('y')}`, 'i');
const Q_PATTERN = new RegExp(`\\bQ(?<q1>[1-4])(?:\\s*[-–]\\s*Q(?<q2>[1-4]))?\\s+(?:of\\s+)?${LONE_YEAR('y')}`);

/** A chrono result for quarters `fromQ..toQ` of `year`; null when out of range. */
function quarterResult(
	context: chrono.ParsingContext,
	match: RegExpMatchArray,
	year: number,
	fromQ: number,
	toQ: number
) {
	if (fromQ < 1 || toQ > 4 || toQ < fromQ) return null;
	const value: DateValue = {
		start: monthString(year, fromQ * 3 - 2),
		end: monthString(year, toQ * 3),
		precision: 'quarter',
		approximate: false
	};
	return withReading(context.createParsingResult(match.index!, match[0]), { kind: 'quarter', rank: 2, value });
}

/** "the third quarter of 2016", "the first two quarters of 2016", "the last two quarters of 2016". */
export const quartersOfYearParser: chrono.Parser = {
	pattern: () => QUARTERS_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		const ordinal = ORDINAL_WORDS[g.o.toLowerCase()];
		const count = g.c ? COUNT_WORDS[g.c.toLowerCase()] : 1;
		// "the last two quarters" counts back from the fourth.
		const [fromQ, toQ] = ordinal === 4 && count > 1 ? [5 - count, 4] : [ordinal, ordinal + count - 1];
		return quarterResult(context, match, Number(g.y), fromQ, toQ);
	}
};

/** "the second half of 2016": the third and fourth quarters. */
export const halfOfYearParser: chrono.Parser = {
	pattern: () => HALF_PATTERN,
	extract: (context, match) => {
		const half = match.groups!.h.toLowerCase() === 'first' ? 1 : 3;
		return quarterResult(context, match, Number(match.groups!.y), half, half + 1);
	}
};

/** "Q3 2016", "Q1-Q2 2016", "Q4 of 2015". */
export const quarterCodeParser: chrono.Parser = {
	pattern: () => Q_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		return quarterResult(context, match, Number(g.y), Number(g.q1), Number(g.q2 ?? g.q1));
	}
};

const quartersChrono = new chrono.Chrono({
	parsers: [quartersOfYearParser, halfOfYearParser, quarterCodeParser],
	refiners: []
});

/** The quarters and halves of a year that `text` names with their year. */
export function findQuarters(text: string): Found[] {
	return findRead(quartersChrono, text);
}
