/**
 * What the extractor's chrono parsers share: the words that shift a unit ("last quarter", "next fiscal year") and
 * tags that carry what chrono's components do not keep apart (a week, a quarter, part of a year, a fiscal year).
 */
import type * as chrono from 'chrono-node';

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
