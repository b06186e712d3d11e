/**
 * The one sentence splitter: a text's sentences with exact character ranges, so each can be quoted verbatim and
 * located again. `Intl.Segmenter` proposes the boundaries (Unicode's sentence rules: terminal punctuation, closing
 * quotes and brackets, ellipses); the abbreviations news articles use then veto the ones that are not sentence ends
 * ("Gov. Adler", "L. Jean Camp", "Jan. 5", "the U.K. Government"), which the engines' segmenters do not know.
 *
 * Lines end a sentence (plain-text articles put one paragraph, or a headline, per line), except in text wrapped at a
 * fixed width, where only blank lines do.
 */
import type { TextRange } from './range';

export interface Sentence extends TextRange {
	/** The sentence exactly as in the text: `text.slice(start, end)`. */
	text: string;
}

/** Words whose period never ends a sentence: titles before a name, and the like (compared as written). */
const NEVER_FINAL = new Set(
	(
		'Mr Mrs Ms Mx Messrs Dr Prof Gov Sen Sens Rep Reps Gen Col Lt Sgt Capt Cmdr Adm Maj Cpl Pvt Rev Hon Pres Atty ' +
		'Supt Det Insp Amb Sec Fr St Mt Ft No Nos Vol Fig Ref Dept Univ Assn Ave Blvd Rd cf v e.g i.e'
	).split(' ')
);

/** Abbreviations that end a sentence only when the next word plainly starts one ("...in the U.S. The..."). */
const USUALLY_MID = new Set('Jr Sr Inc Ltd Co Corp Bros LLC Plc etc vs approx ca est al'.split(' '));

/** Month abbreviations: before a number ("Jan. 5") they never end a sentence. */
const MONTH_ABBREVIATIONS = new Set('Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '));

/** Words that commonly open a sentence; after an initialism like "U.S." only these start a new one. */
const SENTENCE_STARTERS = new Set(
	(
		'The A An He She It They We I You His Her Its Their Our My This That These Those There Here In On At By ' +
		'For But And Or After Before When While As If Since During Then Now Yet So Some Many Most One Two Three ' +
		'According Later Earlier Meanwhile However Still Also Both Each Neither No Not Only Under Over From With ' +
		'Without What Why How Where Who Which Once Although Though Because Last Next'
	).split(' ')
);

const OPENERS = `"'“‘«([`;
const CLOSERS = `"'”’»)]`;
const TERMINALS = '.!?…';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of `text`, in order, each with its exact range; blank stretches are skipped. */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	const hardWrapped = isHardWrapped(text);
	let blockStart = 0;
	for (const match of text.matchAll(hardWrapped ? /\n[ \t]*\n/g : /\n/g)) {
		splitBlock(text, blockStart, match.index, hardWrapped, sentences);
		blockStart = match.index + match[0].length;
	}
	splitBlock(text, blockStart, text.length, hardWrapped, sentences);
	return sentences;
}

function splitBlock(text: string, start: number, end: number, hardWrapped: boolean, out: Sentence[]): void {
	if (!text.slice(start, end).trim()) return;
	let from = start;
	for (const boundary of proposedBoundaries(text, start, end, hardWrapped)) {
		if (!endsSentence(text, boundary, end)) continue;
		push(text, from, boundary, out);
		from = boundary;
	}
	push(text, from, end, out);
}

/** Long enough for any sentence's context, short enough for the segmenter (see below). */
const PIECE = 2000;
const TERMINAL = /[.!?…]+["'”’»)\]]*(?=\s)/g;

/**
 * Where the segmenter would end sentences in [start, end): just after the punctuation, before any space. V8's
 * sentence iterator slows down with the square of its input (51 KB of short sentences take 0.3 s, 204 KB a minute),
 * so a long block is fed to it in pieces of about 2,000 characters, cut where a terminal is followed by a space,
 * and each cut is proposed too.
 */
function* proposedBoundaries(text: string, start: number, end: number, hardWrapped: boolean): Generator<number> {
	for (let pieceStart = start; pieceStart < end;) {
		let pieceEnd = end;
		if (end - pieceStart > PIECE) {
			TERMINAL.lastIndex = pieceStart + PIECE;
			const cut = TERMINAL.exec(text);
			if (cut && cut.index < end) pieceEnd = cut.index + cut[0].length;
		}
		const piece = text.slice(pieceStart, pieceEnd);
		// The segmenter always breaks at a line end: a wrapped block is segmented with its line ends read as spaces.
		for (const { index, segment } of segmenter.segment(hardWrapped ? piece.replaceAll('\n', ' ') : piece)) {
			if (index + segment.length >= piece.length) break;
			yield pieceStart + index + segment.trimEnd().length;
		}
		if (pieceEnd < end) yield pieceEnd;
		pieceStart = pieceEnd;
	}
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** True when most line breaks fall mid-sentence, as in text wrapped at a fixed width. */
function isHardWrapped(text: string): boolean {
	const lines = text.split('\n');
	let breaks = 0;
	let midSentence = 0;
	for (let i = 0; i + 1 < lines.length; i++) {
		const line = lines[i].trimEnd();
		const next = lines[i + 1].trimStart();
		if (!line || !next) continue;
		breaks++;
		if (/[\p{Ll},;]$/u.test(line) && /^\p{Ll}/u.test(next)) midSentence++;
	}
	return breaks >= 4 && midSentence / breaks > 0.2;
}

/** Whether a boundary the segmenter proposes just after `end` closes a sentence, judged by the words around it. */
function endsSentence(text: string, end: number, blockEnd: number): boolean {
	// Only whitespace after the punctuation ends a sentence: "Leave.EU", "shows.trump-putin".
	if (end < blockEnd && !/\s/.test(text[end])) return false;
	let at = end;
	while (at > 0 && CLOSERS.includes(text[at - 1])) at--;
	while (at > 0 && TERMINALS.includes(text[at - 1])) at--;
	let next = end;
	while (next < blockEnd && /\s/.test(text[next])) next++;
	let wordAt = next;
	while (wordAt < blockEnd && OPENERS.includes(text[wordAt])) wordAt++;
	const nextChar = text[wordAt] ?? '';
	// A sentence starts with a capital or a digit: "“why?” and left" goes on.
	if (!/[\p{Lu}\d]/u.test(nextChar)) return false;
	if (text[at] !== '.' || text.startsWith('..', at)) return true;
	const nextWord = /^[\p{L}\d']+/u.exec(text.slice(wordAt, wordAt + 40))?.[0] ?? '';
	const before = /([\p{L}.]*\p{L})$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
	if (!before) return true;
	if (NEVER_FINAL.has(before)) return false;
	// A lone capital is an initial ("L. Jean Camp", "Donald J. Trump").
	if (/^\p{Lu}$/u.test(before)) return false;
	if (MONTH_ABBREVIATIONS.has(before) && /\d/.test(nextChar)) return false;
	if (USUALLY_MID.has(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) return SENTENCE_STARTERS.has(nextWord);
	return true;
}
