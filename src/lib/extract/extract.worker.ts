/**
 * Runs the extractor off the main thread, so a long article never freezes the page: posts progress (0…1) while it
 * reads and the candidates at the end.
 */
import { extractCandidates, type Candidate, type ExtractOptions, type ExtractProgress } from './candidates';

export type ExtractWorkerRequest = { text: string; options: Omit<ExtractOptions, 'onProgress'> };
export type ExtractWorkerMessage =
	| { type: 'progress'; progress: ExtractProgress }
	| { type: 'result'; candidates: Candidate[] }
	| { type: 'error'; message: string };

self.onmessage = (event: MessageEvent<ExtractWorkerRequest>) => {
	const { text, options } = event.data;
	try {
		const candidates = extractCandidates(text, {
			...options,
			onProgress: (progress) => self.postMessage({ type: 'progress', progress } satisfies ExtractWorkerMessage)
		});
		self.postMessage({ type: 'result', candidates } satisfies ExtractWorkerMessage);
	} catch (error) {
		self.postMessage({ type: 'error', message: (error as Error).message } satisfies ExtractWorkerMessage);
	}
};
