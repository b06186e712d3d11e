import { browser } from '$app/environment';
import { eventPanel } from '$lib/components/app/on-demand';
import { loadBuiltInTimeline } from './load-timeline';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	// A link that names an event opens with its panel: fetch the panel's code with the data, not after the page
	// starts. (The browser's own address: `url.search` cannot be read while the page is prerendered.)
	const panel = browser && new URLSearchParams(location.search).has('event') ? eventPanel.load() : null;
	const timeline = await loadBuiltInTimeline(fetch);
	// Without the panel the timeline still works; TimelineApp says so if the panel cannot load.
	await panel?.catch(() => undefined);
	return { document: timeline };
};
