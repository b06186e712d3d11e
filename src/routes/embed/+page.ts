import { resolve } from '$app/paths';
import type { TimelineDocument } from '$lib/data/schema';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch(resolve('/data/timeline.json'));
	if (!response.ok) throw new Error(`The built-in timeline did not load (HTTP ${response.status}).`);
	return { document: (await response.json()) as TimelineDocument };
};
