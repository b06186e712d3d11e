/**
 * Where many quotes occur in one text, found in one pass over it: checking a 10,000-event file (does each quote
 * occur, and how often?) and ordering its events (where is each told?) would otherwise search a long source once
 * per quote, which took most of a second.
 */
import { occurrencesOf } from './locate-quote';

const WINDOW = 32;
const BASE = 257;

/**
 * Polynomial hash of text[from, from + WINDOW), modulo 2^32: Math.imul and `| 0` wrap exactly, so the rolling
 * update below needs no division.
 */
function windowHash(text: string, from: number): number {
	let hash = 0;
	for (let i = from; i < from + WINDOW; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
	return hash;
}

// Loading a file looks for the same quotes in the same texts three times over (checking them, ordering the events,
// the view's own ordering): what was found in the last texts is remembered, the texts being the map's keys. Up to
// about one largest file's worth of text (20 MB) is kept, so an earlier file's articles are soon let go.
const MAX_REMEMBERED_CHARS = 20 * 1024 * 1024;
const remembered = new Map<string, Map<string, number[]>>();
let rememberedChars = 0;

/**
 * Every offset at which each quote occurs in `text` (overlaps included, ascending), as `occurrencesOf` finds them;
 * the map may hold other quotes looked for in the same text before. With many quotes it makes one pass over the
 * text with a rolling hash of each position's first 32 characters, instead of one full search per quote.
 */
export function occurrencesOfEach(text: string, quotes: Iterable<string>): ReadonlyMap<string, readonly number[]> {
	let found = remembered.get(text);
	if (!found) {
		if (rememberedChars + text.length > MAX_REMEMBERED_CHARS) {
			remembered.clear();
			rememberedChars = 0;
		}
		found = new Map();
		remembered.set(text, found);
		rememberedChars += text.length;
	}
	const missing = new Set<string>();
	for (const quote of quotes) if (!found.has(quote)) missing.add(quote);
	if (missing.size) scan(text, missing, found);
	return found;
}

/** Adds the offsets of each of `quotes` in `text` to `found`. */
function scan(text: string, quotes: Set<string>, found: Map<string, number[]>): void {
	const byHash = new Map<number, string[]>();
	for (const quote of quotes) {
		if (quote.length < WINDOW || quotes.size < 8) found.set(quote, occurrencesOf(text, quote));
		else {
			found.set(quote, []);
			const hash = windowHash(quote, 0);
			const list = byHash.get(hash);
			if (list) list.push(quote);
			else byHash.set(hash, [quote]);
		}
	}
	if (byHash.size === 0 || text.length < WINDOW) return;
	// A bit per hash value's low 20 bits: most positions fail this test and skip the map lookup.
	const seen = new Uint32Array(1 << 15);
	for (const hash of byHash.keys()) seen[(hash >>> 5) & 0x7fff] |= 1 << (hash & 31);
	let high = 1;
	for (let i = 1; i < WINDOW; i++) high = Math.imul(high, BASE);
	for (let at = nextMarked(text, 0, windowHash(text, 0), seen, high); at >= 0;) {
		const hash = windowHash(text, at);
		const candidates = byHash.get(hash);
		if (candidates) {
			for (const quote of candidates) if (text.startsWith(quote, at)) found.get(quote)!.push(at);
		}
		if (at + WINDOW >= text.length) break;
		at = nextMarked(text, at + 1, rolled(text, at, hash, high), seen, high);
	}
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
