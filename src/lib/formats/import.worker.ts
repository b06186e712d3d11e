/**
 * Imports a timeline file off the main thread, so a large file never freezes the page; posts progress
 * (0…1) while it works and the result at the end.
 */
import { importTimelineBytes, type ImportResult } from './import';

export type ImportWorkerMessage = { type: 'progress'; fraction: number } | { type: 'result'; result: ImportResult };

self.onmessage = (event: MessageEvent<{ bytes: ArrayBuffer; fileName: string; maxBytes?: number }>) => {
	const { bytes, fileName, maxBytes } = event.data;
	const result = importTimelineBytes(new Uint8Array(bytes), fileName, {
		maxBytes,
		onProgress: (fraction) => self.postMessage({ type: 'progress', fraction } satisfies ImportWorkerMessage)
	});
	self.postMessage({ type: 'result', result } satisfies ImportWorkerMessage);
};
