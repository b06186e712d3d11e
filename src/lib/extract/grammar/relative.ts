/**
 * Relative expressions that shift the time the text is at: "the next day", "four days after", "that year".
 *
 * They stay a scanner beside chrono rather than a parser reading chrono's reference date: what they shift is the
 * latest date before them that sets the text's time, often in the same sentence, with its own precision and span
 * ("a year later" after "2012" is 2013, not a day in it), and only expressions.ts's ordered pass knows it once
 * overlapping expressions are settled. A reference date passed per sentence would be an instant at the sentence's
 * start, so it would miss a date the sentence sets before the phrase and turn a year into a day.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, addYears } from 'date-fns';
import { makeDate, matches } from './blocks';
import type { DateAnchor, DateValue, Found } from './types';
import { dateStringAt, dateStringWindow, granularityOf, type Granularity } from '../../dates/event-dates';

// Relative expressions

export type Unit = 'day' | 'week' | 'month' | 'year';
export const AMOUNTS: Record<string, [number, number]> = {
	a: [1, 1],
	an: [1, 1],
	one: [1, 1],
	two: [2, 2],
	three: [3, 3],
	four: [4, 4],
	five: [5, 5],
	six: [6, 6],
	seven: [7, 7],
	eight: [8, 8],
	nine: [9, 9],
	ten: [10, 10],
	eleven: [11, 11],
	twelve: [12, 12],
	fifteen: [15, 15],
	twenty: [20, 20],
	thirty: [30, 30],
	'a few': [2, 5],
	'a couple of': [2, 3],
	several: [3, 9],
	some: [2, 9]
};
export const FORWARD = /^(?:after|later|afterwards|next|following|subsequent)$/i;

export const UNIT_GRANULARITY: Record<Unit, Granularity> = { day: 'day', week: 'day', month: 'month', year: 'year' };
export const COARSENESS: Record<Granularity, number> = { day: 0, month: 1, year: 2 };
export const coarser = (a: Granularity, b: Granularity) => (COARSENESS[a] >= COARSENESS[b] ? a : b);

export function addUnits(instant: number, unit: Unit, amount: number): number {
	const date = new UTCDate(instant);
	if (unit === 'day') return addDays(date, amount).getTime();
	if (unit === 'week') return addDays(date, amount * 7).getTime();
	if (unit === 'month') return addMonths(date, amount).getTime();
	return addYears(date, amount).getTime();
}

/** The anchor's window moved by `lo..hi` units (negative = earlier), at the coarser of the anchor's and the unit's grain. */
export function shiftAnchor(anchor: DateAnchor, unit: Unit, lo: number, hi: number): DateValue | null {
	const grain = (value: string) => coarser(granularityOf(value), UNIT_GRANULARITY[unit]);
	const start = dateStringAt(addUnits(dateStringWindow(anchor.start).start, unit, lo), grain(anchor.start));
	const end = dateStringAt(addUnits(dateStringWindow(anchor.end).end, unit, hi) - 1, grain(anchor.end));
	return makeDate(start, end, true);
}

/** "that year", "the same day", "later that year": the anchor's own unit, or the rest of it. */
export function sameAs(anchor: DateAnchor, unit: Unit, modifier: string | undefined): DateValue | null {
	const base = modifier?.toLowerCase() === 'earlier' ? anchor.start : anchor.end;
	const grain = coarser(granularityOf(base), UNIT_GRANULARITY[unit]);
	const own = dateStringAt(dateStringWindow(base).start, grain);
	if (!modifier || grain === granularityOf(base)) return makeDate(own, own, true);
	const unitWindow = dateStringWindow(own);
	const fine = granularityOf(base);
	return modifier.toLowerCase() === 'later'
		? makeDate(base, dateStringAt(unitWindow.end - 1, fine), true)
		: makeDate(dateStringAt(unitWindow.start, fine), base, true);
}

export const RELATIVE_HINT = /\b(?:day|week|month|year)s?\b/i;

export function findRelative(text: string): Found[] {
	const found: Found[] = [];
	const push = (match: RegExpExecArray, resolve: (anchor: DateAnchor) => DateValue | null) =>
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: 'relative',
			rank: 1,
			usesAnchor: true,
			resolve: (anchor) => (anchor ? resolve(anchor) : null)
		});
	const amounts = Object.keys(AMOUNTS)
		.sort((a, b) => b.length - a.length)
		.map((word) => word.replace(/ /g, '\\s+'))
		.join('|');
	const counted = `\\b(?<n>${amounts}|\\d{1,3})\\s+(?<unit>days?|weeks?|months?|years?)\\s+(?<dir>after|later|afterwards|before|earlier|prior|previously|beforehand)\\b`;
	for (const match of matches(counted, text, 'gi')) {
		const g = match.groups!;
		const [lo, hi] = AMOUNTS[g.n.toLowerCase().replace(/\s+/g, ' ')] ?? [Number(g.n), Number(g.n)];
		const unit = g.unit.toLowerCase().replace(/s$/, '') as Unit;
		// "This was two years before X": the anchor is the earlier event, so X lies after it.
		const copula = /\b(?:was|were|is|are|came|happened|occurred)\s+$/i.test(
			text.slice(Math.max(0, match.index - 20), match.index)
		);
		const forward = FORWARD.test(g.dir) !== copula;
		push(match, (anchor) => (forward ? shiftAnchor(anchor, unit, lo, hi) : shiftAnchor(anchor, unit, -hi, -lo)));
		// "after"/"before" take an object ("four days after journalists started following the story"); a date
		// stated next in the sentence is then when the sentence's event happened, N units from that object.
		if (!copula && /^(?:after|before)$/i.test(g.dir)) {
			const back = FORWARD.test(g.dir);
			found[found.length - 1].resolveFromNext = (next) =>
				back ? shiftAnchor(next, unit, -hi, -lo) : shiftAnchor(next, unit, lo, hi);
		}
	}
	const adjacent = `\\b(?:the\\s+)?(?<dir>next|following|previous|preceding|subsequent)\\s+(?<unit>day|week|month|year)\\b|\\bthe\\s+(?<unit2>day|week|month|year)\\s+(?<dir2>before|after)\\b`;
	for (const match of matches(adjacent, text, 'gi')) {
		const g = match.groups!;
		const unit = (g.unit ?? g.unit2).toLowerCase() as Unit;
		const forward = FORWARD.test(g.dir ?? g.dir2);
		push(match, (anchor) => (forward ? shiftAnchor(anchor, unit, 1, 1) : shiftAnchor(anchor, unit, -1, -1)));
	}
	const same = `\\b(?:(?<mod>later|earlier)\\s+)?(?:that|the\\s+same)\\s+(?<unit>day|week|month|year)\\b`;
	for (const match of matches(same, text, 'gi')) {
		const g = match.groups!;
		push(match, (anchor) => sameAs(anchor, g.unit.toLowerCase() as Unit, g.mod));
	}
	return found;
}
