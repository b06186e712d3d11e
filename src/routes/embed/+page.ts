import { browser } from '$app/environment';
import { openLink } from '$lib/formats/open-linked-timeline';
import { parseViewParams } from '$lib/state/url-params';
import { loadBuiltInTimeline } from '../load-timeline';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	// The frame's own address: the page is prerendered once for every link into it.
	const src = browser ? parseViewParams(new URLSearchParams(location.search)).params.src : null;
	const linked = browser ? openLink(src, location.href) : null;
	return { document: await loadBuiltInTimeline(fetch), linked };
};
