/**
 * The extractor in a Web Worker, as a promise: `extractInWorker(text, options, onProgress)` resolves to the same
 * candidates `extractCandidates` returns. Where workers are unavailable (or one fails to start) it runs on the main
 * thread instead, so the result never depends on where it ran.
 */
import { extractCandidates, type Candidate, type ExtractOptions, type ExtractProgress } from './candidates';
import type { ExtractWorkerMessage, ExtractWorkerRequest } from './extract.worker';

export type WorkerExtractOptions = Omit<ExtractOptions, 'onProgress'>;

export function extractInWorker(
	text: string,
	options: WorkerExtractOptions,
	onProgress: (progress: ExtractProgress) => void = () => {}
): Promise<Candidate[]> {
	const onMainThread = () => Promise.resolve().then(() => extractCandidates(text, { ...options, onProgress }));
	if (typeof Worker === 'undefined') return onMainThread();
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<ExtractWorkerMessage>) => {
			const message = event.data;
			if (message.type === 'progress') return onProgress(message.progress);
			worker.terminate();
			if (message.type === 'result') resolve(message.candidates);
			else reject(new Error(message.message));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			onMainThread().then(resolve, reject);
		};
		worker.postMessage({ text, options } satisfies ExtractWorkerRequest);
	});
}
