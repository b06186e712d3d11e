/**
 * Assembling a TimelineDocument from checked parts, and counting how often each quote occurs in its source text.
 */
import { dateStringWindow } from '../dates/event-dates';
import { occurrencesOf } from '../text/locate-quote';
import { eventOrder } from './event-order';
import type { Period, Source, Story, Tag, TimelineDocument, TimelineEvent } from '../model/timeline';

export const DOCUMENT_TITLE = 'Sourceline';

const WINDOW = 32;
const BASE = 257;

/**
 * Polynomial hash of text[from, from + WINDOW), modulo 2^32: Math.imul and `| 0` wrap exactly, so the rolling
 * update below needs no division, which made the old prime-modulus hash the slowest part of loading a big file.
 */
function windowHash(text: string, from: number): number {
	let hash = 0;
	for (let i = from; i < from + WINDOW; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
	return hash;
}

/**
 * How often each quote occurs in `text` (overlaps included). With many quotes it makes one pass over the text
 * with a rolling hash of each position's first 32 characters, instead of one full search per quote: a
 * 10,000-event file quoting a few long sources would otherwise take seconds.
 */
export function countOccurrences(text: string, quotes: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	const byHash = new Map<number, string[]>();
	for (const quote of new Set(quotes)) {
		if (quote.length < WINDOW || quotes.length < 8) counts.set(quote, occurrencesOf(text, quote).length);
		else {
			counts.set(quote, 0);
			const hash = windowHash(quote, 0);
			const list = byHash.get(hash);
			if (list) list.push(quote);
			else byHash.set(hash, [quote]);
		}
	}
	if (byHash.size === 0 || text.length < WINDOW) return counts;
	// A bit per hash value's low 20 bits: most positions fail this test and skip the map lookup.
	const seen = new Uint32Array(1 << 15);
	for (const hash of byHash.keys()) seen[(hash >>> 5) & 0x7fff] |= 1 << (hash & 31);
	let high = 1;
	for (let i = 1; i < WINDOW; i++) high = Math.imul(high, BASE);
	for (let at = nextMarked(text, 0, windowHash(text, 0), seen, high); at >= 0;) {
		const hash = windowHash(text, at);
		const candidates = byHash.get(hash);
		if (candidates) {
			for (const quote of candidates) if (text.startsWith(quote, at)) counts.set(quote, counts.get(quote)! + 1);
		}
		if (at + WINDOW >= text.length) break;
		at = nextMarked(text, at + 1, rolled(text, at, hash, high), seen, high);
	}
	return counts;
}

/** The hash of the window one position right of the window at `at`, whose hash is `hash`. */
function rolled(text: string, at: number, hash: number, high: number): number {
	return (Math.imul(hash - Math.imul(text.charCodeAt(at), high), BASE) + text.charCodeAt(at + WINDOW)) | 0;
}

/**
 * The first position from `from` (whose window hashes to `hash`) whose window's bit is set in `seen`, or -1. The
 * scan over every character lives in this small function of its own, so the engine optimises it after a few
 * thousand characters rather than running much of a 200,000-character text through unoptimised code.
 */
function nextMarked(text: string, from: number, hash: number, seen: Uint32Array, high: number): number {
	const last = text.length - WINDOW;
	for (let i = from; ; i++) {
		if (seen[(hash >>> 5) & 0x7fff] & (1 << (hash & 31))) return i;
		if (i >= last) return -1;
		hash = (Math.imul(hash - Math.imul(text.charCodeAt(i), high), BASE) + text.charCodeAt(i + WINDOW)) | 0;
	}
}

function startOf(event: TimelineEvent): number {
	try {
		return dateStringWindow(event.date.start).start;
	} catch {
		// An impossible date is reported elsewhere; sorting it last keeps this total.
		return Infinity;
	}
}

/** Ids by UTF-16 code unit: the same for every reader's locale, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** By start instant, then by id so that equal starts always come out the same way. */
export function compareStartThenId(a: { start: number; id: string }, b: { start: number; id: string }): number {
	return a.start - b.start || compareIds(a.id, b.id);
}

/** Chronological order: by the instant the date starts, then by id so equal dates never reorder. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	return compareStartThenId({ start: startOf(a), id: a.id }, { start: startOf(b), id: b.id });
}

/** The document the app shows: parts as given, events in timeline order (`eventOrder`). */
export function buildTimelineDocument(parts: {
	sources: Source[];
	tags: Tag[];
	periods: Period[];
	events: TimelineEvent[];
	title?: string;
	story?: Story;
}): TimelineDocument {
	const order = eventOrder(parts.events, parts.sources);
	return {
		title: parts.title ?? DOCUMENT_TITLE,
		...(parts.story ? { story: parts.story } : {}),
		sources: parts.sources,
		tags: parts.tags,
		periods: parts.periods,
		events: order.map((i) => parts.events[i])
	};
}
