/**
 * The passage of a source that a misquoted excerpt most likely meant, so an error can show what the text
 * really says. Character trigrams pick a few candidate windows in linear time; an edit-distance alignment
 * (free start and end in the source) then picks the best of them and its exact bounds.
 */

export interface ClosestPassage {
	/** Offset in the source text where the passage starts. */
	start: number;
	/** Offset just after the passage. */
	end: number;
	/** The passage itself, widened to whole words. */
	passage: string;
	/** Character edits (insertions, deletions, substitutions) between the quote and the aligned passage. */
	distance: number;
}

const CANDIDATES = 4;
/** Up to this many alignment cells, the whole text is searched rather than trigram candidates. */
const EXACT_CELLS = 2_000_000;

/** The source passage nearest to `quote` by edit distance, or null for an empty source or quote. */
export function closestPassage(text: string, quote: string): ClosestPassage | null {
	if (!text || !quote) return null;
	const m = quote.length;
	const codes = Uint16Array.from(quote, (_, i) => quote.charCodeAt(i));
	// Short quotes are cheap to align against the whole text, which is exact; longer ones align only where
	// trigrams say the passage probably is.
	const whole = m < 3 || m * text.length <= EXACT_CELLS || text.length <= 2 * m;
	const regions: [number, number][] = whole ? [[0, text.length]] : candidateStarts(text, quote).map((s) => [s, s + m]);
	// Ukkonen's cut-off makes an alignment cost about (bound × window), so small bounds are tried first and
	// doubled until some passage is that close; a poor match is still found, just more slowly.
	const search = (bound: number) => {
		let best: { end: number; distance: number } | null = null;
		for (const [from, to] of regions) {
			// Pad the window by half the quote each way so an alignment with insertions or deletions still fits.
			const pad = Math.ceil(m / 2);
			const found = bestEnd(
				text,
				codes,
				Math.max(0, from - pad),
				Math.min(text.length, to + pad),
				best?.distance ?? bound
			);
			if (found && (!best || found.distance < best.distance)) best = found;
		}
		return best;
	};
	let best: { end: number; distance: number } | null = null;
	for (let bound = 8; !best; bound *= 2) best = search(Math.min(bound, m));
	if (!best || best.end === 0) return null;
	const start = bestStart(text, codes, best.end, best.distance);
	const widened = widenToWords(text, start, best.end);
	return { ...widened, passage: text.slice(widened.start, widened.end), distance: best.distance };
}

const HASH_BITS = 16;
const HASH_MASK = (1 << HASH_BITS) - 1;
// Reused between calls and cleared after each, so a quote costs no 64 KB allocation.
const wanted = new Uint8Array(HASH_MASK + 1);

/** A 16-bit hash of the trigram at i; collisions only blur candidate scores, never the final alignment. */
function trigramHash(text: string, i: number): number {
	return (
		(Math.imul(text.charCodeAt(i), 0x9e3779b1) ^
			Math.imul(text.charCodeAt(i + 1), 0x85ebca6b) ^
			Math.imul(text.charCodeAt(i + 2), 0xc2b2ae35)) >>>
		(32 - HASH_BITS)
	);
}

// Quotes are checked one after another against the same source, so its trigram hashes are kept for the next.
let cachedText: string | null = null;
let cachedHashes = new Uint16Array(0);

function textHashes(text: string): Uint16Array {
	if (text !== cachedText) {
		cachedHashes = new Uint16Array(Math.max(0, text.length - 2));
		for (let i = 0; i + 3 <= text.length; i++) cachedHashes[i] = trigramHash(text, i);
		cachedText = text;
	}
	return cachedHashes;
}

