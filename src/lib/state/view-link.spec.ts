import { describe, expect, it } from 'vitest';
import { builtInTimeline } from '../server/built-in-timeline';
import { TimelineView } from './timeline-view.svelte';
import { EMPTY_PARAMS, parseViewParams, serializeViewParams } from './url-params';
import { applyLinkedFind, selectLinkedEvent, viewLinkParams } from './view-link';

const timeline = builtInTimeline();
const [first, second] = timeline.events;

describe('applyLinkedFind', () => {
	it('sets the search and the filters the link names', () => {
		const view = new TimelineView(timeline);
		applyLinkedFind(view, { ...EMPTY_PARAMS, people: [first.people[0]], tags: [first.tags[0]] });
		expect(view.filters).toEqual({ people: [first.people[0]], tags: [first.tags[0]], sources: [] });
		expect(view.matches?.has(first.id)).toBe(true);
		expect(view.matches?.size).toBeLessThan(timeline.events.length);
	});

	it('leaves filters that are already the link’s as they are, so the search does not run again', () => {
		const view = new TimelineView(timeline);
		applyLinkedFind(view, { ...EMPTY_PARAMS, sources: [timeline.sources[0].id] });
		const filters = view.filters;
		applyLinkedFind(view, { ...EMPTY_PARAMS, sources: [timeline.sources[0].id] });
		expect(view.filters).toBe(filters);
	});
});

describe('selectLinkedEvent', () => {
	it('selects the event a link names, or says this timeline has no such event and selects nothing', () => {
		const view = new TimelineView(timeline);
		expect(selectLinkedEvent(view, 'no-such-event')).toBe(
			'The link names an event "no-such-event" that this timeline does not have.'
		);
		expect(view.selectedId).toBeNull();
		expect(selectLinkedEvent(view, second.id)).toBeNull();
		expect(view.selectedId).toBe(second.id);
	});
});

describe('viewLinkParams', () => {
	it('names what the view shows, so a link to it opens the same view', () => {
		const view = new TimelineView(timeline);
		applyLinkedFind(view, { ...EMPTY_PARAMS, tags: [second.tags[0]] });
		view.select(second.id);
		const link = serializeViewParams(viewLinkParams(view, 'https://example.org/timeline.json'));
		const { params, errors } = parseViewParams(link);
		expect(errors).toEqual([]);
		expect(params).toMatchObject({
			event: second.id,
			tags: [second.tags[0]],
			src: 'https://example.org/timeline.json'
		});
		expect(params.window).not.toBeNull();
	});
});
