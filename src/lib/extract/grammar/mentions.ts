/**
 * Events a text dates as it names them ("the 2012 election", "the November election", "elections were held in
 * June 2017"), so that a later "after the election" or "the coming election" can lean on the date the text itself
 * gives that event rather than on whatever date happens to stand before it.
 *
 * Choices, so a reader can predict the output:
 * - A date belongs to an event noun when it stands right before it, at most one word between ("the 2016 Brexit
 *   campaign"), or follows it within four words ending in a preposition ("elections were held in June 2017"),
 *   with no punctuation between. Only dates the text states count, not ones it implies ("that year").
 * - "the election" means the latest earlier dated election; when the phrase or its sentence names which one ("the
 *   Lesotho elections", "Trump’s success", "as soon as Trump won"), only mentions with that name within four words
 *   count, or, when no dated mention has that name, only mentions with no name within four words (the text dates
 *   the election without saying whose; one it ties to another name is never taken); "her campaign" (an owner not
 *   spelt out) never matches on the noun alone; "the coming election" is the latest mention dated after the time
 *   the sentence is at.
 */
import type { DateAnchor, DateMatch } from './expressions';
import { eventNoun, isName, type EventReference } from './anaphora';
import { dateStringWindow } from '../../dates/event-dates';

/** An event noun with the date the text gives it. */
export interface DatedMention {
	noun: string;
	date: DateAnchor;
	/** Names within four words of the noun: what says which election this is. */
	names: string[];
}

const WORD = /[\p{L}’'-]+/gu;
const NEAR = 4;

/** The dated event mentions of one sentence; `offset` is its place in the whole text. */
export function datedMentions(text: string, offset: number, matches: readonly DateMatch[]): DatedMention[] {
	const stated = matches.filter((match) => match.kind !== 'relative' && match.kind !== 'anaphoric');
	if (!stated.length) return [];
	const words = [...text.matchAll(WORD)];
	const mentions: DatedMention[] = [];
	words.forEach((word, i) => {
		const noun = eventNoun(word[0]);
		if (!noun) return;
		const from = word.index;
		const to = from + word[0].length;
		const match = stated.find(
			(date) =>
				(date.end <= from && /^\s+(?:[\p{L}’'-]+\s+)?$/u.test(text.slice(date.end, from))) ||
				(date.index >= to &&
					/^(?:\s+[\p{L}’'-]+){0,3}\s+(?:in|on|of|during|from|since)\s+$/iu.test(text.slice(to, date.index)))
		);
		if (!match) return;
		const names = words
			.slice(Math.max(0, i - NEAR), i + NEAR + 1)
			.map((near) => near[0])
			.filter(isName)
			.map((name) => name.replace(/[’']s?$/, ''));
		mentions.push({ noun, names, date: { ...match.date, index: offset + match.index } });
	});
	return mentions;
}

/** The mention an event reference points at, latest first, or undefined when the text does not date it. */
export function findReferent(
	mentions: readonly DatedMention[],
	event: EventReference,
	at: DateAnchor | undefined
): DateAnchor | undefined {
	let candidates = mentions.filter((mention) => event.nouns.includes(mention.noun));
	if (event.qualifiers.length) {
		const named = candidates.filter((mention) => mention.names.some((name) => event.qualifiers.includes(name)));
		// "Trump won" when no dated mention names Trump: an election the text dates without naming anyone near it
		// ("the November election") may be his; one that names someone else ("Lesotho’s last election") is not.
		candidates = named.length ? named : candidates.filter((mention) => !mention.names.length);
	} else if (event.pronoun) {
		return undefined;
	}
	if (event.coming) {
		if (!at) return undefined;
		const now = dateStringWindow(at.end).end;
		candidates = candidates.filter((mention) => dateStringWindow(mention.date.start).start >= now);
	}
	return candidates[candidates.length - 1]?.date;
}
