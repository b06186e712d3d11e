/**
 * TimelineJS dates into Sourceline date strings, for ./timelinejs-document.ts: each field checked (whole numbers in
 * range, a real day of its month, no month without a year), then a start and an end made into a date with its
 * precision, and the text shown for it when the file gives none.
 */
import type { TimelineEvent } from '../model/timeline';
import { daysInMonth, dateStringWindow, formatDateString, granularityOf } from '../dates/event-dates';
import { failAt as fail, type ImportContext } from './result';

/** One input value and how messages should name where it came from (`start_date.month`, `column "Month"`). */
export interface RawField {
	value: unknown;
	label: string;
}

/** A TimelineJS date object before checking. */
export interface RawDate {
	year?: RawField;
	month?: RawField;
	day?: RawField;
	hour?: RawField;
	minute?: RawField;
	second?: RawField;
	millisecond?: RawField;
	/** The date's own display_date. */
	display?: string;
	/** How messages name the year field, present or not: `start_date.year`, `column "Year"`. */
	yearLabel: string;
}

/** Display text that says a date is approximate: "c. 2016", "circa", "about", "around", "approximately". */
export const APPROXIMATE = /\b(?:circa|approx(?:imately|\.)?|about|around|roughly)\b|(?:^|[\s(])c(?:a)?\.\s?\d|\?/i;

export interface ResolvedDate {
	value: string;
	time?: string;
}

function integer(field: RawField | undefined, who: string): number | undefined {
	if (!field) return undefined;
	const { value, label } = field;
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'number') {
		if (!Number.isInteger(value)) fail(who, `${label} is ${value}, not a whole number.`);
		return value;
	}
	if (typeof value === 'string') {
		const cleaned = value.replace(/[\s,]+/g, '');
		if (cleaned === '') return undefined;
		if (!/^[-+]?\d+(?:\.0+)?$/.test(cleaned)) fail(who, `${label} is "${value.slice(0, 40)}", not a whole number.`);
		return Number.parseInt(cleaned, 10);
	}
	fail(who, `${label} must be a number, not ${Array.isArray(value) ? 'a list' : typeof value}.`);
}

function inRange(
	n: number | undefined,
	field: RawField | undefined,
	min: number,
	max: number,
	what: string,
	who: string
) {
	if (n !== undefined && (n < min || n > max)) fail(who, `${field!.label} is ${n}; ${what} must be ${min}–${max}.`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A checked date string (and time of day) from a raw date; undefined when it has no fields at all. */
export function resolveDate(raw: RawDate | undefined, who: string, ctx: ImportContext): ResolvedDate | undefined {
	if (!raw) return undefined;
	const year = integer(raw.year, who);
	const month = integer(raw.month, who);
	const day = integer(raw.day, who);
	let hour = integer(raw.hour, who);
	let minute = integer(raw.minute, who);
	let second = integer(raw.second, who);
	const millisecond = integer(raw.millisecond, who);
	if (year === undefined) {
		const given = [raw.month, raw.day, raw.hour, raw.minute].find(
			(f, i) => [month, day, hour, minute][i] !== undefined
		);
		if (given) fail(who, `${given.label} is given but the year (${raw.yearLabel}) is missing.`);
		return undefined;
	}
	const yearLabel = raw.yearLabel;
	if (year < 0) {
		fail(
			who,
			`${yearLabel} is ${year}: BCE (negative) years are not supported, because Sourceline dates are 4-digit years 0000–9999.`
		);
	}
	if (year > 9999) fail(who, `${yearLabel} is ${year}: years after 9999 are not supported.`);
	inRange(month, raw.month, 1, 12, 'a month', who);
	if (day !== undefined && month === undefined) fail(who, `${raw.day!.label} is given without a month.`);
	if (day !== undefined)
		inRange(day, raw.day, 1, daysInMonth(year, month!), `a day of ${pad(year, 4)}-${pad(month!)}`, who);
	inRange(hour, raw.hour, 0, 23, 'an hour', who);
	inRange(minute, raw.minute, 0, 59, 'a minute', who);
	inRange(second, raw.second, 0, 59, 'a second', who);
	inRange(millisecond, raw.millisecond, 0, 999, 'a millisecond', who);
	if (hour === undefined && (minute !== undefined || second !== undefined)) {
		fail(who, `${(minute !== undefined ? raw.minute : raw.second)!.label} is given without an hour.`);
	}
	if (hour !== undefined && day === undefined) {
		ctx.warnings.add(`${who}: ${raw.hour!.label} is given without a day, so the time of day was left out.`);
		hour = minute = second = undefined;
	}
	let value = pad(year, 4);
	if (month !== undefined) value += `-${pad(month)}`;
	if (day !== undefined) value += `-${pad(day)}`;
	const time =
		hour === undefined ? undefined : `${pad(hour)}:${pad(minute ?? 0)}${second ? `:${pad(second)}` : ''}`.trim();
	return { value, time };
}

/** The last month of a year, or the last day of a month: one step finer, at the end. */
function lastSubunit(value: string): string {
	if (value.length === 4) return `${value}-12`;
	const [year, month] = value.split('-').map(Number);
	return `${value}-${pad(daysInMonth(year, month))}`;
}

export interface EventDateParts {
	start: string;
	end: string;
	precision: TimelineEvent['date']['precision'];
	startTime?: string;
	endTime?: string;
}

/** Start, end and precision of a slide's date; refuses an end before the start. */
export function eventDateParts(
	start: ResolvedDate,
	end: ResolvedDate | undefined,
	who: string,
	ctx: ImportContext
): EventDateParts {
	const single = (): EventDateParts => ({
		start: start.value,
		end: start.value,
		precision: granularityOf(start.value),
		startTime: start.time,
		endTime: end && end.value === start.value ? end.time : undefined
	});
	if (!end || end.value === start.value) return single();
	const startWindow = dateStringWindow(start.value);
	let endValue = end.value;
	if (dateStringWindow(endValue).end <= startWindow.start) {
		fail(who, `the end date ${endValue} is before the start date ${start.value}.`);
	}
	// An end coarser than the start that contains it ("2016-08-24 to 2016") means "to the end of that year/month".
	while (dateStringWindow(endValue).start < startWindow.start && granularityOf(endValue) !== 'day') {
		endValue = lastSubunit(endValue);
	}
	if (dateStringWindow(endValue).end <= startWindow.end) {
		ctx.warnings.add(
			`${who}: the end date ${end.value} falls within ${start.value}, so the event is dated ${start.value}.`
		);
		return single();
	}
	if (endValue !== end.value) {
		ctx.warnings.add(`${who}: the end date ${end.value} was read as ${endValue}, the end of that period.`);
	}
	return { start: start.value, end: endValue, precision: 'span', startTime: start.time, endTime: end.time };
}

export function generatedDateText(parts: EventDateParts): string {
	const at = (value: string, time?: string) => formatDateString(value) + (time ? `, ${time}` : '');
	if (parts.precision === 'span') return `${at(parts.start, parts.startTime)} – ${at(parts.end, parts.endTime)}`;
	const text = at(parts.start, parts.startTime);
	return parts.endTime && parts.startTime && parts.endTime !== parts.startTime ? `${text}–${parts.endTime}` : text;
}
