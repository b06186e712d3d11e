/**
 * A worker that counts a document's quotes while the page checks the rest (formats/import.ts,
 * `importTimelineInParallel`). Started before the document arrives, so it is loaded and waiting by then; where
 * workers are unavailable or fail, the count is null and the page counts for itself.
 */
import type { SourceQuoteCounts } from '../data/quote-counts';

export interface QuoteCounter {
	/** The counts for one document's text; null when the worker could not make them. */
	count(text: string): Promise<SourceQuoteCounts | null>;
	/** Ends the worker. */
	stop(): void;
}

/** Starts the worker now; it serves one `count` and ends. */
export function startQuoteCounter(): QuoteCounter {
	let worker: Worker | null = null;
	try {
		worker = new Worker(new URL('../data/quote-counts.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		// No workers here (or none allowed): the caller counts for itself.
	}
	const stop = () => {
		worker?.terminate();
		worker = null;
	};
	return {
		count(text) {
			const running = worker;
			if (!running) return Promise.resolve(null);
			return new Promise((resolve) => {
				running.onmessage = (event: MessageEvent<SourceQuoteCounts | null>) => {
					stop();
					resolve(event.data);
				};
				running.onerror = () => {
					stop();
					resolve(null);
				};
				running.postMessage(text);
			});
		},
		stop
	};
}
