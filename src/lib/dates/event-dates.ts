/**
 * The date model: what a written date ("2016", "2016-08", "2016-08-24") covers in time, how precise it is,
 * and how to say it back to a reader. Windows are UTC instants with an exclusive end, so a day, a month and a
 * year all have a width and can be drawn as such.
 */
import { getDaysInMonth, lightFormat } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { BoundPrecision, EventDate } from '../model/timeline';

export interface TimeWindow {
	/** First instant, ms since the epoch (UTC). */
	start: number;
	/** First instant after the window, ms since the epoch (UTC). */
	end: number;
}

export type Granularity = 'year' | 'month' | 'day';

/** English month names, January first. */
export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** English month abbreviations as dates are written in the app: "Jan" … "Dec". */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3));

/** A UTC year as written: four digits ("2016", "0800"), with a sign before year 1 ("-0044"). */
export function utcYearLabel(date: Date): string {
	const year = date.getUTCFullYear();
	const digits = String(Math.abs(year)).padStart(4, '0');
	return year < 0 ? `-${digits}` : digits;
}

/**
 * A UTC instant's calendar date in a date-fns pattern of `d`, `M` and `y` tokens, with `MMM` and `MMMM` for the month's
 * name ("d MMM yyyy" → "23 Aug 2016"). date-fns `lightFormat` does the formatting: unlike `format` it carries no
 * locale, which would bring all of date-fns's English (its date parsing too) onto the first page, so the month's
 * English name, as `format` would write it, is put into the pattern as quoted text.
 */
export function formatUtc(instant: number, pattern: string): string {
	const month = MONTH_NAMES[new Date(instant).getUTCMonth()];
	const named = pattern.replace(/M{3,4}/g, (token) => `'${token.length === 4 ? month : month.slice(0, 3)}'`);
	return lightFormat(new UTCDate(instant), named);
}

interface DateParts {
	year: number;
	month?: number;
	day?: number;
}

/** The parts of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string, or an error saying why it is not a real date. */
export function parseDateString(value: string): DateParts | { error: string } {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!match) return { error: `"${value}" is not YYYY, YYYY-MM or YYYY-MM-DD` };
	const year = Number(match[1]);
	if (match[2] === undefined) return { year };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return { error: `"${value}" has no month ${match[2]}` };
	if (match[3] === undefined) return { year, month };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) {
		return { error: `"${value}" is not a real day (${monthName(month)} ${year} has ${daysInMonth(year, month)} days)` };
	}
	return { year, month, day };
}

// Every day-precise date string checked asks for its month's length: a big file has thousands of days in a few
// hundred months, and a UTCDate for each took a good part of checking its dates.
const monthLengths = new Map<number, number>();

/** Days in a month of the proleptic Gregorian calendar (month 1-12), years 0-9999 alike. */
export function daysInMonth(year: number, month: number): number {
	const key = year * 12 + month;
	let days = monthLengths.get(key);
	if (days === undefined) {
		days = getDaysInMonth(new UTCDate(utc(year, month - 1, 1)));
		monthLengths.set(key, days);
	}
	return days;
}

function monthName(month: number): string {
	return MONTH_NAMES[month - 1];
}

function utc(year: number, monthIndex: number, day: number): number {
	// Date.UTC reads years 0-99 as 1900-1999, so only those take the slow road.
	if (year >= 100) return Date.UTC(year, monthIndex, day);
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	date.setUTCHours(0, 0, 0, 0);
	return date.getTime();
}

