/**
 * The full import of a timeline's text (import.ts), off the main thread: says only whether it passes, and if not,
 * why. The page has already drawn the document built without the check (unchecked-import.ts).
 */
import { importTimeline } from './import';
import type { Verdict } from './fetch-timeline';
import type { ImportCheckRequest } from './import-check';

self.onmessage = (event: MessageEvent<ImportCheckRequest>) => {
	const { text, fileName } = event.data;
	let verdict: Verdict;
	try {
		const result = importTimeline(text, fileName);
		verdict = result.ok ? { ok: true } : { ok: false, error: result.error };
	} catch (error) {
		verdict = { ok: false, error: `${fileName} could not be checked (${(error as Error).message}).` };
	}
	self.postMessage(verdict);
};
