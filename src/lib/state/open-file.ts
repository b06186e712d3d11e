/**
 * Opening a timeline file the reader picked or dropped: refused before reading when it is too large, read,
 * then imported in a worker (on the main thread where workers are unavailable), with progress reported.
 */
import { DEFAULT_MAX_BYTES, formatBytes, importTimelineBytes, type ImportResult } from '../formats/import';
import type { ImportWorkerMessage } from '../formats/import.worker';

/** Reads and imports `file`; `onProgress` gets 0…1 (reading is the first half, importing the second). */
export async function openTimelineFile(
	file: File,
	onProgress: (fraction: number) => void = () => {},
	maxBytes = DEFAULT_MAX_BYTES
): Promise<ImportResult> {
	if (file.size > maxBytes) {
		return { ok: false, error: `${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.` };
	}
	if (file.size === 0) return { ok: false, error: `${file.name} is empty.` };
	let bytes: ArrayBuffer;
	try {
		bytes = await file.arrayBuffer();
	} catch {
		return { ok: false, error: `${file.name} could not be read.` };
	}
	onProgress(0.5);
	if (typeof Worker === 'undefined') return importTimelineBytes(new Uint8Array(bytes), file.name, { maxBytes });
	return new Promise((resolve) => {
		const worker = new Worker(new URL('../formats/import.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
			if (event.data.type === 'progress') onProgress(0.5 + event.data.fraction / 2);
			else {
				worker.terminate();
				resolve(event.data.result);
			}
		};
		worker.onerror = () => {
			worker.terminate();
			resolve(importTimelineBytes(new Uint8Array(bytes), file.name, { maxBytes }));
		};
		// Cloned, not transferred: the main thread keeps the bytes in case the worker fails to start.
		worker.postMessage({ bytes, fileName: file.name, maxBytes });
	});
}
