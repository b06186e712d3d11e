/**
 * Which sentences of a source text mention a date, so a report can show the dated sentences no event or not-event
 * has accounted for yet. Coverage is judged by overlapping ranges, so a sentence split slightly differently from a
 * quote still counts as covered.
 */
import { overlaps, type TextRange } from './range';
import { splitSentences, type Sentence } from './sentences';

export type DateCue = 'year' | 'month' | 'season' | 'relative';

export interface DatedSentence extends Sentence {
	/** Why it counts as dated, in a fixed order. */
	cues: DateCue[];
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