/** How fine a date string is: a year, a month or a day. */
export function granularityOf(value: string): Granularity {
	return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** The window a date string covers: all of its year, month or day. Throws on an invalid string. */
export function dateStringWindow(value: string): TimeWindow {
	const covered = windowOrError(value);
	if ('error' in covered) throw new Error(covered.error);
	return covered;
}

// Loading a file reads each date string several times over (checks, ordering, the view's index): remember the
// windows of the last many strings read. Frozen, because they are shared.
const MAX_REMEMBERED = 50_000;
const windows = new Map<string, TimeWindow>();

/** The window of a date string, or why it is not a real date; a string read before costs one lookup. */
function windowOrError(value: string): TimeWindow | { error: string } {
	const known = windows.get(value);
	if (known) return known;
	const parts = parseDateString(value);
	if ('error' in parts) return parts;
	const { year, month, day } = parts;
	const covered =
		month === undefined
			? { start: utc(year, 0, 1), end: utc(year + 1, 0, 1) }
			: day === undefined
				? { start: utc(year, month - 1, 1), end: utc(year, month, 1) }
				: { start: utc(year, month - 1, day), end: utc(year, month - 1, day + 1) };
	return remember(windows, value, Object.freeze(covered));
}

function remember<T>(memory: Map<string, T>, key: string, value: T): T {
	if (memory.size >= MAX_REMEMBERED) memory.clear();
	memory.set(key, value);
	return value;
}

/** From the start of `start` to the end of `end`, each taken at the precision it is written. */
export function rangeWindow(start: string, end: string): TimeWindow {
	return { start: dateStringWindow(start).start, end: dateStringWindow(end).end };
}

/** The stretch of time an event's date covers. */
export function eventWindow(date: Pick<EventDate, 'start' | 'end'>): TimeWindow {
	return rangeWindow(date.start, date.end);
}

/** Midpoint of a window, where a point marker for an imprecise date sits. */
export function windowMid(span: TimeWindow): number {
	return span.start + (span.end - span.start) / 2;
}

/** Named parts of a year, by first and last month. */
export const YEAR_PARTS = [
	{ name: 'early', from: 1, to: 4 },
	{ name: 'mid', from: 5, to: 8 },
	{ name: 'late', from: 9, to: 12 },
	{ name: 'spring', from: 3, to: 5 },
	{ name: 'summer', from: 6, to: 8 },
	{ name: 'autumn', from: 9, to: 11 }
] as const;

function monthOf(value: string): number | undefined {
	return value.length >= 7 ? Number(value.slice(5, 7)) : undefined;
}

function yearOf(value: string): number {
	return Number(value.slice(0, 4));
}

/** The part of a year ("early", "mid", "summer"...) that runs exactly from `start` to `end`, if any. */
export function yearPartOf(start: string, end: string): string | undefined {
	const from = monthOf(start);
	const to = monthOf(end);
	if (from === undefined || to === undefined || start.length !== 7 || end.length !== 7) return undefined;
	if (yearOf(start) === yearOf(end)) {
		return YEAR_PARTS.find((part) => part.from === from && part.to === to)?.name;
	}
	if (yearOf(end) === yearOf(start) + 1 && from === 12 && to === 2) return 'winter';
	return undefined;
}

function isQuarterRange(start: string, end: string): boolean {
	const from = monthOf(start);
	const to = monthOf(end);
	return (
		start.length === 7 &&
		end.length === 7 &&
		from !== undefined &&
		to !== undefined &&
		yearOf(start) === yearOf(end) &&
		(from - 1) % 3 === 0 &&
		to % 3 === 0 &&
		to >= from
	);
}

/** Problems with an event date, each one sentence naming the field; empty when the date is sound. */
export function dateProblems(date: EventDate): { field: string; message: string }[] {
	const problems: { field: string; message: string }[] = [];
	const start = windowOrError(date.start);
	const end = windowOrError(date.end);
	if ('error' in start) problems.push({ field: 'date.start', message: start.error });
	if ('error' in end) problems.push({ field: 'date.end', message: end.error });
	if ('error' in start || 'error' in end) return problems;
	if (end.start < start.start) {
		problems.push({ field: 'date.end', message: `end ${date.end} is before start ${date.start}` });
		return problems;
	}
	const misfit = precisionMisfit(date, start, end);
	if (misfit)
		problems.push({
			field: 'date.precision',
			message: `precision "${date.precision}" does not fit ${date.start}..${date.end}: ${misfit}`
		});
	if (date.precision !== 'span' && (date.startPrecision || date.endPrecision)) {
		problems.push({ field: 'date.startPrecision', message: 'startPrecision and endPrecision belong to spans only' });
	}
	return problems;
}

/** Why `date`'s precision does not fit its start and end, or null when it does. (A switch: this runs per event.) */
function precisionMisfit(date: EventDate, start: TimeWindow, end: TimeWindow): string | null {
	const same = date.start === date.end;
	switch (date.precision) {
		case 'day':
			return same && granularityOf(date.start) === 'day' ? null : 'a day needs start = end as YYYY-MM-DD';
		case 'month':
			return same && granularityOf(date.start) === 'month' ? null : 'a month needs start = end as YYYY-MM';
		case 'year':
			return same && granularityOf(date.start) === 'year' ? null : 'a year needs start = end as YYYY';
		case 'season':
			return yearPartOf(date.start, date.end)
				? null
				: 'a season needs YYYY-MM bounds of a part of the year (early 01-04, mid 05-08, late 09-12, spring 03-05, summer 06-08, autumn 09-11, winter 12-02)';
		case 'quarter':
			return isQuarterRange(date.start, date.end)
				? null
				: 'quarters need YYYY-MM bounds on quarter edges (e.g. 2016-01 to 2016-06)';
		case 'span':
			return end.end > start.end ? null : 'a span must run past its start unit; use day, month or year instead';
	}
}

function formatBound(value: string, precision: BoundPrecision | undefined, side: 'start' | 'end'): string {
	if (precision === 'season' && value.length === 7) {
		const month = monthOf(value)!;
		const part = YEAR_PARTS.find(
			(p) => (side === 'start' ? p.from === month : p.to === month) && p.from !== 3 && p.from !== 6 && p.to !== 11
		);
		if (part) return part.name === 'mid' ? `mid-${yearOf(value)}` : `${part.name} ${yearOf(value)}`;
	}
	if (precision === 'quarter' && value.length === 7) {
		const month = monthOf(value)!;
		return `Q${Math.ceil(month / 3)} ${yearOf(value)}`;
	}
	return formatDateString(value);
}

/** "23 Aug 2016", "Aug 2016" or "2016", as precise as the string is written. */
export function formatDateString(value: string): string {
	const known = labels.get(value);
	if (known !== undefined) return known;
	const { start } = dateStringWindow(value);
	const pattern = { year: 'yyyy', month: 'MMM yyyy', day: 'd MMM yyyy' }[granularityOf(value)];
	return remember(labels, value, formatUtc(start, pattern));
}

// Labels are asked for again on every render of the list and the markers: remembered like windows.
const labels = new Map<string, string>();

/** An event's date as a reader should see it, keeping its precision: "23 Aug 2016", "mid-2016", "c. Nov 2016". */
export function formatEventDate(date: EventDate): string {
	const label = (() => {
		switch (date.precision) {
			case 'day':
			case 'month':
			case 'year':
				return formatDateString(date.start);
			case 'season': {
				const part = yearPartOf(date.start, date.end);
				if (part === 'mid') return `mid-${yearOf(date.start)}`;
				if (part) return `${part} ${yearOf(date.start)}`;
				return `${formatDateString(date.start)} – ${formatDateString(date.end)}`;
			}
			case 'quarter': {
				const from = Math.ceil(monthOf(date.start)! / 3);
				const to = Math.ceil(monthOf(date.end)! / 3);
				return from === to ? `Q${from} ${yearOf(date.start)}` : `Q${from}–Q${to} ${yearOf(date.start)}`;
			}
			case 'span':
				return `${formatBound(date.start, date.startPrecision, 'start')} – ${formatBound(date.end, date.endPrecision, 'end')}`;
		}
	})();
	return date.approximate ? `c. ${label}` : label;
}

/** True when two windows share at least one instant (ends are exclusive, so touching windows do not overlap). */
export function windowsOverlap(a: TimeWindow, b: TimeWindow): boolean {
	return a.start < b.end && b.start < a.end;
}

/** The `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string of the year, month or day holding a UTC instant. */
export function dateStringAt(instant: number, granularity: Granularity): string {
	const date = new Date(instant);
	const year = String(date.getUTCFullYear()).padStart(4, '0');
	const month = String(date.getUTCMonth() + 1).padStart(2, '0');
	const day = String(date.getUTCDate()).padStart(2, '0');
	return granularity === 'year' ? year : granularity === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`;
}
