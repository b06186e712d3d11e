/**
 * Time expressions that are not dates, for TimeML output only (they never date a candidate): durations ("five
 * years", "two days", "the past decade" → `P5Y`, `P2D`, `P10Y`) and references to the present or past
 * ("currently", "now" → `PRESENT_REF`; "recently" → `PAST_REF`).
 *
 * A counted unit followed by "after", "later", "earlier", "before", "ago" or "old" is not a duration: relative.ts
 * and deictic.ts date the first four, and "five years old" is an age.
 */
import { matches } from './blocks';

export interface TimexOnly {
	index: number;
	end: number;
	type: 'DURATION' | 'DATE';
	value: string;
}

const NUMBERS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	ninety: 90
};
const UNITS: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'Y' };

const DURATION = `\\b(?:(?:the\\s+)?(?:past|last|next|first|previous|coming)\\s+)?(?<n>${Object.keys(NUMBERS).join('|')}|\\d{1,3})[\\s-]+(?<unit>day|week|month|year|decade)s?\\b(?![\\s-]+(?:after|later|earlier|before|ago|old|long)\\b)`;
const PAST_DECADE = `\\b(?:the\\s+)?(?:past|last|previous)\\s+(?<unit>decade|year|month|week)\\b`;
const REFERENCES: [string, string][] = [
	['\\b(?:more\\s+)?recently\\b', 'PAST_REF'],
	['\\b(?:currently|at\\s+present|nowadays)\\b', 'PRESENT_REF'],
	['(?<![\\w-])now\\b(?![-\\w])', 'PRESENT_REF']
];

/** Durations and present/past references in `text`, in order, without overlaps. */
export function findTimexOnly(text: string): TimexOnly[] {
	const found: TimexOnly[] = [];
	for (const match of matches(DURATION, text, 'gi')) {
		const g = match.groups!;
		const count = NUMBERS[g.n.toLowerCase()] ?? Number(g.n);
		const unit = g.unit.toLowerCase();
		const value = unit === 'decade' ? `P${count * 10}Y` : `P${count}${UNITS[unit]}`;
		found.push({ index: match.index, end: match.index + match[0].length, type: 'DURATION', value });
	}
	for (const match of matches(PAST_DECADE, text, 'gi')) {
		const unit = match.groups!.unit.toLowerCase();
		const value = unit === 'decade' ? 'P10Y' : `P1${UNITS[unit]}`;
		found.push({ index: match.index, end: match.index + match[0].length, type: 'DURATION', value });
	}
	for (const [pattern, value] of REFERENCES) {
		for (const match of matches(pattern, text, 'gi'))
			found.push({ index: match.index, end: match.index + match[0].length, type: 'DATE', value });
	}
	found.sort((a, b) => a.index - b.index || b.end - a.end);
	return found.filter((item, i) =>
		found.slice(0, i).every((other) => other.end <= item.index || other.index >= item.end)
	);
}
