import { describe, expect, it } from 'vitest';
import { eventOrder } from './event-order';
import type { TimelineEvent } from '../model/timeline';

const text = 'First the rally. Then the visit. Days later the meeting.';
const sources = [{ id: 'article', text }];

function event(id: string, start: string, quote: string, extra: Partial<TimelineEvent> = {}) {
	return {
		id,
		title: id,
		date: { start, end: start, precision: 'month' as const, approximate: false, text: start },
		excerpts: [{ source: 'article', quote }],
		...extra
	};
}

const ids = (events: ReturnType<typeof event>[]) => eventOrder(events, sources).map((i) => events[i].id);

describe('eventOrder', () => {
	it('orders by the instant each date starts', () => {
		const events = [event('b', '2016-11', 'Then the visit.'), event('a', '2016-08', 'First the rally.')];
		expect(ids(events)).toEqual(['a', 'b']);
	});

	it('puts an event after the one it follows, even when its vaguer date starts earlier', () => {
		const events = [
			event('meeting', '2016', 'Days later the meeting.', { follows: ['visit'] }),
			event('visit', '2016-11', 'Then the visit.'),
			event('other', '2016-12', 'First the rally.')
		];
		// Once the visit is out, the meeting's start (2016) is the earliest again.
		expect(ids(events)).toEqual(['visit', 'meeting', 'other']);
	});

	it('orders events starting together as the article they share tells them, not by id', () => {
		const events = [
			event('a-meeting', '2016-11', 'Days later the meeting.'),
			event('z-visit', '2016-11', 'Then the visit.')
		];
		expect(ids(events)).toEqual(['z-visit', 'a-meeting']);
	});

	it('follows a stated relation even against the article’s telling', () => {
		const events = [
			event('headline-meeting', '2016-11', 'First the rally.', { follows: ['visit'] }),
			event('visit', '2016-11', 'Then the visit.')
		];
		expect(ids(events)).toEqual(['visit', 'headline-meeting']);
	});

	it('finds where an excerpt is told by the copy of its quote its occurrence names', () => {
		const told = [{ id: 'article', text: 'The visit. The rally. The visit.' }];
		const visit = (occurrence?: number) =>
			event('a-visit', '2016-11', 'The visit.', { excerpts: [{ source: 'article', quote: 'The visit.', occurrence }] });
		const rally = event('b-rally', '2016-11', 'The rally.');
		const order = (events: ReturnType<typeof event>[]) => eventOrder(events, told).map((i) => events[i].id);
		expect(order([rally, visit()])).toEqual(['a-visit', 'b-rally']);
		expect(order([visit(2), rally])).toEqual(['b-rally', 'a-visit']);
	});

	it('falls back to the title, then the id, when no article decides', () => {
		const events = [
			{ ...event('x', '2016', 'nowhere'), title: 'Beta' },
			{ ...event('y', '2016', 'nowhere'), title: 'Alpha' }
		];
		expect(ids(events)).toEqual(['y', 'x']);
	});

	it('keeps events caught in a cycle, after the rest', () => {
		const events = [
			event('a', '2015', 'First the rally.', { follows: ['b'] }),
			event('b', '2015', 'Then the visit.', { follows: ['a'] }),
			event('c', '2017', 'Days later the meeting.')
		];
		expect(ids(events)).toEqual(['c', 'a', 'b']);
	});

	it('returns a document already in order as it is', () => {
		const events = [event('a', '2014', 'First the rally.'), event('b', '2015', 'Then the visit.')];
		expect(eventOrder(events, sources)).toEqual([0, 1]);
	});
});
