/**
 * Counts the quotes of a Sourceline JSON document's sources off the page's thread (see quote-counts.ts): given the
 * document's text, posts its counts, or null when the text is not JSON (the page's own parse reports that).
 */
import { countQuotesBySource, type SourceQuoteCounts } from './quote-counts';

self.onmessage = (event: MessageEvent<string>) => {
	let counts: SourceQuoteCounts | null;
	try {
		counts = countQuotesBySource(JSON.parse(event.data));
	} catch {
		counts = null;
	}
	self.postMessage(counts);
};
