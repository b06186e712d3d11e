/**
 * Opening a timeline file the reader picked or dropped: refused before reading when it is too large, read,
 * then imported in a worker (on the main thread where workers are unavailable), with progress reported.
 */
import { DEFAULT_MAX_BYTES, importTimelineBytes, type ImportResult } from './import';
import type { ImportWorkerMessage } from './import.worker';
import { readChosenFile } from './read-file';

/** Reads and imports `file`; `onProgress` gets 0…1 (reading is the first half, importing the second). */
export async function openTimelineFile(
	file: File,
	onProgress: (fraction: number) => void = () => {},
	maxBytes = DEFAULT_MAX_BYTES
): Promise<ImportResult> {
	const read = await readChosenFile(file, maxBytes);
	if (!read.ok) return read;
	const { bytes } = read;
	onProgress(0.5);
	if (typeof Worker === 'undefined') return importTimelineBytes(bytes, file.name, { maxBytes });
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
			if (event.data.type === 'progress') onProgress(0.5 + event.data.fraction / 2);
			else {
				worker.terminate();
				resolve(event.data.result);
			}
		};
		worker.onerror = () => {
			worker.terminate();
			resolve(importTimelineBytes(bytes, file.name, { maxBytes }));
		};
		// Cloned, not transferred: the main thread keeps the bytes in case the worker fails to start.
		worker.postMessage({ bytes: bytes.buffer, fileName: file.name, maxBytes });
	});
}
