/**
 * Reported news without a date of its own: in an article with a publication date, a sentence that reports
 * something done or said ("Apple released an update", "Jobs said that…", "has settled its dispute") is about the
 * days before publication. Such a sentence gets a candidate dated by the publication date: the week that ends on
 * it, approximate, so a reviewer sees why and checks it.
 *
 * Choices, so a reader can predict the output:
 * - A report has a past-tense or present-perfect verb, or says/said; a sentence about the future only ("will",
 *   "is expected to"), a question, opinion ("should", "could", "may"), a bare quotation without a speaker, a
 *   heading or a sentence of fewer than five words is not one.
 * - A sentence that states a date of its own gets that date's candidate instead.
 */
import type { EventDate } from '../model/timeline';
import { dateStringAt, dateStringWindow, formatDateString } from '../dates/event-dates';

/** How far before the publication date a report of the day's news may reach. */
export const REPORT_DAYS = 7;
const DAY = 86_400_000;

const IRREGULAR_PAST =
	'said|says|told|made|took|gave|began|came|went|became|won|lost|sold|left|led|held|met|sent|set|saw|grew|fell|rose|bought|brought|found|hit|cut|ran|spoke|wrote|chose|paid|built|kept|struck|broke|drew|shut|quit|showed|shown|known|taken|given|begun|grown|fallen|risen|spoken|written|chosen|broken|drawn|thrown|threw|stood|understood|won|felt|put';
const REPORT = new RegExp(
	`\\b(?:(?:has|have|had)\\s+(?:(?:not|now|also|already|just|since|recently|finally)\\s+)*(?:been\\s+)?(?:\\p{L}+(?:ed|en)|${IRREGULAR_PAST})|was|were|${IRREGULAR_PAST}|\\p{L}{2,}ed)\\b`,
	'iu'
);
const FUTURE_ONLY =
	/\b(?:will|shall|would|going\s+to|(?:is|are)\s+(?:expected|scheduled|slated|set|due|planning)\s+to)\b/i;
const OPINION = /^(?:[^"“]*\b(?:should|could|might|may|must)\b)/i;
const SPEAKER = /\b(?:said|says|told|according\s+to|stated|added|explained|noted|wrote|announced)\b/i;

/** True when `sentence` reports something done or said (see the choices above). */
export function isReport(sentence: string): boolean {
	const words = sentence.split(/\s+/).filter(Boolean);
	if (words.length < 5 || /\?["”’]?$/.test(sentence) || !/[.!"”’]$/.test(sentence.trim())) return false;
	if (/^["“]/.test(sentence) && !SPEAKER.test(sentence)) return false;
	// Quoted words say what someone said, not what the sentence reports: read the rest.
	const own = sentence.replace(/["“][^"”]*["”]/g, ' ');
	if (!REPORT.test(own)) return false;
	if (FUTURE_ONLY.test(own) && !SPEAKER.test(own)) return false;
	return !OPINION.test(own) || SPEAKER.test(own);
}

/** The date a report of the day's news gets: the week ending on the publication date (YYYY-MM-DD), approximate. */
export function publicationWindow(published: string): EventDate {
	const start = dateStringAt(dateStringWindow(published).start - REPORT_DAYS * DAY, 'day');
	return {
		start,
		end: published,
		precision: 'span',
		approximate: true,
		text: `the week to its publication on ${formatDateString(published)}`
	};
}
