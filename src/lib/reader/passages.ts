/**
 * Reading a source in context: where in its text each event's excerpt sits (resolving a quote that occurs
 * more than once by its `occurrence`), and the text cut into paragraphs and pieces so every cited passage
 * can be marked. Everything here is plain text and character offsets; nothing is ever parsed as HTML.
 */
import type { TimelineEvent } from '../model/timeline';
import { locateQuote } from '../text/locate-quote';

export interface Range {
	/** Offset of the first character, in UTF-16 code units as JavaScript strings count them. */
	start: number;
	/** Offset just past the last character. */
	end: number;
}

/** One excerpt of one event, found in the source text. */
export interface Passage extends Range {
	eventId: string;
	/** Index into the event's `excerpts`, 0-based. */
	excerptIndex: number;
}

/** Every excerpt of `events` that cites `sourceId`, located in its text, in text order; and the ones not found. */
export function citedPassages(
	events: readonly TimelineEvent[],
	sourceId: string,
	text: string
): { passages: Passage[]; missing: { eventId: string; excerptIndex: number }[] } {
	const passages: Passage[] = [];
	const missing: { eventId: string; excerptIndex: number }[] = [];
	for (const event of events) {
		event.excerpts.forEach((excerpt, excerptIndex) => {
			if (excerpt.source !== sourceId) return;
			const range = locateQuote(text, excerpt.quote, excerpt.occurrence ?? 1);
			if (range) passages.push({ ...range, eventId: event.id, excerptIndex });
			else missing.push({ eventId: event.id, excerptIndex });
		});
	}
	passages.sort((a, b) => a.start - b.start || b.end - a.end);
	return { passages, missing };
}

/** A piece of a paragraph: plain text, text inside one or more cited passages, or a link to another citing event. */
export type Piece =
	| { kind: 'text'; text: string; start: number }
	| {
			kind: 'passage';
			text: string;
			start: number;
			/** The passage this piece links to: the one asked for when it covers the piece, else the innermost. */
			link: Passage;
			/** Every passage that covers this piece. */
			covering: Passage[];
			/** True when the passage asked for (the highlight) covers this piece. */
			current: boolean;
	  }
	/** Where a passage ends: the way to its event (`event`), or to another event citing the same words (`also`). */
	| { kind: 'event' | 'also'; passage: Passage };

export interface Paragraph extends Range {
	pieces: Piece[];
}

/** The line ranges of a text: each non-blank line is a paragraph (blank lines only separate them). */
export function paragraphRanges(text: string): Range[] {
	const ranges: Range[] = [];
	const pattern = /[^\r\n]+/g;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		if (match[0].trim()) ranges.push({ start: match.index, end: match.index + match[0].length });
	}
	return ranges;
}

const samePassage = (a: Passage, b: Passage) => a.eventId === b.eventId && a.excerptIndex === b.excerptIndex;

/**
 * The text as paragraphs of pieces, every cited passage marked. Where passages overlap, each stretch belongs to
 * the passage asked for (`current`) if it covers it, else to the innermost one. Where passages end, one link per
 * event that cites them: `event` for the stretch's own, `also` for the others, so the words stay plain text to
 * select and every citing event stays one step away.
 */
export function readerParagraphs(text: string, passages: readonly Passage[], current?: Passage | null): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	for (const paragraph of paragraphRanges(text)) {
		const inside = passages.filter((p) => p.start < paragraph.end && p.end > paragraph.start);
		const cuts = new Set([paragraph.start, paragraph.end]);
		for (const p of inside) {
			cuts.add(Math.max(p.start, paragraph.start));
			cuts.add(Math.min(p.end, paragraph.end));
		}
		const points = [...cuts].sort((a, b) => a - b);
		const pieces: Piece[] = [];
		for (let i = 0; i < points.length - 1; i++) {
			const [start, end] = [points[i], points[i + 1]];
			const slice = text.slice(start, end);
			const covering = inside.filter((p) => p.start <= start && p.end >= end);
			if (!covering.length) {
				pieces.push({ kind: 'text', text: slice, start });
				continue;
			}
			const asked = current ? covering.find((p) => samePassage(p, current)) : undefined;
			const innermost = covering.reduce((best, p) =>
				p.start > best.start || (p.start === best.start && p.end < best.end) ? p : best
			);
			const link = asked ?? innermost;
			pieces.push({ kind: 'passage', text: slice, start, link, covering, current: !!asked });
			const linkedEvents = new Set<string>();
			const ending = covering.filter((p) => p.end === end);
			// The stretch's own event first, then the others, each once.
			ending.sort((a, b) => Number(b.eventId === link.eventId) - Number(a.eventId === link.eventId));
			for (const p of ending) {
				if (linkedEvents.has(p.eventId)) continue;
				linkedEvents.add(p.eventId);
				pieces.push({ kind: p.eventId === link.eventId ? 'event' : 'also', passage: p });
			}
		}
		paragraphs.push({ ...paragraph, pieces });
	}
	return paragraphs;
}

/** The passage for an event's `excerptIndex`-th excerpt (0-based) among `passages`, if it was found. */
export function findPassage(passages: readonly Passage[], eventId: string, excerptIndex: number): Passage | null {
	return passages.find((p) => p.eventId === eventId && p.excerptIndex === excerptIndex) ?? null;
}
