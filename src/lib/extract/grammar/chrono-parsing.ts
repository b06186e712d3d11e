/**
 * What the extractor's chrono parsers share: the words that shift a unit ("last quarter", "next fiscal year"), tags
 * that carry what chrono's components do not keep apart (a week, a quarter, part of a year, a fiscal year), a
 * parser's own reading of a date, the reading of a month or day whose year the anchor gives, and the look-behind
 * chrono's search cannot do.
 */
import type * as chrono from 'chrono-node';
import { contextYear, dayString, makeDate, monthString } from './blocks';
import type { DateValue, ExpressionKind, Found } from './types';

export const SHIFTS: Record<string, number> = {
	this: 0,
	current: 0,
	last: -1,
	past: -1,
	previous: -1,
	next: 1,
	coming: 1
};
export const SHIFT_WORDS = Object.keys(SHIFTS).join('|');

export function tag(result: chrono.ParsingResult, name: string, value: string | number): void {
	result.addTag(`extract/${name}/${value}`);
}

/** The value a parser tagged its result with, or undefined. */
export function tagged(result: chrono.ParsedResult, name: string): string | undefined {
	for (const t of result.tags()) if (t.startsWith(`extract/${name}/`)) return t.slice(name.length + 9);
	return undefined;
}

const GLUED_BEFORE = /[\w$£€¥.,:/\-–]$/;
/**
 * True when what stands right before `index` is glued to a number there ("$2016", "2.2016", "-2016"): chrono
 * restarts its search after each match, so a pattern's look-behind cannot see past where it restarted.
 */
export function gluedBefore(context: chrono.ParsingContext, index: number): boolean {
	return GLUED_BEFORE.test(context.text.slice(Math.max(0, index - 1), index));
}

/**
 * What a parser makes of its match: its kind, its rank among overlaps, and either its date (`value`, needing no
 * anchor) or, for a month or day that may lack its year, whether it is approximate beyond that (`approximate`: "from
 * at least 4 May"); the written parts are chrono's certain components, the missing year the anchor's.
 */
export type Reading = { kind: ExpressionKind; rank: number } & ({ value: DateValue | null } | { approximate: boolean });
const readings = new WeakMap<chrono.ParsedResult, Reading>();

/** Keeps a parser's reading beside its result (chrono hands back the same object when no refiner copies it). */
export function withReading(result: chrono.ParsingResult, reading: Reading): chrono.ParsingResult {
	readings.set(result, reading);
	return result;
}

/** The expressions a chrono of such parsers (and no refiners) finds in `text`. */
export function findRead(parser: chrono.Chrono, text: string): Found[] {
	return parser.parse(text).flatMap((result): Found[] => {
		const reading = readings.get(result);
		if (!reading) return [];
		const { kind, rank } = reading;
		const at = { index: result.index, end: result.index + result.text.length, kind, rank };
		if ('value' in reading) return [{ ...at, resolve: () => reading.value }];
		const start = chronoParts(result.start);
		const finish = result.end ? chronoParts(result.end) : undefined;
		const usesAnchor = start.year === undefined && finish?.year === undefined;
		return [{ ...at, usesAnchor, resolve: readParts(start, finish, reading.approximate) }];
	});
}

/** The parts of a date that a text writes: chrono's certain components. */
export interface Parts {
	year?: number;
	month?: number;
	day?: number;
}

export function chronoParts(components: chrono.ParsedComponents): Parts {
	const known = (component: chrono.Component) =>
		components.isCertain(component) ? (components.get(component) ?? undefined) : undefined;
	return { year: known('year'), month: known('month'), day: known('day') };
}

export function partsString(parts: Parts, year: number): string {
	if (parts.month === undefined) return String(year);
	if (parts.day === undefined) return monthString(year, parts.month);
	return dayString(year, parts.month, parts.day);
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

/**
 * The date of written parts (`finish` for a range), a missing year taken from the anchor (see `contextYear`), which
 * makes it approximate; `approximate` marks it so anyway.
 */
export function readParts(start: Parts, finish: Parts | undefined, approximate: boolean): Found['resolve'] {
	return (anchor, referenceYear) => {
		const fallback = contextYear(anchor, referenceYear, start.month, start.day);
		if (!finish) {
			const year = start.year ?? fallback;
			if (year === undefined) return null;
			const value = partsString(start, year);
			return makeDate(value, value, start.year === undefined || approximate);
		}
		const key = (parts: Parts) => (parts.month ?? 0) * 100 + (parts.day ?? 0);
		const years = rangeYears(start.year, finish.year, key(start), key(finish), fallback);
		if (!years) return null;
		return makeDate(partsString(start, years.start), partsString(finish, years.end), years.approximate || approximate);
	};
}
