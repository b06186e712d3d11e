/**
 * Anaphoric time phrases: words that date a statement only by pointing back at a time the text has already
 * given ("shortly afterwards", "subsequently", "during the same period", "at the time", "after the election",
 * "during our conversation"). This module only finds them and says how they relate to what they point at;
 * expressions.ts dates them against the nearest preceding date (or, for an event the text itself dates, against
 * that date), always as approximate windows.
 *
 * Choices, so a reader can predict the output:
 * - "shortly/soon/immediately after(wards)" run from the time pointed at to 3 months after it ("shortly before
 *   <event>" from 3 months before it); "after <event>",
 *   "following <event>", "subsequently", "subsequent", "afterwards", "thereafter" and an adverbial "later" to 12
 *   months after it. "before/ahead of/by (the end of) <event>" and "the coming <event>" run from 12 months before
 *   a date the text gives that event to that date. "during/throughout <event>", "during the same period", "at the
 *   time", "by then" are the time pointed at itself.
 * - "<event>" is a noun phrase whose head is an event noun (election, campaign, meeting, conversation, stint,
 *   article...): "after Trump’s success", "during his stint as governor", "after the initial Mississippi article".
 * - After "was/were/came" the phrase relates the time pointed at to an earlier event ("This interview came shortly
 *   after X"): X lies in the 3 or 12 months before it.
 * - "at the time I/we ...", "by the time I ...", "now" move to the writer's own time, which an article rarely
 *   dates: they give no date and stop later phrases from leaning on the dates before them.
 * - "as soon as/after/before/when/once/since/until <Name> won" (nothing won, or "won the election/vote") names the
 *   win of an election: "as soon as" is shortly after it, "when/once" the time itself. It is dated only by an
 *   election (victory, win) the text itself dates, never by the time the text is at; "won the contract", "won an
 *   award", "he won" are not elections.
 *
 * They stay a scanner beside chrono: they are dated by an event the text names (a date the surrounding text gives
 * "the election", looked up through `DateContext.referent`) or by the time the text is at, and the writer's own
 * time gives no date and cuts later phrases off from the dates before it. None of that is a date chrono's
 * reference date can stand for, so expressions.ts dates them in its ordered pass, and only in a text that states
 * no date of its own.
 */

/** How a phrase places its statement relative to the time it points at. */
export type AnaphoricRelation = 'same' | 'after-short' | 'after' | 'before-short' | 'before';

/** An event named instead of a date: what "after the election" points at. */
export interface EventReference {
	/** The event nouns of the phrase, singular and lower case ("presidential election campaign": campaign, election). */
	nouns: string[];
	/** Names that say which event it is: "the Lesotho elections" → Lesotho, "Trump’s success" → Trump. */
	qualifiers: string[];
	/** "his/her/their/our ..." names an owner the phrase does not spell out. */
	pronoun: boolean;
	/** "the coming/upcoming/next election": the event lies after the time of the sentence. */
	coming: boolean;
	/**
	 * "as soon as Trump won": a clause, not a noun the narrative dates; it is dated only from a date the text gives
	 * that event, never from the time the text happens to be at.
	 */
	needsDate?: true;
}

export interface AnaphoricPhrase {
	index: number;
	end: number;
	relation: AnaphoricRelation;
	/** "X came shortly after Y": the relation runs backwards, from the time pointed at to Y. */
	reversed: boolean;
	event?: EventReference;
	/** The writer's own time ("at the time I was doing this snooping", "now"): no date, and later phrases lose their anchor. */
	writerTime?: true;
}

/** Nouns naming something that happens at a time, which a phrase like "after the X" dates by. */
export const EVENT_NOUNS = new Set(
	'election vote referendum ballot campaign victory win success defeat meeting visit trip tour interview speech address rally debate conversation talk call dinner lunch luncheon convention summit conference inauguration launch publication leak release announcement hearing trial coup war deal stint tenure term presidency governorship article report book broadcast show'.split(
		' '
	)
);

