/**
 * Opening another timeline from `?src=<url>`: the text fetch-timeline.ts fetched, imported (detected, parsed,
 * validated); a clear message when it is not a timeline. The caller keeps what it had on failure. Loaded on demand,
 * so the importers stay off the first page.
 */
import { importTimeline } from './import';
import type { FetchedTimeline, OpenResult } from './fetch-timeline';

/** Imports a fetched timeline's text. */
export function importFetchedTimeline(fetched: FetchedTimeline): OpenResult {
	if (!fetched.ok) return fetched;
	const { url, text } = fetched;
	const fileName = url.pathname.split('/').pop() || url.hostname;
	const result = importTimeline(text, fileName);
	if (!result.ok) return { ok: false, error: `Could not open ${url.href}: ${result.error}` };
	return { ok: true, document: result.document, warnings: result.warnings };
}
