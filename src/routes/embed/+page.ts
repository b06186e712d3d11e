import { loadBuiltInTimeline } from '../load-timeline';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	return { document: await loadBuiltInTimeline(fetch) };
};
