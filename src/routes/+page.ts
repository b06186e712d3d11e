import { browser } from '$app/environment';
import { eventPanel } from '$lib/components/app/on-demand';
import { openLink } from '$lib/formats/open-linked-timeline';
import { parseViewParams } from '$lib/state/url-params';
import { loadBuiltInTimeline } from './load-timeline';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	// The browser's own address: `url.search` cannot be read while the page is prerendered.
	const params = browser ? parseViewParams(new URLSearchParams(location.search)).params : null;
	// A link that names an event opens with its panel: fetch the panel's code with the data, not after the page
	// starts.
	const panel = params?.event ? eventPanel.load() : null;
	// A link to another timeline (`?src=`): its importers start now, not once the page is drawn (app.html has already
	// started its download).
	const linked = params ? openLink(params.src, location.href) : null;
	const timeline = await loadBuiltInTimeline(fetch);
	// Without the panel the timeline still works; TimelineApp says so if the panel cannot load.
	await panel?.catch(() => undefined);
	return { document: timeline, linked };
};
