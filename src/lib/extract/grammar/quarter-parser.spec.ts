import { describe, expect, it } from 'vitest';
import { readDates } from './read-dates';

const read = readDates;

describe('quarters against the publication date', () => {
	it.each([
		// published, sentence, phrase, TIMEX3 value
		['2010-06-16', 'Revenue rose in the third quarter.', 'the third quarter', '2009-Q3'],
		['2010-06-16', 'Revenue rose in the first quarter.', 'the first quarter', '2010-Q1'],
		['2010-06-16', 'Revenue rose in the 2nd quarter.', 'the 2nd quarter', '2010-Q2'],
		['2010-06-16', 'Revenue rose last quarter.', 'last quarter', '2010-Q1'],
		['2010-06-16', 'It expects more this quarter.', 'this quarter', '2010-Q2'],
		['2010-06-16', 'It expects more next quarter.', 'next quarter', '2010-Q3'],
		['2010-01-20', 'Sales peaked in the fourth quarter.', 'the fourth quarter', '2009-Q4'],
		['2010-02-10', 'Sales fell in the previous quarter.', 'previous quarter', '2009-Q4'],
		['2010-11-10', 'It will ship in the coming quarter.', 'coming quarter', '2011-Q1'],
		['2010-06-16', 'Profit rose in the current fiscal quarter.', 'current fiscal quarter', '2010-Q2']
	])('%s: %s → "%s" %s', (published, sentence, text, timex) => {
		expect(read(sentence, published)).toContainEqual(expect.objectContaining({ text, timex }));
	});

	it('leaves a quarter with its year to quarters.ts, and dates no quarter without a publication date', () => {
		expect(read('Revenue rose in the third quarter of 2008.', '2010-06-16')).toMatchObject([
			{ text: 'the third quarter of 2008', timex: '2008-Q3' }
		]);
		expect(read('Revenue rose in the third quarter.', null)).toEqual([]);
	});

	it.each([
		'A quarter of the staff left.',
		'Three quarters of voters agreed.',
		'The Boeing 747 has a quarter-century of service.',
		'COVID-19 cut sales by a quarter.',
		'It paid $25 a quarter.',
		'He was 25 in the French quarter.'
	])('%s → no quarter', (sentence) => {
		expect(read(sentence, '2010-06-16').filter((found) => /Q\d/.test(found.timex))).toEqual([]);
	});
});
