/**
 * Opening another timeline from `?src=<url>`: only http(s) addresses, a clear message for a network
 * failure, an HTTP error or a response that is not a timeline; the caller keeps what it had on failure.
 */
import type { TimelineDocument } from '../data/schema';
import { importTimeline, validateSourceUrl } from '../formats/import';

export type OpenResult = { ok: true; document: TimelineDocument; warnings: string[] } | { ok: false; error: string };

/** Fetches and imports the timeline at `raw`, relative to `base` (the page's own address). */
export async function openTimelineFromUrl(
	raw: string,
	base: string,
	fetcher: typeof fetch = fetch
): Promise<OpenResult> {
	let absolute: string;
	try {
		absolute = new URL(raw, base).href;
	} catch {
		return { ok: false, error: `"${raw}" is not a web address.` };
	}
	const checked = validateSourceUrl(absolute);
	if (!checked.ok) return { ok: false, error: checked.error };
	const url = checked.url;
	const fetched = await fetchText(url, fetcher);
	if (!fetched.ok) return fetched;
	const fileName = url.pathname.split('/').pop() || url.hostname;
	const result = importTimeline(fetched.text, fileName);
	if (!result.ok) return { ok: false, error: `Could not open ${url.href}: ${result.error}` };
	return { ok: true, document: result.document, warnings: result.warnings };
}

async function fetchText(
	url: URL,
	fetcher: typeof fetch
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
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
		return { ok: true, text: await response.text() };
	} catch {
		return { ok: false, error: `Could not open ${url.href}: the download broke off before the end.` };
	}
}
