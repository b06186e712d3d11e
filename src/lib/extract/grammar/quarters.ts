/** Quarters and halves of a year: "the first two quarters of 2016", "Q3 2016", "the second half of 2016". */
import { LONE_YEAR, matches, monthString } from './blocks';
import type { Found } from './types';

export const ORDINAL_WORDS: Record<string, number> = {
	first: 1,
	'1st': 1,
	second: 2,
	'2nd': 2,
	third: 3,
	'3rd': 3,
	fourth: 4,
	'4th': 4,
	last: 4,
	final: 4
};
export const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };

/** "the first two quarters of 2016", "the third quarter of 2016", "Q3 2016", "Q1-Q2 2016", "the second half of 2016". */
export function findQuarters(text: string): Found[] {
	const found: Found[] = [];
	const push = (index: number, length: number, year: number, fromQ: number, toQ: number) => {
		if (fromQ < 1 || toQ > 4 || toQ < fromQ) return;
		found.push({
			index,
			end: index + length,
			kind: 'quarter',
			rank: 2,
			resolve: () => ({
				start: monthString(year, fromQ * 3 - 2),
				end: monthString(year, toQ * 3),
				precision: 'quarter',
				approximate: false
			})
		});
	};
	const ordinals = Object.keys(ORDINAL_WORDS).join('|');
	const quarters = `(?:[Tt]he\\s+)?(?<o>${ordinals})\\s+(?:(?<c>two|three|four|[234])\\s+)?quarters?\\s+(?:of\\s+)?${LONE_YEAR('y')}`;
	for (const match of matches(quarters, text, 'gi')) {
		const g = match.groups!;
		const ordinal = ORDINAL_WORDS[g.o.toLowerCase()];
		const count = g.c ? COUNT_WORDS[g.c.toLowerCase()] : 1;
		// "the last two quarters" counts back from the fourth.
		const [fromQ, toQ] = ordinal === 4 && count > 1 ? [5 - count, 4] : [ordinal, ordinal + count - 1];
		push(match.index, match[0].length, Number(g.y), fromQ, toQ);
	}
	for (const match of matches(`(?:[Tt]he\\s+)?(?<h>first|second)\\s+half\\s+of\\s+${LONE_YEAR('y')}`, text, 'gi')) {
		const half = match.groups!.h.toLowerCase() === 'first' ? 1 : 3;
		push(match.index, match[0].length, Number(match.groups!.y), half, half + 1);
	}
	for (const match of matches(`\\bQ(?<q1>[1-4])(?:\\s*[-–]\\s*Q(?<q2>[1-4]))?\\s+(?:of\\s+)?${LONE_YEAR('y')}`, text)) {
		const g = match.groups!;
		push(match.index, match[0].length, Number(g.y), Number(g.q1), Number(g.q2 ?? g.q1));
	}
	return found;
}
