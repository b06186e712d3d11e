/**
 * Checking a timeline's text beside the page's first draw of it: the full import (check-import.ts) in a Web Worker,
 * started before the text arrives so that it is ready when it does. Where workers are unavailable, or the worker
 * fails, the same check runs on the main thread once the page has had a moment to paint, so the verdict never depends
 * on where it was reached.
 */
import type { CheckedImport, ImportCheckRequest } from './check-import';

/** The same check here, once the page has had a moment to paint; its code loads only then. */
function checkHere(text: string, fileName: string): Promise<CheckedImport> {
	return new Promise<void>((resolve) => setTimeout(resolve, 0))
		.then(() => import('./check-import'))
		.then(({ checkImport }) => checkImport(text, fileName));
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
