import { describe, expect, it } from 'vitest';
import { buildTimelineDocument, compareEvents } from './document';
import type { TimelineEvent } from '../model/timeline';

const event = (id: string, start: string): TimelineEvent => ({
	id,
	title: id,
	summary: id,
	date: { start, end: start, precision: 'day', approximate: false, text: start },
	excerpts: [{ source: 's', quote: 'q' }],
	people: [],
	tags: ['t'],
	attribution: { by: 'x', status: 'established' }
});

describe('buildTimelineDocument', () => {
	it('sorts events by the start of their window, then by id', () => {
		const events = [event('c', '2016-08-23'), event('b', '2016'), event('a', '2016-01-01'), event('d', '2015-12')];
		const timelineDocument = buildTimelineDocument({ sources: [], tags: [], periods: [], events });
		expect(timelineDocument.title).toBe('Sourceline');
		expect(timelineDocument.events.map((e) => e.id)).toEqual(['d', 'a', 'b', 'c']);
		expect(events.map((e) => e.id)).toEqual(['c', 'b', 'a', 'd']);
		expect(compareEvents(event('x', '2016'), event('x', '2016'))).toBe(0);
	});
});
