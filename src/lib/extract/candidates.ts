/**
 * Candidate events from a source text: one per distinct date stated in a sentence, with the sentence as its
 * passage, the people it names, a draft title and, where the timeline already has it, the matching event.
 * A reviewer turns candidates into events; nothing here is trusted as finished data.
 */
import type { EventDate, TimelineEvent } from '../data/schema';
import { scanDateExpressions, type DateAnchor, type DateMatch } from '../dates/expressions';
import { datedMentions, findReferent, type DatedMention } from '../dates/mentions';
import { eventWindow, windowsOverlap } from '../dates/window';
import { locateExcerpts, matchingEvents } from './matching';
import { peopleFinder } from './people';
import { splitSentences } from './sentences';
import { draftTitle } from './title';

export interface Candidate {
	source: string;
	/** The sentence verbatim, at `index..end` (exclusive) of the source text. */
	sentence: string;
	index: number;
	end: number;
	/** The date expression as written, at `dateIndex` in the source text. */
	dateText: string;
	dateIndex: number;
	date: EventDate;
	/**
	 * For a date read against another (relative, anaphoric, year-less): the expression it leans on, as written, and
	 * its position in the source text. A reviewer checks this first.
	 */
	anchor?: { text: string; index: number };
	people: string[];
	/** Always true: the title is made from the sentence and must be rewritten by a person. */
	draft: true;
	draftTitle: string;
	/** The existing event this passage and date already stand for (closest date first), if any. */
	matches?: string;
	/** Further existing events matching the same passage and date. */
	alsoMatches?: string[];
}

export interface ExtractProgress {
	fraction: number;
	done: number;
	total: number;
}

export interface ExtractOptions {
	sourceId: string;
	/** Events already in the timeline, to mark candidates that repeat them. */
	existingEvents?: readonly Pick<TimelineEvent, 'id' | 'date' | 'excerpts' | 'people'>[];
	/** Names to look for by surname; defaults to the people of `existingEvents`. */
	knownPeople?: readonly string[];
	/** The year for a month without one before any dated sentence (e.g. the publication year). */
	referenceYear?: number;
	onProgress?: (progress: ExtractProgress) => void;
}

/** The dates of one sentence worth a candidate: implied dates that repeat a stated one are dropped, as are repeats. */
function distinctDates(found: DateMatch[]): DateMatch[] {
	const stated = found.filter((match) => !match.date.approximate);
	const kept: DateMatch[] = [];
	for (const match of found) {
		if (
			match.date.approximate &&
			stated.some((other) => windowsOverlap(eventWindow(other.date), eventWindow(match.date)))
		) {
			continue;
		}
		if (kept.some((other) => other.date.start === match.date.start && other.date.end === match.date.end)) continue;
		kept.push(match);
	}
	return kept;
}

/**
 * Follows the time a text is at, sentence by sentence. Within a paragraph, a phrase leans on the latest
 * time-setting date before it. A paragraph with no date of its own before the phrase leans on the time of the
 * paragraph before: the first date that paragraph set (it usually sets the scene; later dates in it are often
 * asides such as a career history), else the one before that.
 */
class TimeTracker {
	private current: DateAnchor | undefined;
	private scene: DateAnchor | undefined;
	private paragraphScene: DateAnchor | undefined;
	readonly mentions: DatedMention[] = [];

	/** The time a sentence starts at; `newParagraph` when a line break stands between it and the sentence before. */
	start(newParagraph: boolean): DateAnchor | undefined {
		if (newParagraph) {
			this.scene = this.paragraphScene ?? this.scene;
			this.paragraphScene = undefined;
			this.current = this.scene;
		}
		return this.current;
	}

	/** Reads what a sentence said about time. */
	read(sentence: { text: string; index: number }, matches: DateMatch[], after: DateAnchor | null | undefined): void {
		const first = matches.find((match) => match.setsTime);
		if (first && !this.paragraphScene) this.paragraphScene = { ...first.date, index: sentence.index + first.index };
		if (after !== undefined) this.current = after ?? undefined;
		this.mentions.push(...datedMentions(sentence.text, sentence.index, matches));
	}
}

/** Candidate events for every dated sentence of `text`, in text order, reporting progress as it goes. */
export function extractCandidates(text: string, options: ExtractOptions): Candidate[] {
	const { sourceId, existingEvents = [], referenceYear, onProgress } = options;
	const findPeople = peopleFinder(options.knownPeople ?? [...new Set(existingEvents.flatMap((event) => event.people))]);
	const located = locateExcerpts(text, sourceId, existingEvents);
	const sentences = splitSentences(text);
	const total = sentences.length;
	const step = Math.max(1, Math.ceil(total / 100));
	const candidates: Candidate[] = [];
	const time = new TimeTracker();
	let previousEnd = 0;
	sentences.forEach((sentence, done) => {
		const anchor = time.start(text.slice(previousEnd, sentence.index).includes('\n'));
		previousEnd = sentence.end;
		// Per sentence, not per text: chrono is slow on long strings, and the time carries over by hand.
		const { matches: found, after } = scanDateExpressions(sentence.text, {
			anchor,
			referenceYear,
			offset: sentence.index,
			referent: (event, at) => findReferent(time.mentions, event, at)
		});
		time.read(sentence, found, after);
		if (found.length) {
			const people = findPeople(sentence.text);
			for (const match of distinctDates(found)) {
				const ids = matchingEvents(located, sentence.index, sentence.end, match.date);
				candidates.push({
					source: sourceId,
					sentence: sentence.text,
					index: sentence.index,
					end: sentence.end,
					dateText: match.text,
					dateIndex: sentence.index + match.index,
					date: match.date,
					...(match.anchor ? { anchor: match.anchor } : {}),
					people,
					draft: true,
					draftTitle: draftTitle(sentence.text, match.text),
					...(ids.length ? { matches: ids[0] } : {}),
					...(ids.length > 1 ? { alsoMatches: ids.slice(1) } : {})
				});
			}
		}
		if (onProgress && ((done + 1) % step === 0 || done + 1 === total)) {
			onProgress({ fraction: (done + 1) / total, done: done + 1, total });
		}
	});
	return candidates;
}
