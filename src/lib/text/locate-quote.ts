/**
 * Finding a quote in its source text: every place it occurs, and the one an excerpt means (its `occurrence`, 1-based,
 * when the words appear more than once). Plain `indexOf`, so a quote is found only word for word.
 */
import type { TextRange } from './range';

/** Every offset at which `quote` occurs in `text`, overlapping occurrences included. */
export function occurrencesOf(text: string, quote: string): number[] {
	const found: number[] = [];
	if (!quote) return found;
	for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
	return found;
}

/** Where `quote` occurs in `text` for the `occurrence`-th time (1-based), or null when it does not. */
export function locateQuote(text: string, quote: string, occurrence = 1): TextRange | null {
	if (!quote) return null;
	let from = 0;
	for (let seen = 1; ; seen++) {
		const at = text.indexOf(quote, from);
		if (at < 0) return null;
		if (seen >= occurrence) return { start: at, end: at + quote.length };
		from = at + 1;
	}
}
