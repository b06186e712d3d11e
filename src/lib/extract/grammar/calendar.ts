/** chrono-node: calendar dates ("25th of January 2015", "August 2016", "May 1998 to September 1999"). */
import * as chrono from 'chrono-node';
import { MONTH } from './blocks';
import { chronoParts, readParts } from './chrono-parsing';
import type { Found } from './types';

const TWO_DIGIT_YEAR = new RegExp(`^(?:\\S+\\s+)*?${MONTH}\\.?,?\\s+(\\d{1,2})(?:st|nd|rd|th)?$`);

/**
 * chrono's British English (day-first slash dates), except that a month and a number never make a two-digit year:
 * "on October 25" is the 25th of October, never October 2025.
 */
const calendarChrono = chrono.en.GB.clone();
calendarChrono.refiners.push({
	refine: (context, results) =>
		results.map((result) => {
			const number = TWO_DIGIT_YEAR.exec(result.text)?.[1];
			if (number === undefined || !result.start.isCertain('year') || result.end) return result;
			const day = Number(number);
			if (day < 1 || day > 31) return result;
			result.start = context.createParsingComponents({ month: result.start.get('month')!, day });
			return result;
		})
});

export const HAS_MONTH = new RegExp(MONTH);
export const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
export const SLASH_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
/** Words that make a bare month name a date: "in June", "Back in May", "since March". */
export const MONTH_LEAD =
	/\b(?:in|since|by|until|till|from|during|of|last|next|this|early|mid|late|through|before|after|on|between|to|circa)[\s-]+$/i;

/** Nouns that make "the November election" a date: a month naming when something happened. */
export const MONTH_EVENT_NOUNS =
	/^\s+(?:elections?|votes?|referendums?|polls?|primar(?:y|ies)|debates?|conventions?|rall(?:y|ies)|summits?|meetings?|conferences?|attacks?|visits?|deadline|agreement|deal|uprising|revolution|coup)\b/;

/** "the November election": a bare month after "the" that dates the event noun after it. */
export function monthBeforeEvent(text: string, index: number, phrase: string): boolean {
	return (
		/\bthe\s+$/i.test(text.slice(Math.max(0, index - 5), index)) &&
		MONTH_EVENT_NOUNS.test(text.slice(index + phrase.length, index + phrase.length + 20))
	);
}

export const CALENDAR_HINT = new RegExp(`${MONTH}|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, 'g');
export const CHRONO_MARGIN = 60;

/**
 * chrono's results for the stretches of `text` around month names and numeric dates, with indexes into `text`.
 * chrono's cost grows with the length it reads, and long sentences are mostly words that hold no date.
 */
export function chronoAroundDates(text: string): { text: string; index: number; result: chrono.ParsedResult }[] {
	const windows: [number, number][] = [];
	CALENDAR_HINT.lastIndex = 0;
	for (let hint = CALENDAR_HINT.exec(text); hint; hint = CALENDAR_HINT.exec(text)) {
		let from = Math.max(0, hint.index - CHRONO_MARGIN);
		let to = Math.min(text.length, hint.index + hint[0].length + CHRONO_MARGIN);
		// Widen to whitespace so no number or word is cut in half.
		while (from > 0 && !/\s/.test(text[from - 1])) from--;
		while (to < text.length && !/\s/.test(text[to])) to++;
		const last = windows[windows.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else windows.push([from, to]);
	}
	return windows.flatMap(([from, to]) =>
		calendarChrono.parse(text.slice(from, to), new Date(Date.UTC(2000, 0, 1))).map((result) => ({
			text: result.text,
			index: from + result.index,
			result
		}))
	);
}

export function findCalendar(text: string): Found[] {
	const found: Found[] = [];
	for (const result of chronoAroundDates(text)) {
		let phrase = result.text;
		let index = result.index;
		const lead = /^(?:on|in|the|from|at)\s+/i.exec(phrase);
		if (lead) {
			phrase = phrase.slice(lead[0].length);
			index += lead[0].length;
		}
		// The date only: a time of day chrono read with it ("at noon", "at 10:30") is not part of an event date.
		phrase = phrase
			.replace(
				/(?:\s+at\s+(?:noon|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)|,?\s+(?:noon|midnight|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?))$/i,
				''
			)
			.replace(/[\s,;:]+$/, '');
		const start = chronoParts(result.result.start);
		const finish = result.result.end ? chronoParts(result.result.end) : undefined;
		const tags = [...result.result.tags()].join(' ');
		// Only absolute calendar dates: a capitalised month name, or an ISO or slash date. Times, weekdays,
		// "today" and chrono's relative phrases are left out (relative phrases are read here against the text).
		const monthWord = new RegExp(MONTH).exec(phrase);
		if (!monthWord && !ISO_DATE.test(phrase) && !SLASH_DATE.test(phrase)) continue;
		if (start.month === undefined || /relativeDate/.test(tags)) continue;
		if (/TimeExpression/.test(tags) && (start.day === undefined || (finish && finish.day === undefined))) continue;
		const bare = start.year === undefined && start.day === undefined && !finish;
		// A bare month needs a preposition before it: "in June" is a date, "Theresa May" and "March on" are not.
		if (bare && !MONTH_LEAD.test(text.slice(Math.max(0, index - 12), index)) && !monthBeforeEvent(text, index, phrase))
			continue;
		const ambiguousSlash =
			SLASH_DATE.test(phrase) &&
			/^\s*(\d{1,2})\/(\d{1,2})/
				.exec(phrase)!
				.slice(1)
				.every((n) => Number(n) <= 12);
		const yearless = start.year === undefined && (!finish || finish.year === undefined);
		found.push({
			index,
			end: index + phrase.length,
			kind: yearless ? 'yearless' : 'calendar',
			rank: 1,
			usesAnchor: yearless,
			// A slash date whose two numbers could both be the month is read day first, and approximate.
			resolve: readParts(start, finish, ambiguousSlash)
		});
	}
	return found;
}
