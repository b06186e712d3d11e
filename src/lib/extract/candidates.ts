/**
 * Candidate events from a source text: one per distinct date stated in a sentence, with the sentence as its
 * passage, the people it names, a draft title and, where the timeline already has it, the matching event.
 * A reviewer turns candidates into events; nothing here is trusted as finished data.
 */
import type { EventDate, TimelineEvent } from '../model/timeline';
import type { DateMatch, DatedBy } from './grammar/expressions';
import { isReport, publicationWindow } from './reported';
import { eventWindow, windowsOverlap } from '../dates/event-dates';
import { locateExcerpts, matchingEvents } from './matching';
import { peopleFinder } from './people';
import { scanText } from './scan';
import { draftTitle } from './title';

export interface Candidate {
	source: string;
	/** The sentence verbatim, at `index..end` (exclusive) of the source text. */
	sentence: string;
	index: number;
	end: number;
	/**
	 * The date expression as written, at `dateIndex` in the source text. A candidate dated only by the publication
	 * date (`datedBy: 'publication'` with no expression of its own) has `dateText` '' and `dateIndex` -1.
	 */
	dateText: string;
	dateIndex: number;
	date: EventDate;
	/**
	 * What the date leans on: the text alone ('text'), another expression of it (`anchor`: 'anchor'), or the
	 * article's publication date ('publication': "yesterday", "on Tuesday", a month and day without a year, or a
	 * report of the day's news that names no date, dated the week to publication).
	 */
	datedBy: DatedBy;
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
	/**
	 * The article's publication date (YYYY-MM-DD), or null when it states none: what "yesterday", "on Tuesday",
	 * "last month" and a month and day without a year are read against.
	 */
	published?: string | null;
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

/** Candidate events for every dated sentence of `text`, in text order, reporting progress as it goes. */
export function extractCandidates(text: string, options: ExtractOptions): Candidate[] {
	const { sourceId, existingEvents = [], referenceYear, published, onProgress } = options;
	const findPeople = peopleFinder(options.knownPeople ?? [...new Set(existingEvents.flatMap((event) => event.people))]);
	const located = locateExcerpts(text, sourceId, existingEvents);
	const candidates: Candidate[] = [];
	let step = 1;
	const scanned = scanText(text, {
		referenceYear,
		published,
		onSentence: (done, total) => {
			step = Math.max(1, Math.ceil(total / 100));
			if (onProgress && (done % step === 0 || done === total)) onProgress({ fraction: done / total, done, total });
		}
	});
	const reportDate = published ? publicationWindow(published) : undefined;
	for (const sentence of scanned) {
		// A sentence whose only dates name things ("the 2010 conference") still reports the day's news.
		const ownDate = sentence.matches.some((match) => match.setsTime);
		const dated: { text: string; index: number; date: EventDate; datedBy: DatedBy; anchor?: DateMatch['anchor'] }[] =
			distinctDates(sentence.matches).map((match) => ({ ...match, index: sentence.start + match.index }));
		if (reportDate && !ownDate && isReport(sentence.text)) {
			dated.push({ text: '', index: -1, date: reportDate, datedBy: 'publication' });
		}
		if (!dated.length) continue;
		const people = findPeople(sentence.text);
		for (const match of dated) {
			const ids = matchingEvents(located, sentence.start, sentence.end, match.date);
			candidates.push({
				source: sourceId,
				sentence: sentence.text,
				index: sentence.start,
				end: sentence.end,
				dateText: match.text,
				dateIndex: match.index,
				date: match.date,
				datedBy: match.datedBy,
				...(match.anchor ? { anchor: match.anchor } : {}),
				people,
				draft: true,
				draftTitle: draftTitle(sentence.text, match.text),
				...(ids.length ? { matches: ids[0] } : {}),
				...(ids.length > 1 ? { alsoMatches: ids.slice(1) } : {})
			});
		}
	}
	return candidates;
}
