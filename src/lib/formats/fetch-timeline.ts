/**
 * Fetching the timeline a `?src=` link names: only http(s) addresses, a clear message for a network failure, an
 * HTTP error or a broken download. Small and loaded with the page, so the download starts at once, while the
 * importers (open-timeline.ts) are still on their way.
 */
import type { TimelineDocument } from '../model/timeline';
import { validateSourceUrl } from './source-url';

export type FetchedTimeline = { ok: true; url: URL; text: string } | { ok: false; error: string };
export type OpenResult = { ok: true; document: TimelineDocument; warnings: string[] } | { ok: false; error: string };

/** Fetches the text at `raw`, relative to `base` (the page's own address). */
export async function fetchTimelineText(
	raw: string,
	base: string,
	fetcher: typeof fetch = fetch
): Promise<FetchedTimeline> {
	let absolute: string;
	try {
		absolute = new URL(raw, base).href;
	} catch {
		return { ok: false, error: `"${raw}" is not a web address.` };
	}
	const checked = validateSourceUrl(absolute);
	if (!checked.ok) return { ok: false, error: checked.error };
	const url = checked.url;
	let response: Response;
	try {
		response = await fetcher(url.href, { headers: { accept: 'application/json, text/csv, text/plain;q=0.5' } });
	} catch {
		return {
			ok: false,
			error: `Could not open ${url.href}: the address did not answer (offline, or it does not allow other sites to read it).`
		};
	}
	if (!response.ok) {
		return {
			ok: false,
			error: `Could not open ${url.href}: the server answered HTTP ${response.status} ${response.statusText}.`.trim()
		};
	}
	try {
		return { ok: true, url, text: await response.text() };
	} catch {
		return { ok: false, error: `Could not open ${url.href}: the download broke off before the end.` };
	}
}
