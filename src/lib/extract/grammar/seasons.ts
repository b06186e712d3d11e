/** Seasons, parts of years and year ranges: "late 2015", "the summer of 2016", "2005 to 2008", "late 2015 and early 2016", "by 2015". */
import { LONE_YEAR, RANGE_PREFIX, YEAR, makeDate, matches, monthString } from './blocks';
import type { Found } from './types';
import { QUANTITY_NOUNS, isPluralShaped, wordAfter } from './years';

export type Part = { from: number; to: number; wraps?: boolean };
export const PARTS: Record<string, Part> = {
	early: { from: 1, to: 4 },
	mid: { from: 5, to: 8 },
	late: { from: 9, to: 12 },
	spring: { from: 3, to: 5 },
	summer: { from: 6, to: 8 },
	autumn: { from: 9, to: 11 },
	winter: { from: 12, to: 2, wraps: true }
};
export const PART_WORDS: Record<string, string> = {
	early: 'early',
	start: 'early',
	beginning: 'early',
	mid: 'mid',
	middle: 'mid',
	late: 'late',
	end: 'late',
	close: 'late',
	spring: 'spring',
	summer: 'summer',
	autumn: 'autumn',
	fall: 'autumn',
	winter: 'winter'
};
/** "late 2015", "mid-2016", "early in 2016", "the end of 2014", "(the) summer (of) 2016", "winter 2016/17". */
export const season = (n: string) =>
	`(?:(?<pw${n}>[Ee]arly|[Mm]id|[Ll]ate)(?:\\s+in)?[\\s-]+|(?:[Tt]he\\s+)?(?<pw${n}b>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\\s+of)?\\s+|[Tt]he\\s+(?<pw${n}c>middle|end|start|beginning|close)\\s+of\\s+)(?<sy${n}>${YEAR})(?:/(?:\\d{2}|${YEAR}))?(?![\\w%]|[.,:/]\\d)`;

export function seasonBounds(
	groups: Record<string, string | undefined>,
	n: string
): { start: string; end: string; part: string } | undefined {
	const word = groups[`pw${n}`] ?? groups[`pw${n}b`] ?? groups[`pw${n}c`];
	if (!word) return undefined;
	const part = PART_WORDS[word.toLowerCase()];
	const { from, to, wraps } = PARTS[part];
	const year = Number(groups[`sy${n}`]);
	return { start: monthString(year, from), end: monthString(wraps ? year + 1 : year, to), part };
}

/** Seasons, bare-year and season ranges ("2005 to 2008", "late 2015 and early 2016"), "by 2015". */
export function findSeasonsAndRanges(text: string): Found[] {
	const found: Found[] = [];
	const endpoint = (n: string) => `(?:${season(n)}|${LONE_YEAR(`yy${n}`, true)})`;
	const sep = '(?<sep>to|until|till|through|thru|into|and(?:\\s+continuing)?\\s+(?:into|until|through)|and|-|–|—)';
	const range = `${RANGE_PREFIX}${endpoint('1')}\\s*${sep}\\s*(?:${season('2')}|(?<![\\w$£€¥.,:/])(?<yy2>${YEAR}|\\d{2})(?![\\w%]|[.,:/\\-–]\\d))`;
	for (const match of matches(range, text)) {
		const g = match.groups!;
		const s1 = seasonBounds(g, '1');
		const s2 = seasonBounds(g, '2');
		const between = /^between$/i.test(g.pre ?? '');
		if (g.sep === 'and' && !between && !(s1 && s2)) continue;
		const startYear = s1 ? undefined : Number(g.yy1);
		let endYear = s2 ? undefined : Number(g.yy2);
		if (!s2 && g.yy2.length === 2) {
			// "2012-13": a two-digit end only after a dash, and only forward within the century.
			if (!/^[-–—]$/.test(g.sep) || s1) continue;
			endYear = Math.floor(startYear! / 100) * 100 + Number(g.yy2);
			if (endYear <= startYear!) continue;
		}
		const end = match.index + match[0].length;
		// "between 1900 and 2000 jobs" counts jobs.
		const after = wordAfter(text, end);
		if (!s2 && (QUANTITY_NOUNS.has(after.toLowerCase()) || isPluralShaped(after))) continue;
		found.push({
			index: match.index,
			end,
			kind: 'range',
			rank: 3,
			resolve: () =>
				makeDate(s1 ? s1.start : String(startYear), s2 ? s2.end : String(endYear), Boolean(g.least), {
					start: s1 ? 'season' : 'year',
					end: s2 ? 'season' : 'year'
				})
		});
	}
	for (const match of matches(`(?<by>[Bb]y\\s+)?${season('1')}`, text)) {
		const g = match.groups!;
		const bounds = seasonBounds(g, '1')!;
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: g.by ? 'by' : 'season',
			rank: 2,
			resolve: () => ({ start: bounds.start, end: bounds.end, precision: 'season', approximate: Boolean(g.by) })
		});
	}
	for (const match of matches(`[Bb]y\\s+(?:the\\s+year\\s+)?${LONE_YEAR('y')}`, text)) {
		const year = match.groups!.y;
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			kind: 'by',
			rank: 2,
			resolve: () => ({ start: year, end: year, precision: 'year', approximate: true })
		});
	}
	return found;
}
