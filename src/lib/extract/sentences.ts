/**
 * Splitting an article into sentences with exact char ranges, so each sentence can be quoted verbatim and
 * located again. A line break always ends a sentence (plain-text articles put one paragraph, or one sentence,
 * per line); inside a line a full stop ends one unless it closes an abbreviation ("Mr.", "Gov.", "U.K.", "L.").
 */

export interface SentenceSpan {
	/** The sentence exactly as in the text: `text.slice(index, end)`. */
	text: string;
	index: number;
	/** Exclusive. */
	end: number;
}

/** Abbreviations that never end a sentence: titles and the like come before a name or a number. */
const NEVER_FINAL = new Set(
	'mr mrs ms mx dr prof gov sen rep st lt col gen capt sgt cpl maj adm rev hon fr mt messrs no nos vs v cf approx dept jan feb mar apr jun jul aug sep sept oct nov dec fig e.g i.e'.split(
		' '
	)
);
/** Abbreviations that can end a sentence but usually do not. */
const RARELY_FINAL = new Set('inc ltd co corp jr sr plc llc bros etc al'.split(' '));
/** Words that open a sentence after a dotted acronym: "...sanctioned by the U.S. The bank..." splits there. */
const OPENERS = new Set(
	'the a an he she it they we i you in on at but and this that these those there his her their its our after before when while according however as by for if so yet meanwhile then'.split(
		' '
	)
);

const TERMINATOR = /[.!?…]+["'”’»)\]]*/g;

function isBoundary(line: string, stop: number, after: number): boolean {
	const punctuation = line.slice(stop, after);
	// Short windows either side: anchored regexes over whole paragraphs would make splitting quadratic.
	const next = line.slice(after, after + 40).trimStart();
	if (next === '') return true;
	// A sentence starts with a capital, a digit, or an opening quote or bracket.
	if (!/^[\p{Lu}\d"'“‘«([]/u.test(next)) return false;
	if (!punctuation.startsWith('.') || punctuation.startsWith('..')) return true;
	let from = stop;
	while (from > 0 && stop - from < 40 && /[\p{L}.]/u.test(line[from - 1])) from--;
	const word = line.slice(from, stop);
	if (word === '') return true;
	const bare = word.toLowerCase();
	if (NEVER_FINAL.has(bare)) return false;
	// "L. Jean Camp", "Donald J. Trump": a single capital is an initial.
	if (/^\p{Lu}$/u.test(word)) return false;
	const nextWord = (/^[\p{L}]+/u.exec(next)?.[0] ?? '').toLowerCase();
	// Dotted acronyms ("U.K.", "U.S.") and habitual abbreviations end a sentence only before a typical opener.
	if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || RARELY_FINAL.has(bare)) return OPENERS.has(nextWord);
	return true;
}

function splitLine(text: string, start: number, end: number, out: SentenceSpan[]): void {
	const line = text.slice(start, end);
	let from = 0;
	TERMINATOR.lastIndex = 0;
	for (let match = TERMINATOR.exec(line); match; match = TERMINATOR.exec(line)) {
		const after = match.index + match[0].length;
		// Only whitespace (or the end) after the punctuation can end a sentence: "Leave.EU", "shows.trump".
		if (after < line.length && !/\s/.test(line[after])) continue;
		if (!isBoundary(line, match.index, after)) continue;
		push(text, start + from, start + after, out);
		from = after;
	}
	push(text, start + from, end, out);
}

function push(text: string, from: number, to: number, out: SentenceSpan[]): void {
	while (from < to && /\s/.test(text[from])) from++;
	while (to > from && /\s/.test(text[to - 1])) to--;
	if (to > from) out.push({ text: text.slice(from, to), index: from, end: to });
}

/** The sentences of `text`, in order, each with its exact range; blank stretches are skipped. */
export function splitSentences(text: string): SentenceSpan[] {
	const out: SentenceSpan[] = [];
	let start = 0;
	for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
		splitLine(text, start, newline, out);
		start = newline + 1;
	}
	splitLine(text, start, text.length, out);
	return out;
}
