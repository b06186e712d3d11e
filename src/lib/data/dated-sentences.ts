/**
 * Sentences of a source text with their character ranges, and which of them mention a date, so a report can
 * show the dated sentences no event or not-event has accounted for yet. Splitting is heuristic; coverage is
 * judged by overlapping ranges, so a sentence split slightly differently from a quote still counts as covered.
 */

export interface TextRange {
	/** Offset of the first character. */
	start: number;
	/** Offset just after the last character. */
	end: number;
}

export interface Sentence extends TextRange {
	text: string;
}

export type DateCue = 'year' | 'month' | 'season' | 'relative';

export interface DatedSentence extends Sentence {
	/** Why it counts as dated, in a fixed order. */
	cues: DateCue[];
}

/** Titles that precede a name, so their period never ends a sentence ("Gov. Adler", "Dr. Okafor"). */
const TITLES = new Set(
	(
		'Mr Mrs Ms Mx Dr Prof Gov Sen Sens Rep Reps Gen Col Lt Sgt Capt Cmdr Adm Maj Cpl Pvt Rev Hon Pres Atty ' +
		'Supt Det Insp Amb Sec Fr St Mt Ft No Nos Vol Fig Ref Dept Univ Assn Ave Blvd Rd'
	).split(' ')
);

/** Abbreviations that end a sentence only when the next word plainly starts one ("...in the U.S. The..."). */
const USUALLY_MID = new Set('Jr Sr Inc Ltd Co Corp Bros LLC Plc etc vs approx ca est al'.split(' '));

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

const OPENERS = `"'“‘([`;

/** Splits text into sentences with their ranges; blank lines (and lines, unless the text is hard-wrapped) end one. */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	const softNewlines = isHardWrapped(text);
	const blockBreak = softNewlines ? /\n[ \t]*\n/g : /\n/g;
	let blockStart = 0;
	const blocks: TextRange[] = [];
	for (const match of text.matchAll(blockBreak)) {
		blocks.push({ start: blockStart, end: match.index });
		blockStart = match.index + match[0].length;
	}
	blocks.push({ start: blockStart, end: text.length });
	for (const block of blocks) {
		let from = block.start;
		const terminal = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
		terminal.lastIndex = block.start;
		for (let match = terminal.exec(text); match && match.index < block.end; match = terminal.exec(text)) {
			const end = match.index + match[0].length;
			if (end > block.end) break;
			if (end < block.end && !endsSentence(text, match.index, end, block.end)) continue;
			pushTrimmed(sentences, text, from, end);
			from = end;
		}
		pushTrimmed(sentences, text, from, block.end);
	}
	return sentences;
}

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number) {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
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

/** Whether the terminal punctuation at [at, end) closes a sentence, judged by the word before and after it. */
function endsSentence(text: string, at: number, end: number, blockEnd: number): boolean {
	let next = end;
	while (next < blockEnd && /\s/.test(text[next])) next++;
	if (next >= blockEnd) return true;
	let wordAt = next;
	while (wordAt < blockEnd && OPENERS.includes(text[wordAt])) wordAt++;
	const nextChar = text[wordAt] ?? '';
	if (!/[\p{Lu}\d]/u.test(nextChar)) return false;
	if (text[at] !== '.' || text.startsWith('..', at)) return true;
	const nextWord = /^[\p{L}\d']+/u.exec(text.slice(wordAt, wordAt + 40))?.[0] ?? '';
	const before = /([\p{L}.]*\p{L})$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
	if (!before) return true;
	if (TITLES.has(before)) return false;
	// A lone capital is an initial ("L. Jean Camp").
	if (/^\p{Lu}$/u.test(before)) return false;
	if (MONTH_ABBREVIATIONS.has(before) && /\d/.test(nextChar)) return false;
	if (USUALLY_MID.has(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) return SENTENCE_STARTERS.has(nextWord);
	return true;
}

const CUES: [DateCue, RegExp][] = [
	['year', /\b(?:19|20)\d{2}(?:s\b|\b)|(?:^|\s)['’]\d{2}\b/],
	[
		'month',
		new RegExp(
			[
				String.raw`\b(?:January|February|April|June|July|August|September|October|November|December)\b`,
				String.raw`\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s*\d`,
				// "May" and "March" are also a name and a verb: count them only where they read as a month.
				String.raw`\b(?:May|March)\s+\d`,
				String.raw`(?:\b(?:in|on|since|by|until|till|early|late|last|next|this|of|through|from|between|before|after|during|mid)\s+|\d\s+|\bmid-)(?:May|March)\b`
			].join('|')
		)
	],
	[
		'season',
		new RegExp(
			[
				String.raw`\b(?:spring|summer|autumn|fall|winter|early|mid|late|end|beginning|start|middle|first half|second half|(?:first|second|third|fourth) quarter|Q[1-4])(?:\s+of)?[\s-]+(?:(?:19|20)\d{2}|['’]\d{2})\b`,
				String.raw`\b(?:that|this|last|next|following|previous|same|early|late)\s+(?:spring|summer|autumn|fall|winter)\b`
			].join('|'),
			'i'
		)
	],
	[
		'relative',
		new RegExp(
			[
				String.raw`\b(?:next|following|previous|preceding|same|prior)\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b`,
				String.raw`\bthat\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b`,
				String.raw`\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|some|many|\d+)\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|later|before|earlier|ago|prior)\b`,
				String.raw`\b(?:day|week|month|year|night)\s+(?:before|after)\b`,
				String.raw`\b(?:shortly|soon|immediately|just)\s+(?:after|afterwards|before)\b`,
				String.raw`\b(?:yesterday|(?:last|next|this)\s+(?:week|month|year|night))\b`
			].join('|'),
			'i'
		)
	],
	[
		'relative',
		/\b(?:on|last|next|that|this|by|until|since)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/
	]
];

/** The date cues a sentence contains: a year, a month, a season or part of a year, a relative date. */
export function dateCues(sentence: string): DateCue[] {
	const found = new Set<DateCue>();
	for (const [cue, pattern] of CUES) if (pattern.test(sentence)) found.add(cue);
	return [...found];
}

/** The sentences of a source text that mention a date, each with why. */
export function datedSentences(text: string): DatedSentence[] {
	return splitSentences(text)
		.map((sentence) => ({ ...sentence, cues: dateCues(sentence.text) }))
		.filter((sentence) => sentence.cues.length > 0);
}

/** Whether two ranges share at least one character. */
export function overlaps(a: TextRange, b: TextRange): boolean {
	return a.start < b.end && b.start < a.end;
}

export interface SentenceReview<S extends TextRange = DatedSentence> {
	sentence: S;
	/** Some event quote overlaps it. */
	byEvent: boolean;
	/** Some not-events entry overlaps it. */
	byNotEvent: boolean;
}

/** For each sentence, whether an event quote and whether a not-events entry covers it (by overlapping range). */
export function reviewSentences<S extends TextRange>(
	sentences: S[],
	eventRanges: TextRange[],
	notEventRanges: TextRange[]
): SentenceReview<S>[] {
	return sentences.map((sentence) => ({
		sentence,
		byEvent: eventRanges.some((range) => overlaps(sentence, range)),
		byNotEvent: notEventRanges.some((range) => overlaps(sentence, range))
	}));
}
