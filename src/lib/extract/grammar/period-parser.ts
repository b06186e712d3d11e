/**
 * Weeks, months and years against the publication date, as a chrono parser: "this week", "last month", "earlier
 * this month", "later this year", "the end of last year", "the beginning of the year".
 *
 * A week is the ISO week (Monday to Sunday), tagged `extract/week/2006-W14`; "the beginning/middle/end of" a year
 * is tagged `extract/part/<part>` (deictic.ts turns it into early, mid or late that year). "The year" alone is no
 * date: only a part of it names the publication year. "The week before" or "a year later" lean on the text's own
 * time (relative.ts), not on the publication date.
 */
import type * as chrono from 'chrono-node';
import { getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { SHIFTS, SHIFT_WORDS, tag } from './chrono-parsing';

const DAY = 86_400_000;
const PERIOD_PATTERN = new RegExp(
	`\\b(?:(?:the\\s+)?(?<part>beginning|start|middle|end|close)\\s+of\\s+|(?<side>earlier|later)\\s+)?(?:(?<shift>${SHIFT_WORDS})|(?<the>the))\\s+(?<unit>week|month|year)\\b(?!\\s+(?:before|after|earlier|later))`,
	'i'
);

/** "the end of last year", "the beginning of the year", "earlier this month", "later this year", "this week". */
export const periodParser: chrono.Parser = {
	pattern: () => PERIOD_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		// "the year" alone names the publication year only as a part of it: "the beginning of the year".
		if (g.the && !g.part) return null;
		const unit = g.unit.toLowerCase();
		const shift = g.shift ? SHIFTS[g.shift.toLowerCase()] : 0;
		const reference = new UTCDate(context.refDate.getTime());
		const result = context.createParsingResult(match.index!, match[0], {});
		if (unit === 'week') {
			const start = startOfISOWeek(new UTCDate(reference.getTime() + shift * 7 * DAY));
			result.start.assign('year', start.getUTCFullYear());
			result.start.assign('month', start.getUTCMonth() + 1);
			result.start.assign('day', start.getUTCDate());
			tag(result, 'week', `${getISOWeekYear(start)}-W${String(getISOWeek(start)).padStart(2, '0')}`);
			return result;
		}
		const year = reference.getUTCFullYear() + (unit === 'year' ? shift : 0);
		result.start.assign('year', year);
		if (unit === 'month') {
			const month = new Date(Date.UTC(year, reference.getUTCMonth() + shift, 1));
			result.start.assign('year', month.getUTCFullYear());
			result.start.assign('month', month.getUTCMonth() + 1);
		}
		if (g.part && unit === 'year') tag(result, 'part', g.part.toLowerCase());
		return result;
	}
};
