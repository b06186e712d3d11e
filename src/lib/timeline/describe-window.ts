/**
 * The visible window in words ("Jun – Sep 2016"), for the range readout and for screen readers, at a precision that
 * matches how far the reader is zoomed: years when decades are in view, days when a week is.
 */
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';

const DAY = 86_400_000;

/** Windows at least this wide are described in years. */
export const YEAR_PRECISION_MS = 730 * DAY;

/** Windows at least this wide (and narrower than YEAR_PRECISION_MS) are described in months. */
export const MONTH_PRECISION_MS = 28 * DAY;

const DASH = ' – ';

/** The window [start, end) in words: "1990 – 2017", "June 2014", "Jun – Sep 2016", "12 – 19 Aug 2016". */
export function describeWindow(start: number, end: number): string {
	const first = new UTCDate(start);
	// The end is exclusive: the last instant shown is what the reader thinks of as the end.
	const last = new UTCDate(Math.max(start, end - 1));
	const width = end - start;
	const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
	const sameMonth = sameYear && first.getUTCMonth() === last.getUTCMonth();

	if (width >= YEAR_PRECISION_MS) {
		return sameYear ? format(first, 'yyyy') : format(first, 'yyyy') + DASH + format(last, 'yyyy');
	}
	if (width >= MONTH_PRECISION_MS) {
		if (sameMonth) return format(first, 'MMMM yyyy');
		if (sameYear) return format(first, 'MMM') + DASH + format(last, 'MMM yyyy');
		return format(first, 'MMM yyyy') + DASH + format(last, 'MMM yyyy');
	}
	if (sameMonth && first.getUTCDate() === last.getUTCDate()) return format(first, 'd MMM yyyy');
	if (sameMonth) return format(first, 'd') + DASH + format(last, 'd MMM yyyy');
	if (sameYear) return format(first, 'd MMM') + DASH + format(last, 'd MMM yyyy');
	return format(first, 'd MMM yyyy') + DASH + format(last, 'd MMM yyyy');
}

/** The UTC calendar date of an instant as YYYY-MM-DD. */
export function toIsoDate(ms: number): string {
	return format(new UTCDate(ms), 'yyyy-MM-dd');
}
