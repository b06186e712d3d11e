/**
 * Quarters against the publication date, as a chrono parser: "the third quarter", "last quarter", "this fiscal
 * quarter". A quarter with its year ("the third quarter of 2016", "Q3 2016") is quarters.ts's.
 *
 * An ordinal quarter is the publication year's unless it has not begun yet: "the fourth quarter" in a January
 * report is last year's. The quarter travels as the tag `extract/quarter/<n>`; chrono's month is its first month.
 */
import type * as chrono from 'chrono-node';
import { SHIFTS, SHIFT_WORDS, tag } from './chrono-parsing';
import { ORDINAL_WORDS } from './quarters';

const QUARTER_PATTERN = new RegExp(
	`\\b(?:the\\s+)?(?:(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)|(?<shift>${SHIFT_WORDS}))\\s+(?:fiscal\\s+|financial\\s+|calendar\\s+)?quarter\\b(?!\\s+(?:of\\s+)?(?:\\d|fiscal|financial))`,
	'i'
);

/** "the third quarter", "last quarter", "this fiscal quarter": a quarter of the publication year, or next to it. */
export const quarterParser: chrono.Parser = {
	pattern: () => QUARTER_PATTERN,
	extract: (context, match) => {
		const reference = context.refDate;
		const year = reference.getUTCFullYear();
		const current = Math.floor(reference.getUTCMonth() / 3) + 1;
		const ordinal = match.groups!.ordinal;
		let quarter = ordinal ? ORDINAL_WORDS[ordinal.toLowerCase()] : current + SHIFTS[match.groups!.shift.toLowerCase()];
		let quarterYear = year;
		// An ordinal quarter not yet begun is last year's ("the fourth quarter" in a January report).
		if (ordinal && quarter > current) quarterYear--;
		if (quarter < 1) [quarter, quarterYear] = [4, year - 1];
		if (quarter > 4) [quarter, quarterYear] = [1, year + 1];
		const result = context.createParsingResult(match.index!, match[0], { year: quarterYear, month: quarter * 3 - 2 });
		tag(result, 'quarter', quarter);
		return result;
	}
};