/** Starts of the windows of quote length sharing the most trigrams with the quote, far enough apart to differ. */
function candidateStarts(text: string, quote: string): number[] {
	const m = quote.length;
	const quoteHashes: number[] = [];
	for (let i = 0; i + 3 <= m; i++) quoteHashes.push(trigramHash(quote, i));
	for (const hash of quoteHashes) wanted[hash] = 1;
	const hashes = textHashes(text);
	const grams = m - 2;
	const windows = text.length - m + 1;
	// One pass with a running sum scores every window; a short list keeps the best few that do not overlap much.
	const starts: number[] = [];
	const scores: number[] = [];
	const consider = (start: number, score: number) => {
		const near = starts.findIndex((other) => Math.abs(other - start) < m / 2);
		if (near !== -1) {
			if (score > scores[near]) [starts[near], scores[near]] = [start, score];
			return;
		}
		if (starts.length < CANDIDATES) {
			starts.push(start);
			scores.push(score);
			return;
		}
		const worst = scores.indexOf(Math.min(...scores));
		[starts[worst], scores[worst]] = [start, score];
	};
	let score = 0;
	for (let i = 0; i < grams; i++) score += wanted[hashes[i]];
	consider(0, score);
	let floor = starts.length < CANDIDATES ? -1 : Math.min(...scores);
	for (let s = 1; s < windows; s++) {
		score += wanted[hashes[s + grams - 1]] - wanted[hashes[s - 1]];
		if (score <= floor) continue;
		consider(s, score);
		floor = starts.length < CANDIDATES ? -1 : Math.min(...scores);
	}
	for (const hash of quoteHashes) wanted[hash] = 0;
	// Windows scoring under half the best cannot be the closest passage in practice; aligning them is waste.
	const best = Math.max(...scores);
	return starts
		.filter((_, i) => scores[i] * 2 >= best)
		.sort((a, b) => scores[starts.indexOf(b)] - scores[starts.indexOf(a)]);
}

/**
 * Semi-global alignment (Sellers) with Ukkonen's cut-off: where in text[from, to) the best match of the quote
 * ends, if its distance is at most `bound`. Cells above the last one within the bound are never computed.
 */
function bestEnd(
	text: string,
	quote: Uint16Array,
	from: number,
	to: number,
	bound: number
): { end: number; distance: number } | null {
	const m = quote.length;
	let k = bound;
	const row = new Int32Array(m + 1);
	for (let i = 0; i <= m; i++) row[i] = i;
	// Every cell above `active` holds a value over k (fresh or stale), which is all the recurrence needs.
	let active = Math.min(m, k + 1);
	let best: { end: number; distance: number } | null = null;
	for (let t = from; t < to; t++) {
		const char = text.charCodeAt(t);
		// row holds the previous column; diag and left carry the neighbours so one array suffices.
		let diag = 0;
		let left = 0;
		for (let i = 1; i <= active; i++) {
			const up = row[i];
			let cost = diag + (quote[i - 1] === char ? 0 : 1);
			if (up + 1 < cost) cost = up + 1;
			if (left + 1 < cost) cost = left + 1;
			diag = up;
			row[i] = cost;
			left = cost;
		}
		while (active > 0 && row[active] > k) active--;
		if (active === m) {
			// On a tie, extending the best passage by one character wins: a substituted last character (a curly
			// quote for a straight one) then stays inside the passage instead of being dropped.
			if (!best || row[m] < best.distance || best.end === t) {
				best = { end: t + 1, distance: row[m] };
				k = row[m];
			}
		} else active++;
	}
	return best;
}

/**
 * Where the alignment ending at `end` with `distance` edits starts: the same alignment run backwards,
 * anchored at `end`. Only the diagonal band of cells that can stay within `distance` is computed.
 */
function bestStart(text: string, quote: Uint16Array, end: number, distance: number): number {
	const m = quote.length;
	const k = distance;
	const width = Math.min(end, m + k);
	const row = new Int32Array(m + 1);
	for (let i = 0; i <= m; i++) row[i] = i;
	let start = end;
	let bestDistance = m <= k ? m : Infinity;
	let active = Math.min(m, k + 1);
	for (let j = 1; j <= width; j++) {
		const char = text.charCodeAt(end - j);
		// Cells with i < j - k are over k (they sit more than k off the diagonal), so the band starts there.
		const low = Math.max(1, j - k);
		let diag = row[low - 1];
		let left = low === 1 ? j : k + 1;
		if (low === 1) row[0] = j;
		for (let i = low; i <= active; i++) {
			const up = row[i];
			let cost = diag + (quote[m - i] === char ? 0 : 1);
			if (up + 1 < cost) cost = up + 1;
			if (left + 1 < cost) cost = left + 1;
			diag = up;
			row[i] = cost;
			left = cost;
		}
		while (active >= low && row[active] > k) active--;
		if (active < low) break;
		if (active === m) {
			// Ties go to the longer passage, for the same reason as at the end.
			if (row[m] <= bestDistance) {
				bestDistance = row[m];
				start = end - j;
			}
		} else active++;
	}
	return start;
}

function widenToWords(text: string, start: number, end: number): { start: number; end: number } {
	const word = /[\p{L}\p{N}'’-]/u;
	while (start > 0 && word.test(text[start - 1]) && word.test(text[start])) start--;
	while (end < text.length && word.test(text[end]) && word.test(text[end - 1])) end++;
	return { start, end };
}
