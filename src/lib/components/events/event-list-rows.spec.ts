import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../model/timeline';
import { eventWindow } from '../../dates/event-dates';
import type { IndexedEvent } from '../../state/timeline-view.svelte';
import {
	buildRows,
	eventsInView,
	headingAbove,
	renderRange,
	rowAt,
	rowForWindow,
	rowOffsets,
	windowForEvents
} from './event-list-rows';

function item(id: string, start: string, end = start, order = 0): IndexedEvent {
	const event = {
		id,
		title: id,
		summary: id,
		date: { start, end, precision: 'day', approximate: false, text: start },
		excerpts: [],
		people: [],
		tags: ['t'],
		attribution: { by: 'x', status: 'established' }
	} as unknown as TimelineEvent;
	return { event, window: eventWindow(event.date), dateLabel: start, order };
}

const items = [
	item('y2008', '2008'),
	item('apr2008', '2008-04'),
	item('gov', '2004', '2012'),
	item('aug23', '2016-08-23'),
	item('aug24', '2016-08-24'),
	item('sep', '2016-09-01')
].sort((a, b) => a.window.start - b.window.start);
const heights = { year: 40, month: 30, event: 60 };

describe('buildRows', () => {
	it('puts events under year and month headings', () => {
		const rows = buildRows(items);
		expect(rows.map((r) => (r.kind === 'event' ? r.item.event.id : r.label))).toEqual([
			'2004',
			'gov',
			'2008',
			'y2008',
			'April 2008',
			'apr2008',
			'2016',
			'August 2016',
			'aug23',
			'aug24',
			'September 2016',
			'sep'
		]);
		expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
	});
});

describe('offsets and ranges', () => {
	const rows = buildRows(items);
	const offsets = rowOffsets(rows, heights);

	it('stacks rows by their heights', () => {
		expect(offsets[0]).toBe(0);
		expect(offsets[1]).toBe(40);
		expect(offsets[2]).toBe(100);
		// Three years, three months, six events.
		expect(offsets[rows.length]).toBe(3 * 40 + 3 * 30 + 6 * 60);
	});

	it('finds the row under a point and what to render', () => {
		expect(rowAt(offsets, 0)).toBe(0);
		expect(rowAt(offsets, 39)).toBe(0);
		expect(rowAt(offsets, 40)).toBe(1);
		expect(rowAt(offsets, 1e9)).toBe(rows.length - 1);
		expect(renderRange(offsets, 0, 100, 0)).toEqual([0, 3]);
		expect(renderRange(offsets, 0, 100, 2)).toEqual([0, 5]);
		expect(renderRange(rowOffsets([], heights), 0, 100)).toEqual([0, 0]);
	});

	it('lists the events at least half in view', () => {
		// Rows: 2004 (0-40), gov (40-100), 2008 (100-140), y2008 (140-200), April (200-230), apr2008 (230-290)
		expect(eventsInView(rows, offsets, 0, 200).map((i) => i.event.id)).toEqual(['gov', 'y2008']);
		expect(eventsInView(rows, offsets, 80, 180).map((i) => i.event.id)).toEqual(['y2008', 'apr2008']);
	});

	it('scrolls to the heading right above an event', () => {
		const aug23 = rows.findIndex((r) => r.key === 'event:aug23');
		expect(rows[headingAbove(rows, aug23)].key).toBe('year:2016');
		const aug24 = rows.findIndex((r) => r.key === 'event:aug24');
		expect(headingAbove(rows, aug24)).toBe(aug24);
	});
});

describe('between the list and the timeline', () => {
	const rows = buildRows(items);
	const day = 86_400_000;

	it('covers the events in view, padded, and at least a few days', () => {
		const aug = items.filter((i) => i.event.id.startsWith('aug'));
		const [from, to] = windowForEvents(aug)!;
		expect(from).toBeLessThan(Date.UTC(2016, 7, 23));
		expect(to).toBeGreaterThan(Date.UTC(2016, 7, 25));
		expect(to - from).toBeGreaterThanOrEqual(10 * day);
		expect(windowForEvents([])).toBeNull();
	});

	it('lets a long span count only its first month', () => {
		const [from, to] = windowForEvents([items[0]])!;
		expect(from).toBeLessThan(Date.UTC(2004, 0, 1));
		expect(to).toBeLessThan(Date.UTC(2004, 2, 1));
	});

	it('starts the list at the first event in a window, else one running into it', () => {
		const key = (span: [number, number]) => rows[rowForWindow(rows, span)]?.key.replace('event:', '');
		expect(key([Date.UTC(2016, 7, 1), Date.UTC(2016, 8, 1)])).toBe('aug23');
		expect(key([Date.UTC(2016, 7, 24), Date.UTC(2016, 11, 1)])).toBe('aug24');
		expect(key([Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)])).toBe('gov');
		expect(rowForWindow(rows, [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)])).toBe(-1);
	});

	it('maps the window made from the list back to the same first event', () => {
		const aug = items.filter((i) => i.event.id.startsWith('aug') || i.event.id === 'sep');
		expect(rows[rowForWindow(rows, windowForEvents(aug)!)].key).toBe('event:aug23');
	});
});
