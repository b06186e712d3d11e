import { describe, expect, it } from 'vitest';
import { readDates } from './read-dates';

describe('quarters and halves with their year', () => {
	it.each([
		// sentence, phrase, start, end, TIMEX3 value (a run of quarters is its year)
		['Revenue rose in the third quarter of 2016.', 'the third quarter of 2016', '2016-07', '2016-09', '2016-Q3'],
		['in the first two quarters of 2016', 'the first two quarters of 2016', '2016-01', '2016-06', '2016'],
		['in the last two quarters of 2015', 'the last two quarters of 2015', '2015-07', '2015-12', '2015'],
		['the 4th quarter 2014 results', 'the 4th quarter 2014', '2014-10', '2014-12', '2014-Q4'],
		['in the second half of 2016', 'the second half of 2016', '2016-07', '2016-12', '2016'],
		['in the first half of 2009', 'the first half of 2009', '2009-01', '2009-06', '2009'],
		['sales in Q3 2016 rose', 'Q3 2016', '2016-07', '2016-09', '2016-Q3'],
		['sales in Q1-Q2 2016 rose', 'Q1-Q2 2016', '2016-01', '2016-06', '2016'],
		['in Q4 of 2015', 'Q4 of 2015', '2015-10', '2015-12', '2015-Q4']
	])('%s → "%s" %s..%s', (sentence, text, start, end, timex) => {
		expect(readDates(sentence, null)).toEqual([{ text, start, end, timex, approximate: false, datedBy: 'text' }]);
	});

	it('reads a quarter without its year against the publication date only', () => {
		expect(readDates('Revenue rose in the third quarter.', null)).toEqual([]);
		expect(readDates('Revenue rose in the third quarter.', '2016-11-02')).toMatchObject([{ timex: '2016-Q3' }]);
	});

	it.each([
		['Q5 2016 does not exist'],
		['a quarter of 2016 voters'],
		['the Boeing 747 quarter'],
		['COVID-19 in the second half'],
		['three quarters of $2016'],
		['Q3 25 units']
	])('%s → no quarter', (sentence) => {
		expect(readDates(sentence, null).filter((found) => /Q|-0[1-9]/.test(found.timex))).toEqual([]);
	});
});
