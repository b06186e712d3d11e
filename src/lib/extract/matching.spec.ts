import { describe, expect, it } from 'vitest';
import { locateExcerpts, matchingEvents } from './matching';

const text = 'In 2013 it grew. It grew. In August 2016 it shrank.';

describe('matchingEvents', () => {
	const events = [
		{
			id: 'growth',
			date: { start: '2013', end: '2013', precision: 'year' as const, approximate: false, text: '2013' },
			excerpts: [{ source: 'a', quote: 'In 2013 it grew.' }]
		},
		{
			id: 'shrink',
			date: { start: '2016-08', end: '2016-08', precision: 'month' as const, approximate: false, text: 'August 2016' },
			excerpts: [
				{ source: 'a', quote: 'In August 2016 it shrank.' },
				{ source: 'b', quote: 'In 2013 it grew.' }
			]
		}
	];

	it('matches an overlapping passage with an overlapping date, in the same source only', () => {
		const located = locateExcerpts(text, 'a', events);
		expect(located.map((excerpt) => excerpt.eventId)).toEqual(['growth', 'shrink']);
		expect(matchingEvents(located, 0, 16, { start: '2013', end: '2013' })).toEqual(['growth']);
		// same passage, another date
		expect(matchingEvents(located, 0, 16, { start: '2016', end: '2016' })).toEqual([]);
		expect(matchingEvents(located, 26, 51, { start: '2016', end: '2016' })).toEqual(['shrink']);
	});
});
