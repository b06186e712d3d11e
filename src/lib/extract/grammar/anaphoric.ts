/** Anaphoric phrases ("shortly afterwards", "during the same period", "after the election"): see anaphora.ts. */
import { makeDate } from './blocks';
import { shiftAnchor } from './relative';
import type { DateAnchor, DateValue, Found } from './types';
import { findAnaphora, type AnaphoricPhrase } from './anaphora';

/** Months after (or before) the time pointed at that "shortly after" and "after"/"before" reach. */
export const HORIZON_MONTHS = { short: 3, long: 12 };

/** The window an anaphoric phrase gives its statement, from the date it points at. */
export function relate(to: DateAnchor, phrase: AnaphoricPhrase): DateValue | null {
	if (phrase.relation === 'same') {
		const same = makeDate(to.start, to.end, true);
		if (!same || !to.precision) return same;
		const bounds = { startPrecision: to.startPrecision, endPrecision: to.endPrecision };
		return { ...same, precision: to.precision, ...(to.precision === 'span' ? pruneUndefined(bounds) : {}) };
	}
	const months = phrase.relation.endsWith('-short') ? HORIZON_MONTHS.short : HORIZON_MONTHS.long;
	const later = phrase.relation.startsWith('after') !== phrase.reversed;
	return later ? shiftAnchor(to, 'month', 0, months) : shiftAnchor(to, 'month', -months, 0);
}

export function pruneUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The date of an anaphoric phrase: against the date the text gives the event it names, else against the time the
 * text is at. For an event the text does not date, whether it came before that time is unknown, so "before the
 * election" is read as that time itself; "after the election" still follows the narrative forward.
 */
export function readAnaphora(
	phrase: AnaphoricPhrase,
	referent: DateAnchor | undefined,
	anchor: DateAnchor | undefined
): DateValue | null {
	if (phrase.writerTime) return null;
	if (referent) return relate(referent, phrase);
	// "as soon as Trump won": only a date the text gives that election says when; the time the text is at does not.
	if (!anchor || phrase.event?.needsDate) return null;
	const undatedBefore = phrase.event && phrase.relation.startsWith('before');
	return relate(anchor, undatedBefore ? { ...phrase, relation: 'same' } : phrase);
}

export function findAnaphoric(text: string): Found[] {
	return findAnaphora(text).map((phrase) => ({
		index: phrase.index,
		end: phrase.end,
		kind: 'anaphoric',
		rank: -1,
		usesAnchor: true,
		anaphora: phrase,
		resolve: (anchor) => readAnaphora(phrase, undefined, anchor)
	}));
}
