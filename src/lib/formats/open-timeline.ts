/**
 * Opening another timeline from `?src=<url>`: the text fetch-timeline.ts fetches (or app.html's early download of it),
 * imported (detected, parsed, validated); a clear message when it is not a timeline. The caller keeps what it had on
 * failure. Loaded on demand, so the importers stay off the first page.
 *
 * A Sourceline document that checking cannot change comes back at once, unchecked (unchecked-import.ts), with the
 * verdict of its check to come from a worker started here, before the text arrives (import-check.ts).
 */
import type { TimelineDocument } from '../model/timeline';
import { startImportCheck } from './import-check';
import { importUnchecked } from './unchecked-import';
import { fetchOrTakeEarly } from './early-download';
import {
	fetchTimelineText,
	type DownloadProgress,
	type FetchedTimeline,
	type OpenResult,
	type Verdict
} from './fetch-timeline';

/** Fetches the timeline at `raw` (relative to the page at `base`) and imports it; its checker starts first. */
export async function openTimelineAt(
	raw: string,
	base: string,
	onProgress?: (progress: DownloadProgress) => void
): Promise<OpenResult> {
	const importFetched = fetchedTimelineImporter();
	return importFetched(await fetchTimelineText(raw, base, fetchOrTakeEarly, onProgress));
}

/** A passing verdict on `shown`: with the document in the checked order when that is not the order shown. */
function inOrder(shown: TimelineDocument, order: string[]): Verdict {
	if (order.every((id, index) => shown.events[index]?.id === id)) return { ok: true };
	const byId = new Map(shown.events.map((event) => [event.id, event]));
	return { ok: true, document: { ...shown, events: order.map((id) => byId.get(id)!) } };
}

/**
 * Imports the fetched timeline it is given; its checker starts now. The importers (import.ts, with the schema and
 * the other formats' parsers) load only for a document that cannot be drawn unchecked: the page's own thread never
 * loads or runs them for the one that can.
 */
export function fetchedTimelineImporter(): (fetched: FetchedTimeline) => Promise<OpenResult> {
	const checker = startImportCheck();
	return async (fetched) => {
		if (!fetched.ok) {
			checker.stop();
			return fetched;
		}
		const { url, text } = fetched;
		const fileName = url.pathname.split('/').pop() || url.hostname;
		const failed = (error: string) => ({ ok: false as const, error: `Could not open ${url.href}: ${error}` });
		// Posted to the worker first, so that it checks while this thread builds and draws.
		const checked = checker.check(text, fileName);
		const unchecked = importUnchecked(text, fileName);
		if (unchecked) {
			const verdict = checked.then((v): Verdict => (v.ok ? inOrder(unchecked, v.order) : failed(v.error)));
			return { ok: true, document: unchecked, warnings: [], verdict };
		}
		checker.stop();
		const { importTimeline } = await import('./import');
		const result = importTimeline(text, fileName);
		return result.ok ? { ok: true, document: result.document, warnings: result.warnings } : failed(result.error);
	};
}
