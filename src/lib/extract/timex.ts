/**
 * Date expressions as TimeML TIMEX3s (TimeML 1.2.1): a type and a value such as `2013-03-22`, `2013-03`, `2013`,
 * `2012-SU`, `2013-Q1`, `201` (a decade) or `PRESENT_REF`.
 */
import type { DateMatch } from './grammar/expressions';
import { yearPartOf } from '../dates/event-dates';
import { findTimexOnly } from './grammar/durations';
import { scanText, type ScanOptions } from './scan';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
	/** Offsets into the whole text (end exclusive). */
	index: number;
	end: number;
	text: string;
	type: TimexType;
	value: string;
}

const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', winter: 'WI' };

/** The TimeML type and value of a date expression. */
export function timexOf(match: Pick<DateMatch, 'kind' | 'date' | 'timexValue'>): { type: TimexType; value: string } {
	if (match.timexValue) return { type: 'DATE', value: match.timexValue };
	const { start, end, precision } = match.date;
	const year = start.slice(0, 4);
	if (match.kind === 'decade') return { type: 'DATE', value: year.slice(0, 3) };
	if (precision === 'season') {
		const part = yearPartOf(start, end);
		return { type: 'DATE', value: part && SEASON_CODES[part] ? `${year}-${SEASON_CODES[part]}` : year };
	}
	if (precision === 'quarter') {
		const from = Math.ceil(Number(start.slice(5, 7)) / 3);
		const to = Math.ceil(Number(end.slice(5, 7)) / 3);
		return { type: 'DATE', value: from === to ? `${year}-Q${from}` : year };
	}
	return { type: 'DATE', value: start };
}

/**
 * Every time expression of `text` as a TIMEX3, in text order: its dates, and the durations and present or past
 * references that stand clear of them.
 */
export function timeExpressions(text: string, options: ScanOptions = {}): Timex[] {
	return scanText(text, options).flatMap((sentence) => {
		const dates: Timex[] = sentence.matches.map((match) => ({
			index: sentence.start + match.index,
			end: sentence.start + match.end,
			text: match.text,
			...timexOf(match)
		}));
		const others = findTimexOnly(sentence.text)
			.map((item) => ({
				...item,
				index: sentence.start + item.index,
				end: sentence.start + item.end,
				text: sentence.text.slice(item.index, item.end)
			}))
			.filter((item) => dates.every((date) => date.end <= item.index || date.index >= item.end));
		return [...dates, ...others].sort((a, b) => a.index - b.index);
	});
}
