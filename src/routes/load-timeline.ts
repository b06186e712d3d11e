/**
 * The one load of the built-in timeline for every page: the prerendered `/data/timeline.json`, fetched through
 * SvelteKit's `fetch` (so prerendering inlines it and the browser does not fetch it twice).
 */
import { resolve } from '$app/paths';
import type { TimelineDocument } from '$lib/model/timeline';

export async function loadBuiltInTimeline(fetch: typeof globalThis.fetch): Promise<TimelineDocument> {
	const response = await fetch(resolve('/data/timeline.json'));
	if (!response.ok) throw new Error(`The built-in timeline did not load (HTTP ${response.status}).`);
	return (await response.json()) as TimelineDocument;
}
