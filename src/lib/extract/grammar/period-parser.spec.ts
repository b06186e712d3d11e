import { describe, expect, it } from 'vitest';
import { readDates } from './read-dates';

/** Published on Wednesday 16 June 2010. */
const PUBLISHED = '2010-06-16';
const read = (text: string, published: string | null = PUBLISHED) => readDates(text, published);

describe('weeks, months and years against the publication date', () => {
	it.each([
		['Apple met the band this week.', 'this week', '2010-06-14', '2010-06-20', '2010-W24'],
		['Apple met the band last week.', 'last week', '2010-06-07', '2010-06-13', '2010-W23'],
		['It opens next week.', 'next week', '2010-06-21', '2010-06-27', '2010-W25'],
		['Sales fell last month.', 'last month', '2010-05', '2010-05', '2010-05'],
		['It opens next month.', 'next month', '2010-07', '2010-07', '2010-07'],
		['Profits rose earlier this month.', 'earlier this month', '2010-06', '2010-06', '2010-06'],
		['It ships later this year.', 'later this year', '2010', '2010', '2010'],
		['Sales doubled last year.', 'last year', '2009', '2009', '2009'],
		['Sales will double next year.', 'next year', '2011', '2011', '2011'],
		['It fell by the end of last year.', 'the end of last year', '2009-09', '2009-12', '2009'],
		['Apple passed Wal-Mart at the beginning of the year.', 'the beginning of the year', '2010-01', '2010-04', '2010'],
		['Prices peak in the middle of this year.', 'the middle of this year', '2010-05', '2010-08', '2010']
	])('%s → "%s" %s..%s', (sentence, text, start, end, timex) => {
		expect(read(sentence)).toContainEqual(expect.objectContaining({ text, start, end, timex }));
	});

	it('leaves the year before or after an event to the text’s own time, and dates nothing without a publication date', () => {
		expect(read('Sales fell last month.', null)).toEqual([]);
		expect(read('The year before, sales fell.').filter((found) => found.text.includes('year'))).not.toContainEqual(
			expect.objectContaining({ text: 'The year' })
		);
	});

	it.each([
		'The year was a good one for Apple.',
		'A week is a long time in politics.',
		'The Boeing 747 is a month-long project.',
		'COVID-19 closed the shops.',
		'It costs $25 a month.',
		'He is 25 and works a 40-hour week.'
	])('%s → no week, month or year', (sentence) => {
		expect(read(sentence)).toEqual([]);
	});
});
