import { error } from '@sveltejs/kit';
import { loadBuiltInTimeline } from '../../load-timeline';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
	const timeline = await loadBuiltInTimeline(fetch);
	// The document's events are in timeline order already (`eventOrder`, when the document was built).
	const ordered = timeline.events;
	let at = ordered.findIndex((event) => event.id === params.id);
	// An old id: the page says where the event went instead of showing it under an address it no longer has.
	const movedTo = at < 0 ? ordered.findIndex((event) => event.aliases?.includes(params.id)) : -1;
	if (movedTo >= 0) at = movedTo;
	if (at < 0) error(404, `There is no event "${params.id}" in this timeline.`);
	const neighbour = (index: number) => {
		const event = ordered[index];
		return event ? { id: event.id, title: event.title, date: event.date } : null;
	};
	const event = ordered[at];
	const cited = new Set(event.excerpts.map((excerpt) => excerpt.source));
	return {
		title: timeline.title,
		event,
		oldId: movedTo >= 0 ? params.id : null,
		tags: timeline.tags,
		// Only the articles this event cites, with no more of their text than an untitled one's label needs.
		sources: timeline.sources
			.filter((source) => cited.has(source.id))
			.map((source) => ({ ...source, text: source.title ? '' : source.text.slice(0, 200) })),
		previous: neighbour(at - 1),
		next: neighbour(at + 1)
	};
};
