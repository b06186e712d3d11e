/**
 * What the extractor's chrono parsers share: the words that shift a unit ("last quarter", "next fiscal year"), tags
 * that carry what chrono's components do not keep apart (a week, a quarter, part of a year, a fiscal year), a
 * parser's own reading of a date that needs no anchor, and the look-behind chrono's search cannot do.
 */
import type * as chrono from 'chrono-node';
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

/** What a parser of a date that needs no anchor makes of its match: its kind, its rank among overlaps, its date. */
export interface Reading {
	kind: ExpressionKind;
	rank: number;
	value: DateValue | null;
}
const readings = new WeakMap<chrono.ParsedResult, Reading>();

/** Keeps a parser's reading beside its result (chrono hands back the same object when no refiner copies it). */
export function withReading(result: chrono.ParsingResult, reading: Reading): chrono.ParsingResult {
	readings.set(result, reading);
	return result;
}

/** The expressions a chrono of such parsers (and no refiners) finds in `text`. */
export function findRead(parser: chrono.Chrono, text: string): Found[] {
	return parser.parse(text).flatMap((result) => {
		const reading = readings.get(result);
		if (!reading) return [];
		const { kind, rank, value } = reading;
		return [{ index: result.index, end: result.index + result.text.length, kind, rank, resolve: () => value }];
	});
}
