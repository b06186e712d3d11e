/**
 * Years and decades as chrono parsers ("2016", "the 1990s", "the mid-2000s"), with the guards that make a
 * four-digit number a quantity, an amount or a name rather than a year.
 */
import * as chrono from 'chrono-node';
import { LONE_YEAR, MONTHS, makeDate } from './blocks';
import { findRead, gluedBefore, withReading } from './chrono-parsing';
import type { DateValue, Found } from './types';

/** Words after which a capitalised-word-plus-number is still a date ("In 2012", "Since 2004"). */
export const CAPITALISED_BEFORE_YEAR = new Set(
	'in by since until till from between during before after and or to of the on at for through throughout circa c ca early late mid spring summer autumn fall winter its his her their our this that a an as around about'.split(
		' '
	)
);
/** Words before a year that make it a year even when a plural noun follows ("the 2016 elections", "in 2008 tens of"). */
export const DATE_LEAD_WORDS = new Set(
	[...CAPITALISED_BEFORE_YEAR].filter((word) => !['around', 'about', 'and', 'or'].includes(word))
);
/** Lowercase words before a number that make it an identifier. */
export const IDENTIFIER_WORDS = new Set(
	'page pages p pp number no nos room flight route model version article section chapter unit code case item line gate suite exit highway interstate patch build figure fig table step level episode issue volume vol tel phone call ext id ref serial part paragraph clause rule resolution bill act bus train platform'.split(
		' '
	)
);
/** Nouns after a number that make it a count, beyond the plurals caught by shape. */
export const QUANTITY_NOUNS = new Set(
	'people men women children staff personnel police troops cattle sheep feet head km kg mph mw gb mb tb bn m k million billion thousand hundred percent per'.split(
		' '
	)
);
/**
 * Capitalised words before a year that make it the year of a named event ("Worldwide Developers Conference 2010",
 * "Expo 2020") rather than a model number; an acronym of three or more capitals does too ("WWDC 2005", "CES 2010").
 */
const EVENT_NAMES = new Set(
	'conference summit games olympics cup expo festival championship championships awards election elections convention congress forum show fair week tour marathon'.split(
		' '
	)
);
const isEventName = (word: string) => EVENT_NAMES.has(word.toLowerCase()) || /^[A-Z]{3,6}$/.test(word);

export const NOT_PLURAL = new Set([
	'does',
	'goes',
	'news',
	'always',
	'perhaps',
	'whereas',
	'across',
	'unless',
	'afterwards'
]);

/** The word right before `index` with only spaces between ('' after punctuation); a possessive reads as "its". */
export function wordBefore(text: string, index: number): string {
	const match = /([A-Za-z]+)([’']s?)?\.?\s+$/.exec(text.slice(Math.max(0, index - 40), index));
	if (!match) return '';
	return match[2] ? 'its' : match[1];
}

export function wordAfter(text: string, end: number): string {
	return /^\s+([A-Za-z%]+)/.exec(text.slice(end, end + 40))?.[1] ?? '';
}

export const isPluralShaped = (word: string) =>
	/^[a-z]{3,}s$/.test(word) && !/(?:ss|us|is)$/.test(word) && !NOT_PLURAL.has(word);

/** Why a four-digit number at `index..end` is not a year, or null when it reads as one. */
export function notAYear(text: string, index: number, end: number): string | null {
	const before = text.slice(Math.max(0, index - 6), index);
	if (/(?:[$£€¥#]|\b(?:US|USD|GBP|EUR)\$?)\s*$/.test(before) || /\bNo\.?\s*$/i.test(before)) return 'amount or number';
	if (/^\s*\d/.test(text.slice(end, end + 3)) || /\d\s+$/.test(before)) return 'part of a longer number';
	const previous = wordBefore(text, index);
	const next = wordAfter(text, end);
	const prev = previous.toLowerCase();
	if (/^(?:%|percent|per)$/i.test(next)) return 'percentage';
	if (/^(?:million|billion|thousand|hundred|bn|m|k)$/.test(next)) return 'amount';
	if (IDENTIFIER_WORDS.has(prev)) return 'identifier';
	if (/^[A-Z]/.test(previous) && !CAPITALISED_BEFORE_YEAR.has(prev) && !(prev in MONTHS) && !isEventName(previous))
		return 'model or product number';
	const countable = QUANTITY_NOUNS.has(next.toLowerCase()) || isPluralShaped(next);
	if (countable && !DATE_LEAD_WORDS.has(prev)) return 'quantity';
	return null;
}

/** "the 1990s", "the mid-2000s": decades, with early/mid/late as the first, middle and last few years. */
const DECADE_PATTERN = new RegExp(
	`(?:[Tt]he\\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?(?<![\\w$£€.,])(?<decade>(?:1[89]|20)\\d0)[’']?s(?!\\w)`
);
const YEAR_PATTERN = new RegExp(LONE_YEAR('y'));

/** A decade; a part of one ("the mid-2000s") is approximate. */
export const decadeParser: chrono.Parser = {
	pattern: () => DECADE_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		const decade = Number(g.decade);
		const part = g.part?.toLowerCase();
		const [from, to] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 7] : part === 'late' ? [7, 9] : [0, 9];
		const value = makeDate(String(decade + from), String(decade + to), Boolean(part));
		return withReading(context.createParsingResult(match.index!, match[0]), { kind: 'decade', rank: 2, value });
	}
};

/** A four-digit number that reads as a year (see `notAYear`). */
export const yearParser: chrono.Parser = {
	pattern: () => YEAR_PATTERN,
	extract: (context, match) => {
		const index = match.index!;
		const end = index + match[0].length;
		if (gluedBefore(context, index)) return null;
		if (notAYear(context.text, index, end)) return null;
		const year = match.groups!.y;
		const value: DateValue = { start: year, end: year, precision: 'year', approximate: false };
		return withReading(context.createParsingResult(index, match[0]), { kind: 'year', rank: 0, value });
	}
};

const yearsChrono = new chrono.Chrono({ parsers: [decadeParser, yearParser], refiners: [] });

/** The decades and years of `text`. */
export function findYearsAndDecades(text: string): Found[] {
	return findRead(yearsChrono, text);
}
