/**
 * What the review shows for an article: each candidate as a passage with its status on the timeline (open,
 * accepted or merged, rejected with its reason) and words for its date, and the passages to highlight.
 */
import type { Candidate } from '../../extract/candidates';
import type { TimelineEvent } from '../../model/timeline';
import { formatEventDate } from '../../dates/event-dates';
import type { PersonalTimeline, Rejection } from '../../store/personal-timeline';
import { eventsCiting, rejectionKey, type Passage } from '../../store/review';

/** A candidate as the extractor may give it: `datedBy` comes with the extractor that anchors on the publication date. */
export type ReviewCandidate = Candidate & { datedBy?: 'text' | 'anchor' | 'publication' };

export interface ReviewItem {
	key: string;
	passage: Passage;
	/** "12 Mar 2010 · day", "c. Jul 2010 · month · approximate". */
	dateLabel: string;
	/** What the date leans on, in words, when it is not written in the sentence itself. */
	leansOn: string | null;
	events: TimelineEvent[];
	rejection: Rejection | null;
}

export function passageOf(candidate: ReviewCandidate): Passage {
	return {
		source: candidate.source,
		sentence: candidate.sentence,
		index: candidate.index,
		end: candidate.end,
		dateText: candidate.dateText,
		date: candidate.date,
		people: candidate.people,
		draftTitle: candidate.draftTitle
	};
}

export function leansOn(candidate: ReviewCandidate): string | null {
	if (candidate.datedBy === 'publication') return 'the publication date';
	if (candidate.anchor) return `"${candidate.anchor.text}", earlier in the text`;
	return null;
}

export function describeDate(date: Passage['date']): string {
	if (!date) return 'no date';
	return [formatEventDate(date), date.precision, date.approximate ? 'approximate' : null].filter(Boolean).join(' · ');
}

export function reviewItems(candidates: ReviewCandidate[], timeline: PersonalTimeline): ReviewItem[] {
	return candidates.map((candidate) => {
		const passage = passageOf(candidate);
		const key = rejectionKey(passage);
		return {
			key,
			passage,
			dateLabel: describeDate(candidate.date),
			leansOn: leansOn(candidate),
			events: eventsCiting(timeline, passage),
			rejection: timeline.rejections.find((rejection) => rejectionKey(rejection) === key) ?? null
		};
	});
}

/** The passages to highlight, one per stretch of text, with the date labels of its candidates. */
export function highlights(items: ReviewItem[]): { index: number; end: number; labels: string[]; keys: string[] }[] {
	const byRange = new Map<string, { index: number; end: number; labels: string[]; keys: string[] }>();
	for (const item of items) {
		if (item.rejection) continue;
		const range = `${item.passage.index}:${item.passage.end}`;
		const entry = byRange.get(range) ?? { index: item.passage.index, end: item.passage.end, labels: [], keys: [] };
		entry.labels.push(item.dateLabel.split(' · ')[0]);
		entry.keys.push(item.key);
		byRange.set(range, entry);
	}
	return [...byRange.values()].sort((a, b) => a.index - b.index);
}
