import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { eventPanel } from '$lib/components/on-demand';
import type { TimelineDocument } from '$lib/data/schema';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	// A link that names an event opens with its panel: fetch the panel's code with the data, not after the page
	// starts. (The browser's own address: `url.search` cannot be read while the page is prerendered.)
	const panel = browser && new URLSearchParams(location.search).has('event') ? eventPanel.load() : null;
	const response = await fetch(resolve('/data/timeline.json'));
	if (!response.ok) throw new Error(`The built-in timeline did not load (HTTP ${response.status}).`);
	const document = (await response.json()) as TimelineDocument;
	// Without the panel the timeline still works; TimelineApp says so if the panel cannot load.
	await panel?.catch(() => undefined);
	return { document };
};
