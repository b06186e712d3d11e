/**
 * Fetching the timeline a `?src=` link names: only http(s) addresses, a clear message for a network failure, an
 * HTTP error or a broken download. Loaded on demand with the importers (open-timeline.ts); app.html has usually
 * started the download by then (early-download.ts).
 */
import type { TimelineDocument } from '../model/timeline';
import { validateSourceUrl } from './source-url';

export type FetchedTimeline = { ok: true; url: URL; text: string } | { ok: false; error: string };
/** How much of a download has arrived: bytes so far, of how many when the server said so (else null). */
export interface DownloadProgress {
	received: number;
	total: number | null;
}
/**
 * Whether a timeline shown before its check passed it; if not, why. A document that passed comes back when its
 * events belong in another order than the one shown (events that start together, which the file had in another order).
 */
export type Verdict = { ok: true; document?: TimelineDocument } | { ok: false; error: string };
export type OpenResult =
	| {
			ok: true;
			document: TimelineDocument;
			warnings: string[];
			/** Present when the document is shown before its check (unchecked-import.ts): the check's verdict, to come. */
			verdict?: Promise<Verdict>;
	  }
	| { ok: false; error: string };

/** Fetches the text at `raw`, relative to `base` (the page's own address), telling `onProgress` as it arrives. */
export async function fetchTimelineText(
	raw: string,
	base: string,
	fetcher: typeof fetch = fetch,
	onProgress: (progress: DownloadProgress) => void = () => {}
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
		return { ok: true, url, text: await bodyText(response, onProgress) };
	} catch {
		return { ok: false, error: `Could not open ${url.href}: the download broke off before the end.` };
	}
}

/** How often, at most, a download's progress is told: a reader sees no finer steps, and each costs a redraw. */
const PROGRESS_EVERY_MS = 50;

/**
 * The body as text, as `response.text()` reads it (UTF-8, a BOM dropped, bad bytes replaced), but decoded piece by
 * piece as it arrives: decoding a big file after the last byte took a tenth of a second or more of the wait. Read
 * from the body's own reader (piping it through streams to count and decode took half as long again) and told as it
 * arrives: the first piece at once, then at most every PROGRESS_EVERY_MS, and the whole once it is all there.
 */
async function bodyText(response: Response, onProgress: (progress: DownloadProgress) => void): Promise<string> {
	if (!response.body) return response.text();
	// Content-Length counts the bytes sent, which are fewer than those read when the server compressed them; a total
	// the download outgrows is dropped rather than shown as more than all of it.
	const length = Number(response.headers.get('content-length'));
	let total = length > 0 ? length : null;
	let received = 0;
	let toldAt = -Infinity;
	let told = 0;
	const tell = () => {
		toldAt = performance.now();
		told = received;
		onProgress({ received, total });
	};
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	const parts: string[] = [];
	for (let part = await reader.read(); !part.done; part = await reader.read()) {
		received += part.value.byteLength;
		if (total !== null && received > total) total = null;
		parts.push(decoder.decode(part.value, { stream: true }));
		if (performance.now() - toldAt >= PROGRESS_EVERY_MS) tell();
	}
	parts.push(decoder.decode());
	if (received !== told) tell();
	return parts.join('');
}
