import { error } from '@sveltejs/kit';
import { loadBuiltInTimeline } from '../../load-timeline';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
	const timeline = await loadBuiltInTimeline(fetch);
	const source = timeline.sources.find((s) => s.id === params.id);
	if (!source) error(404, `There is no article "${params.id}" in this timeline.`);
	const events = timeline.events.filter((event) => event.excerpts.some((excerpt) => excerpt.source === source.id));
	return { title: timeline.title, source, events };
};
