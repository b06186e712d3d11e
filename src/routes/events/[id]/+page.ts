import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { TimelineDocument } from '$lib/data/schema';
import { eventWindow } from '$lib/dates/window';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
	const response = await fetch(resolve('/data/timeline.json'));
	if (!response.ok) throw new Error(`The built-in timeline did not load (HTTP ${response.status}).`);
	const document = (await response.json()) as TimelineDocument;
	// Date order, as on the timeline: start, then end, then id.
	const ordered = document.events
		.map((event) => ({ event, window: eventWindow(event.date) }))
		.sort(
			(a, b) => a.window.start - b.window.start || a.window.end - b.window.end || a.event.id.localeCompare(b.event.id)
		);
	const at = ordered.findIndex((item) => item.event.id === params.id);
	if (at < 0) error(404, `There is no event "${params.id}" in this timeline.`);
	const neighbour = (index: number) => {
		const event = ordered[index]?.event;
		return event ? { id: event.id, title: event.title, date: event.date } : null;
	};
	const event = ordered[at].event;
	const cited = new Set(event.excerpts.map((excerpt) => excerpt.source));
	return {
		title: document.title,
		event,
		tags: document.tags,
		// Only the articles this event cites, without their full text.
		sources: document.sources.filter((source) => cited.has(source.id)).map((source) => ({ ...source, text: '' })),
		previous: neighbour(at - 1),
		next: neighbour(at + 1)
	};
};
