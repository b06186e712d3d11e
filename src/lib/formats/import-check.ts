/**
 * Checking a timeline's text beside the page's first draw of it: the full import (import.ts) in a Web Worker, started
 * before the text arrives so that it is ready when it does. Where workers are unavailable, or the worker fails, the
 * same import runs on the main thread once the page has had a moment to paint, so the verdict never depends on where
 * it was reached.
 */
import { importTimeline } from './import';

export type ImportCheckRequest = { text: string; fileName: string };
/** Whether the text imports, with its events' ids in timeline order; if not, the import's own message. */
export type CheckedImport = { ok: true; order: string[] } | { ok: false; error: string };

/** The full import of `text`, said as a CheckedImport (the worker's answer). */
export function checkImport(text: string, fileName: string): CheckedImport {
	const result = importTimeline(text, fileName);
	return result.ok ? { ok: true, order: result.document.events.map((event) => event.id) } : result;
}

function checkHere(text: string, fileName: string): Promise<CheckedImport> {
	return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => checkImport(text, fileName));
}

/** A checker started ahead of its text: `check` it once, or `stop` it when there is nothing to check. */
export interface ImportCheck {
	check(text: string, fileName: string): Promise<CheckedImport>;
	stop(): void;
}

export function startImportCheck(): ImportCheck {
	const worker =
		typeof Worker === 'undefined'
			? null
			: new Worker(new URL('./import-check.worker.ts', import.meta.url), { type: 'module' });
	const stop = () => worker?.terminate();
	const check = (text: string, fileName: string) => {
		if (!worker) return checkHere(text, fileName);
		return new Promise<CheckedImport>((resolve) => {
			worker.onmessage = (event: MessageEvent<CheckedImport>) => {
				worker.terminate();
				resolve(event.data);
			};
			worker.onerror = (event) => {
				event.preventDefault();
				worker.terminate();
				resolve(checkHere(text, fileName));
			};
			worker.postMessage({ text, fileName } satisfies ImportCheckRequest);
		});
	};
	return { check, stop };
}
