/**
 * Finding date expressions in prose and writing each as an `EventDate`: "the 11th of June 2014", "late 2015 and
 * early 2016", "the first two quarters of 2016", "the next day". chrono-node reads the ordinary calendar forms;
 * the recognisers here add what it misses (bare years, year and season ranges, quarters, decades, "Month the Nth",
 * relative phrases) and refuse what only looks like a date (money, quantities, model numbers, verbs, times).
 *
 * Choices, so a reader can predict the output:
 * - A year is a number 1800-2099 standing alone; it is refused when it reads as a quantity ("2000 people",
 *   "over 2000 jobs"), an amount ("$2016", "2016%", "2016 million"), a model or serial number ("Boeing 2707",
 *   "page 2016") or part of a longer number ("10.2016.1.1", "2,016", "0117 2016 3456").
 * - "the 2000s" is 2000..2009; "the early 2000s" 2000..2003, "the mid-2000s" 2003..2007, "the late 2000s"
 *   2007..2009, the three marked approximate.
 * - "early/mid/late YEAR" are the seasons of window.ts (01-04, 05-08, 09-12); "the start/end of YEAR" are early and
 *   late; "winter 2016" runs 2016-12..2017-02. "By YEAR" is that year and "by the end of YEAR" late that year, both
 *   approximate (they bound a state, not an event).
 * - A month or day without a year takes the year of the nearest preceding date (in the text, else
 *   `context.anchor`, else `context.referenceYear`) and is approximate; with none of those it is dropped.
 * - Relative phrases ("the next day", "four days after", "that year") shift the nearest preceding date and are
 *   approximate. After "was/were" the phrase relates the anchor to the new event ("This was two years before
 *   Breitbart launched"), so the shift is reversed.
 * - Slash dates are read day first (British usage, chrono's GB parser); bare month names need a preposition
 *   before them ("in June", not "March on Washington" or "Theresa May") or an event noun after "the" ("the November
 *   election"), and a capital letter ("may" is a verb).
 * - "N days after X, on <date>" dates X from the stated date that follows (N days before it).
 * - Anaphoric phrases ("shortly afterwards", "during the same period", "after the election"; see anaphora.ts)
 *   lean on the time the text is at, or on a date the text gives the event they name; they count only in a text
 *   with no date expression of its own, and are approximate.
 * - The time the text is at is the latest date that sets it: a year or month inside a noun phrase ("his 2013
 *   meeting", "the 2012 election") names a thing and does not, unless a preposition of time governs it ("during
 *   the 2016 campaign"). The writer's own time ("at the time I was", "now") leaves it undated.
 */
import { findAnaphoric, readAnaphora } from './anaphoric';
import { findCalendar, HAS_MONTH } from './calendar';
import { findDays } from './days';
import { findQuarters } from './quarters';
import { findSeasonsAndRanges } from './seasons';
import { findYearsAndDecades } from './years';
import { RELATIVE_HINT, findRelative } from './relative';
import { findDeictic, sideOf } from './deictic';
import { FISCAL_HINT, findFiscal } from './fiscal';
import type { DateAnchor, DateContext, DateMatch, DatedBy, DateScan, Found } from './types';
import type { EventDate } from '../../model/timeline';

export type { DateAnchor, DateContext, DateMatch, DatedBy, DateScan, ExpressionKind } from './types';

/** A publication date (YYYY-MM-DD) as the anchor of a text's year-less and deictic expressions. */
export function publicationAnchor(published: string): DateAnchor {
	return { start: published, end: published, precision: 'day', approximate: false, publication: true };
}

/** True when `from..to` stays within one sentence and is short enough to be one clause away. */
function sameSentence(text: string, from: number, to: number): boolean {
	return to - from <= 160 && !/[.!?]\s|\n/.test(text.slice(from, to));
}

/** Keep the longest expressions, dropping any that overlap one already kept; ties go to the higher rank. */
function selectNonOverlapping(found: Found[]): Found[] {
	const ordered = [...found].sort(
		(a, b) => b.end - b.index - (a.end - a.index) || b.rank - a.rank || a.index - b.index
	);
	const kept: Found[] = [];
	for (const candidate of ordered) {
		if (kept.every((other) => candidate.end <= other.index || candidate.index >= other.end)) kept.push(candidate);
	}
	return kept.sort((a, b) => a.index - b.index);
}

