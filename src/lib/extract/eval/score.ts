/**
 * Scores for the extractor against gold annotations: time expressions the way TempEval-3 scores them, and the
 * timeline figure of issue 16 (dated gold events whose sentence gets a candidate on their date).
 */
import { eventWindow, type TimeWindow } from '../../dates/event-dates';
import type { EventDate } from '../../model/timeline';

export interface Scored {
	precision: number;
	recall: number;
	f1: number;
}

export interface Span {
	index: number;
	end: number;
	type: string;
	value: string;
}

export interface Counts {
	gold: number;
	system: number;
	strict: number;
	relaxed: number;
	value: number;
}

export function prf(correct: number, system: number, gold: number): Scored {
	const precision = system ? correct / system : 0;
	const recall = gold ? correct / gold : 0;
	return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Matches of one text: strict when the extents are identical, relaxed when they overlap (each gold expression
 * matched once, to the first system expression overlapping it); a relaxed match counts for value when the values
 * are equal.
 */
export function countMatches(gold: readonly Span[], system: readonly Span[]): Counts {
	const counts: Counts = { gold: gold.length, system: system.length, strict: 0, relaxed: 0, value: 0 };
	const used = new Set<number>();
	for (const expected of gold) {
		const at = system.findIndex((found, i) => !used.has(i) && found.index < expected.end && expected.index < found.end);
		if (at === -1) continue;
		used.add(at);
		const found = system[at];
		counts.relaxed++;
		if (found.index === expected.index && found.end === expected.end) counts.strict++;
		if (found.value === expected.value) counts.value++;
	}
	return counts;
}

export function addCounts(a: Counts, b: Counts): Counts {
	return {
		gold: a.gold + b.gold,
		system: a.system + b.system,
		strict: a.strict + b.strict,
		relaxed: a.relaxed + b.relaxed,
		value: a.value + b.value
	};
}

export const NO_COUNTS: Counts = { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0 };

export function scores(counts: Counts): { strict: Scored; relaxed: Scored; value: Scored } {
	return {
		strict: prf(counts.strict, counts.system, counts.gold),
		relaxed: prf(counts.relaxed, counts.system, counts.gold),
		value: prf(counts.value, counts.system, counts.gold)
	};
}

const DAY = 86_400_000;
/** The widest window that still places an event on a day: the week a report of the day's news may cover. */
const DAY_SLACK = 8 * DAY;

/** The window of a timeline date (`2010-06-07`, `2010-06-XX`, `2010-XX-XX`), or null when it is undated. */
export function timelineWindow(date: string): TimeWindow | null {
	const known = date.replace(/-XX/g, '');
	if (!/^\d{4}(?:-\d{2}){0,2}$/.test(known)) return null;
	return eventWindow({ start: known, end: known });
}

/**
 * True when a candidate's date places an event of `gold` on its date at the gold's granularity: its window
 * overlaps the gold day, month or year and is no wider than that unit (a day allows a window of up to 8 days, the
 * week before a publication date).
 */
export function placesOn(gold: TimeWindow, date: Pick<EventDate, 'start' | 'end'>): boolean {
	const span = eventWindow(date);
	const width = span.end - span.start;
	const unit = gold.end - gold.start;
	return span.start < gold.end && gold.start < span.end && width <= Math.max(unit, unit <= DAY ? DAY_SLACK : unit);
}
