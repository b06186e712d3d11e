import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { TimelineDocument } from '$lib/data/schema';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
	const response = await fetch(resolve('/data/timeline.json'));
	if (!response.ok) throw new Error(`The built-in timeline did not load (HTTP ${response.status}).`);
	const document = (await response.json()) as TimelineDocument;
	const source = document.sources.find((s) => s.id === params.id);
	if (!source) error(404, `There is no article "${params.id}" in this timeline.`);
	const events = document.events.filter((event) => event.excerpts.some((excerpt) => excerpt.source === source.id));
	return { title: document.title, source, events };
};