/** Determiners and possessives before a date that make it part of a noun phrase: "the 2016 campaign", "his 2013 meeting". */
const NOUN_PHRASE_BEFORE =
	/(?:^|\s)([\p{L}]+\s+)?(?:the|a|an|this|that|his|her|its|their|our|my|your|\p{L}+[’']s?)\s+$/iu;
/** Prepositions that make a dated noun phrase say when: "during the 2016 campaign", "before the November election". */
const TEMPORAL_PREPOSITIONS = new Set(
	'during throughout in on before after since until till by from following amid ahead'.split(' ')
);
/** Words that may follow a date that is not part of a noun phrase: "the 11th of June 2014 during", "the 2000s and". */
const AFTER_ADVERBIAL = new Set(
	'and or but to until till through into in on at by for of from with when while as after before during since was were is are had has have'.split(
		' '
	)
);

/**
 * True when the date at `index..end` qualifies a noun ("the 2012 election", "his 2013 meeting") rather than saying
 * when something happened; a dated noun phrase after "during", "before"... still says when.
 */
function isNounModifier(text: string, index: number, end: number): boolean {
	// Only a year, a month or both stand before a noun like an adjective; "the 23rd of August 2016" does not.
	if (!/^(?:\p{Lu}\p{L}+\.?\s+)?(?:\d{4}s?)$|^\p{Lu}\p{L}+$/u.test(text.slice(index, end))) return false;
	const before = NOUN_PHRASE_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
	if (!before || TEMPORAL_PREPOSITIONS.has(before[1]?.trim().toLowerCase() ?? '')) return false;
	const next = /^ +([\p{L}]+)/u.exec(text.slice(end, end + 40))?.[1];
	return next !== undefined && !AFTER_ADVERBIAL.has(next.toLowerCase());
}

/**
 * Every date expression in `text`, in order, each as an `EventDate`; relative, anaphoric and year-less ones lean
 * on the time-setting date before them (or `context.anchor`). Anaphoric phrases ("subsequently", "at the time")
 * count only in a text that states no date of its own: a stated date already says when.
 */
export function scanDateExpressions(text: string, context: DateContext = {}): DateScan {
	// Cheap tests first: most sentences of an article have no month, no year and no relative phrase.
	const hasMonth = HAS_MONTH.test(text);
	const hasYear = /\d{4}/.test(text);
	const stated = [
		...findCalendar(text),
		...(hasMonth ? findDays(text) : []),
		...(hasYear ? [...findSeasonsAndRanges(text), ...findQuarters(text), ...findYearsAndDecades(text)] : []),
		...(RELATIVE_HINT.test(text) ? findRelative(text) : []),
		...(FISCAL_HINT.test(text) ? findFiscal(text, context.published) : []),
		...(context.published ? findDeictic(text, context.published) : [])
	];
	const offset = context.offset ?? 0;
	const matches: DateMatch[] = [];
	const side = sideOf(text);
	const published: DateAnchor | undefined = context.published
		? { ...publicationAnchor(context.published), side }
		: undefined;
	const onSide = (date: DateAnchor | undefined) => (date?.publication ? { ...date, side } : date);
	let anchor = onSide(context.anchor) ?? published;
	let after: DateAnchor | null | undefined;
	// A date inside a noun phrase does not move the time, but it is better than nothing for a year-less month.
	let named: DateAnchor | undefined;
	const selected = selectNonOverlapping(stated.length ? stated : findAnaphoric(text));
	selected.forEach((item, i) => {
		if (item.anaphora?.writerTime) {
			anchor = undefined;
			after = null;
			return;
		}
		const next = selected[i + 1];
		const nextValue =
			item.resolveFromNext && next && next.kind !== 'relative' && sameSentence(text, item.end, next.index)
				? next.resolve(anchor, context.referenceYear)
				: null;
		const event = item.anaphora?.event;
		const referent = event ? context.referent?.(event, anchor) : undefined;
		// A month or day without a year is read against the publication date unless this sentence set the time.
		const yearless = item.usesAnchor && item.kind !== 'relative' && item.kind !== 'anaphoric';
		const setHere = anchor?.index !== undefined && anchor.index >= offset && !anchor.publication;
		const base = yearless && published && !setHere ? published : (referent ?? anchor ?? named);
		const value = item.deictic
			? item.deictic.value
			: nextValue
				? item.resolveFromNext!(nextValue)
				: item.anaphora
					? readAnaphora(item.anaphora, referent, anchor ?? named)
					: item.resolve(base, context.referenceYear);
		if (!value) return;
		const phrase = text.slice(item.index, item.end);
		const date: EventDate = { ...value, text: phrase };
		const leanedOn = nextValue
			? { text: text.slice(next.index, next.end), index: offset + next.index }
			: item.usesAnchor && !base?.publication && base?.text !== undefined && base.index !== undefined
				? { text: base.text, index: base.index }
				: undefined;
		const datedBy: DatedBy =
			item.deictic || (item.usesAnchor && base?.publication) ? 'publication' : leanedOn ? 'anchor' : 'text';
		const timexValue = item.deictic?.timexValue ?? item.timexValue;
		// "Five years after its launch, … in February": the phrase dates the launch, not the time the text is at.
		const setsTime = !nextValue && !isNounModifier(text, item.index, item.end);
		matches.push({
			text: phrase,
			index: item.index,
			end: item.end,
			kind: item.kind,
			date,
			...(leanedOn ? { anchor: leanedOn } : {}),
			setsTime,
			datedBy,
			...(timexValue ? { timexValue } : {})
		});
		if (setsTime) after = anchor = { ...date, index: offset + item.index };
		else named = { ...date, index: offset + item.index };
	});
	return { matches, after };
}

/** Every date expression in `text`, in order, each as an `EventDate` (see `scanDateExpressions`). */
export function findDateExpressions(text: string, context: DateContext = {}): DateMatch[] {
	return scanDateExpressions(text, context).matches;
}

/** The date of a single expression ("August 2016", "late 2015 and early 2016"): its first match, or null. */
export function parseDateExpression(text: string, context: DateContext = {}): EventDate | null {
	return findDateExpressions(text, context)[0]?.date ?? null;
}
