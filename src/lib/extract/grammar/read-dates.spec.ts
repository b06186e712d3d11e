import { describe, expect, it } from 'vitest';
import { readDates } from './read-dates';

describe('readDates', () => {
	it('gives each expression its bounds, TIMEX3 value and what it is dated by', () => {
		expect(readDates('It fell in May 2010 and rose yesterday.', '2010-06-16')).toEqual([
			{ text: 'May 2010', start: '2010-05', end: '2010-05', approximate: false, datedBy: 'text', timex: '2010-05' },
			{
				text: 'yesterday',
				start: '2010-06-15',
				end: '2010-06-15',
				approximate: false,
				datedBy: 'publication',
				timex: '2010-06-15'
			}
		]);
	});
});
