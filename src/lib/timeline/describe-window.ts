/**
 * The visible window in words ("Jun – Sep 2016"), for the range readout and for screen readers, at a precision that
 * matches how far the reader is zoomed: years when decades are in view, days when a week is.
 */
import { dateStringAt, MONTH_ABBREVIATIONS, MONTH_NAMES, utcYearLabel } from '../dates/event-dates';

const DAY = 86_400_000;

/** Windows at least this wide are described in years. */
export const YEAR_PRECISION_MS = 730 * DAY;

/** Windows at least this wide (and narrower than YEAR_PRECISION_MS) are described in months. */
export const MONTH_PRECISION_MS = 28 * DAY;

const DASH = ' – ';

// Written out by hand rather than with date-fns' format: every cluster badge and the range caption describe their
// window on every frame of a zoom, and format's pattern parsing was a visible share of each frame.
const year = utcYearLabel;
const monthLong = (d: Date) => MONTH_NAMES[d.getUTCMonth()];
const monthShort = (d: Date) => MONTH_ABBREVIATIONS[d.getUTCMonth()];

/** The window [start, end) in words: "1990 – 2017", "June 2014", "Jun – Sep 2016", "12 – 19 Aug 2016". */
export function describeWindow(start: number, end: number): string {
	const first = new Date(start);
	// The end is exclusive: the last instant shown is what the reader thinks of as the end.
	const last = new Date(Math.max(start, end - 1));
	const width = end - start;
	const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
	const sameMonth = sameYear && first.getUTCMonth() === last.getUTCMonth();
	const dayMonth = (d: Date) => `${d.getUTCDate()} ${monthShort(d)}`;

	if (width >= YEAR_PRECISION_MS) return sameYear ? year(first) : year(first) + DASH + year(last);
	if (width >= MONTH_PRECISION_MS) {
		if (sameMonth) return `${monthLong(first)} ${year(first)}`;
		if (sameYear) return monthShort(first) + DASH + `${monthShort(last)} ${year(last)}`;
		return `${monthShort(first)} ${year(first)}` + DASH + `${monthShort(last)} ${year(last)}`;
	}
	if (sameMonth && first.getUTCDate() === last.getUTCDate()) return `${dayMonth(first)} ${year(first)}`;
	if (sameMonth) return first.getUTCDate() + DASH + `${dayMonth(last)} ${year(last)}`;
	if (sameYear) return dayMonth(first) + DASH + `${dayMonth(last)} ${year(last)}`;
	return `${dayMonth(first)} ${year(first)}` + DASH + `${dayMonth(last)} ${year(last)}`;
}

/** The UTC calendar date of an instant as YYYY-MM-DD. */
export function toIsoDate(ms: number): string {
	return dateStringAt(ms, 'day');
}