/** The singular of an event noun as written ("elections" → election), or undefined when it is not one. */
export function eventNoun(word: string): string | undefined {
	const lower = word.toLowerCase();
	if (EVENT_NOUNS.has(lower)) return lower;
	for (const cut of [1, 2]) {
		if (lower.endsWith('s') && EVENT_NOUNS.has(lower.slice(0, -cut))) return lower.slice(0, -cut);
	}
	return undefined;
}

/** Capitalised words that are not names: sentence openers, function words, months, titles. */
const NOT_NAMES = new Set(
	'a an the this that these those his her their its our my your i we he she they it in on at by for of to from with after before during following since until while when where as and but or so if then there here however meanwhile according mr mrs ms dr sir lord president governor senator january february march april may june july august september october november december'.split(
		' '
	)
);

export const isName = (word: string) => /^\p{Lu}/u.test(word) && !NOT_NAMES.has(word.toLowerCase());
const bare = (word: string) => word.replace(/[’']s?$/, '');

const PRONOUNS = 'his|her|their|its|our|my|your';
const DETERMINER = `(?:the|an?|this|that|these|those|${PRONOUNS}|(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*[’']s?)`;
/** Up to three words between the determiner and the event noun: "the initial Mississippi article". */
const MODIFIERS = `(?:[\\p{L}-]+\\s+){0,3}`;
const NOUN = `(?<noun>(?:${[...EVENT_NOUNS].join('|')})(?:e?s)?)`;

const EVENT_PREPOSITIONS: Record<string, AnaphoricRelation> = {
	after: 'after',
	following: 'after',
	before: 'before',
	'ahead of': 'before',
	by: 'before',
	'by the end of': 'before',
	'until the end of': 'before',
	during: 'same',
	throughout: 'same',
	'in the course of': 'same',
	'at the time of': 'same'
};

/** The copula before a phrase that makes the sentence's subject the later of the two events. */
const COPULA_BEFORE = /\b(?:was|were|came|happened|occurred)\s+$/i;

function compile(pattern: string, flags = 'giu'): RegExp {
	return new RegExp(pattern, flags);
}

/** "after" → "[Aa]fter": a phrase may open a sentence, but names in the same pattern must stay capitalised. */
const opening = (words: string) =>
	words.replace(/\b[a-z]/g, (letter) => `[${letter.toUpperCase()}${letter}]`).replace(/ /g, '\\s+');

/** "hired by the Trump campaign", "backed up by": "by" after a participle names who did it, not when. */
const PASSIVE_BEFORE = /\b(?:\w+(?:ed|en)|made|paid|led|held|run|won|built|sent|set|hit|up|out)\s+$/i;

/** Each pattern with a plain-word test that must pass first: most sentences hold none of these words. */
const PATTERNS: { hint: RegExp; regex: RegExp; relation: AnaphoricRelation }[] = [
	{
		hint: /after|thereafter/i,
		regex: compile(
			`\\b(?:shortly|soon|immediately|not\\s+long|just)\\s+(?:after(?:wards?)?|thereafter)\\b|\\bsoon\\s+afterwards?\\b`
		),
		relation: 'after-short'
	},
	{
		hint: /subsequent|afterward|thereafter|later/i,
		regex: compile(
			`\\bsubsequent(?:ly)?\\b|\\bafterwards?\\b|\\bthereafter\\b|(?:\\b(?:was|were|is|are|had|has|have|would|and|but|then)\\s+|^)later\\b(?!\\s+(?:that|this|the\\s+same|in|on|than)\\b)`
		),
		relation: 'after'
	},
	{
		hint: /period|time|point|stage|stretch|then|years?\b|months?\b/i,
		regex: compile(
			`\\b(?:(?:during|in|over|throughout)\\s+(?:(?:the\\s+same|that)\\s+(?:period|time|stretch|years?|months?)|this\\s+(?:period|time|stretch))|at\\s+(?:that|this|the\\s+same)\\s+(?:time|point|stage)|at\\s+the\\s+time(?!\\s+(?:I|we)\\b)(?!\\s+of\\b)|by\\s+(?:then(?![-‐])|that\\s+time|this\\s+time|that\\s+point)|during\\s+that\\s+time|around\\s+the\\s+same\\s+time)\\b`
		),
		relation: 'same'
	}
];

const WRITER_TIME_HINT = /time|now/i;
const WRITER_TIME = compile(`\\b(?:at|by)\\s+the\\s+time\\s+(?:I|we)\\b|\\b(?:even\\s+|right\\s+|just\\s+)?now\\b`);

const EVENT_PHRASE = compile(
	`\\b(?<soon>(?:${opening('shortly|soon|immediately|just|not long')})\\s+)?(?<prep>${opening('by the end of|until the end of|in the course of|at the time of|ahead of|after|following|before|by|during|throughout')})\\s+(?:(?<det>${DETERMINER})\\s+)?(?<mods>${MODIFIERS})${NOUN}\\b`,
	'gu'
);
const EVENT_HINT = new RegExp([...EVENT_NOUNS].join('|'), 'i');
const COMING_EVENT = compile(
	`\\b${opening('(?:the|an?)')}\\s+(?:coming|upcoming|forthcoming|next)\\s+(?<mods>${MODIFIERS})${NOUN}\\b`,
	'gu'
);

const WIN_CONJUNCTIONS: Record<string, AnaphoricRelation> = {
	'as soon as': 'after-short',
	'soon after': 'after-short',
	'shortly after': 'after-short',
	'immediately after': 'after-short',
	'just after': 'after-short',
	after: 'after',
	since: 'after',
	before: 'before',
	until: 'before',
	when: 'same',
	once: 'same'
};
/** What a win of an election is dated by: a mention of the election, or of the win itself. */
const WIN_NOUNS = ['election', 'victory', 'win'];
const NAME_WORD = `\\p{Lu}[\\p{L}’'-]*`;
/**
 * "<conjunction> <Name> won", with nothing won or an election won, then punctuation or a word that cannot start
 * an object: "as soon as Trump won –", "after Macron won the election in May", not "after Davis won the award".
 */
const WIN_PHRASE = compile(
	`\\b(?<conj>${opening(Object.keys(WIN_CONJUNCTIONS).join('|'))})\\s+(?<name>(?:${NAME_WORD}\\s+){0,2}${NAME_WORD})\\s+(?:had\\s+)?won\\b(?:\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}(?<object>elections?|votes?|ballots?|referendums?)\\b)?(?=\\s*(?:[–—,.;:!?)”"]|$)|\\s+(?:and|but|or|in|on|at|by|with|after|before|when|while|as|then)\\b)`,
	'gu'
);

/** The event nouns among the last words of a phrase, head first. */
function nounsOf(words: string[]): string[] {
	const nouns: string[] = [];
	for (const word of [...words].reverse()) {
		const noun = eventNoun(word);
		if (noun && !nouns.includes(noun)) nouns.push(noun);
	}
	return nouns;
}

/**
 * The names that say which event a noun means, across the sentence: "the Lesotho elections", "Lesotho’s vote",
 * "Trump’s success" (up to three words before the noun, back to a determiner or punctuation).
 */
export function qualifiersNear(text: string, nouns: readonly string[]): string[] {
	const names = new Set<string>();
	for (const match of text.matchAll(/[\p{L}’'-]+/gu)) {
		if (!nouns.includes(eventNoun(match[0]) ?? '')) continue;
		const before = text.slice(Math.max(0, match.index - 60), match.index);
		const words = /((?:[\p{L}’'-]+\s+){0,3})$/u.exec(before)?.[1].trim().split(/\s+/) ?? [];
		for (const word of words.reverse()) {
			if (/^(?:the|a|an|this|that|his|her|their|its|our|my)$/i.test(word)) break;
			if (isName(word)) names.add(bare(word));
		}
	}
	return [...names];
}

function eventReference(text: string, det: string | undefined, mods: string, noun: string, coming = false) {
	const words = [...(det ? [det] : []), ...mods.trim().split(/\s+/).filter(Boolean), noun];
	const nouns = nounsOf(words.slice(det ? 1 : 0));
	const qualifiers = new Set(qualifiersNear(text, nouns));
	for (const word of words) if (isName(word)) qualifiers.add(bare(word));
	return {
		nouns,
		qualifiers: [...qualifiers],
		pronoun: det !== undefined && new RegExp(`^(?:${PRONOUNS})$`, 'i').test(det),
		coming
	};
}

/** Every anaphoric time phrase in `text`, in order, without overlaps (the longest wins). */
export function findAnaphora(text: string): AnaphoricPhrase[] {
	const found: AnaphoricPhrase[] = [];
	const reversedAt = (index: number) => COPULA_BEFORE.test(text.slice(Math.max(0, index - 20), index));
	for (const { hint, regex, relation } of PATTERNS) {
		if (!hint.test(text)) continue;
		for (const match of text.matchAll(regex)) {
			// "was later": the phrase proper starts at "later".
			const offset = match[0].search(/later$/i) > 0 ? match[0].search(/later$/i) : 0;
			const index = match.index + offset;
			// Only a preposition takes an object to relate to ("came shortly after X"); adverbs do not ("was later").
			const reversed = /(?:after|before)$/i.test(match[0]) && reversedAt(index);
			found.push({ index, end: match.index + match[0].length, relation, reversed });
		}
	}
	const events = EVENT_HINT.test(text);
	for (const match of events ? text.matchAll(EVENT_PHRASE) : []) {
		const g = match.groups!;
		if (!eventNoun(g.noun)) continue;
		if (/^by$/i.test(g.prep) && PASSIVE_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
		const plain = EVENT_PREPOSITIONS[g.prep.toLowerCase().replace(/\s+/g, ' ')];
		const relation = g.soon && plain !== 'same' ? (`${plain}-short` as AnaphoricRelation) : plain;
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			relation,
			reversed: relation !== 'same' && reversedAt(match.index),
			event: eventReference(text, g.det, g.mods, g.noun)
		});
	}
	for (const match of events ? text.matchAll(COMING_EVENT) : []) {
		const g = match.groups!;
		if (!eventNoun(g.noun)) continue;
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			relation: 'before',
			reversed: false,
			event: eventReference(text, undefined, g.mods, g.noun, true)
		});
	}
	for (const match of /\bwon\b/.test(text) ? text.matchAll(WIN_PHRASE) : []) {
		const g = match.groups!;
		const names = g.name.split(/\s+/);
		if (!names.every(isName)) continue;
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			relation: WIN_CONJUNCTIONS[g.conj.toLowerCase().replace(/\s+/g, ' ')],
			reversed: false,
			event: {
				nouns: g.object ? [eventNoun(g.object)!] : WIN_NOUNS,
				qualifiers: names.map(bare),
				pronoun: false,
				coming: false,
				needsDate: true
			}
		});
	}
	for (const match of WRITER_TIME_HINT.test(text) ? text.matchAll(WRITER_TIME) : []) {
		found.push({
			index: match.index,
			end: match.index + match[0].length,
			relation: 'same',
			reversed: false,
			writerTime: true
		});
	}
	found.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
	const kept: AnaphoricPhrase[] = [];
	for (const phrase of found) {
		if (kept.every((other) => phrase.end <= other.index || phrase.index >= other.end)) kept.push(phrase);
	}
	return kept.sort((a, b) => a.index - b.index);
}
