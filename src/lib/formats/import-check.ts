/**
 * Checking a timeline's text beside the page's first draw of it: the full import (import.ts) in a Web Worker, started
 * before the text arrives so that it is ready when it does. Where workers are unavailable, or the worker fails, the
 * same import runs on the main thread once the page has had a moment to paint, so the verdict never depends on where
 * it was reached.
 */
import type { Verdict } from './fetch-timeline';
import { importTimeline } from './import';

export type ImportCheckRequest = { text: string; fileName: string };

function checkHere(text: string, fileName: string): Promise<Verdict> {
	return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
		const result = importTimeline(text, fileName);
		return result.ok ? { ok: true } : { ok: false, error: result.error };
	});
}

/** A checker started ahead of its text: `check` it once, or `stop` it when there is nothing to check. */
export interface ImportCheck {
	check(text: string, fileName: string): Promise<Verdict>;
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
		return new Promise<Verdict>((resolve) => {
			worker.onmessage = (event: MessageEvent<Verdict>) => {
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
