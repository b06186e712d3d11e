import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { findRead } from './chrono-parsing';
import { dayRangeParser, monthRangeParser, monthTheDayParser, sameMonthRangeParser } from './days';
import { readDates } from './read-dates';

describe('day and month ranges and "Month the Nth"', () => {
	it.each([
		// sentence, phrase, start, end, approximate
		[
			'From May the 4th until September the 23rd 2016, the bank',
			'From May the 4th until September the 23rd 2016',
			'2016-05-04',
			'2016-09-23',
			false
		],
		['from 4 May to 23 September 2016', 'from 4 May to 23 September 2016', '2016-05-04', '2016-09-23', false],
		['from at least 4 May to 9 June 2016', 'from at least 4 May to 9 June 2016', '2016-05-04', '2016-06-09', true],
		['between 4 and 9 May 2016', 'between 4 and 9 May 2016', '2016-05-04', '2016-05-09', false],
		['between May 4 and May 9, 2016', 'between May 4 and May 9, 2016', '2016-05-04', '2016-05-09', false],
		['the 4th to the 9th of May 2016', 'the 4th to the 9th of May 2016', '2016-05-04', '2016-05-09', false],
		// chrono would take the 28 for the year 2028
		['May 28 to June 3, 2016', 'May 28 to June 3, 2016', '2016-05-28', '2016-06-03', false],
		['as of December the 31st 2008, the value', 'December the 31st 2008', '2008-12-31', '2008-12-31', false],
		['From May 1998 to September 1999, he', 'From May 1998 to September 1999', '1998-05', '1999-09', false],
		['between June and August 2016', 'between June and August 2016', '2016-06', '2016-08', false],
		['from December to February 2001', 'from December to February 2001', '2000-12', '2001-02', false]
	])('%s → "%s" %s..%s', (sentence, text, start, end, approximate) => {
		expect(readDates(sentence, null)).toMatchObject([{ text, start, end, approximate, datedBy: 'text' }]);
	});

	it.each([
		// a month or day without a year: the publication date's side by tense, else the year the text is at
		['They met from 4 to 9 May.', '2016-06-15', 'from 4 to 9 May', '2016-05-04', '2016-05-09', 'publication'],
		[
			'They will meet between 4 and 9 May.',
			'2016-06-15',
			'between 4 and 9 May',
			'2017-05-04',
			'2017-05-09',
			'publication'
		],
		['They met on May the 4th.', '2016-06-15', 'May the 4th', '2016-05-04', '2016-05-04', 'publication'],
		[
			'It ran from December to February.',
			'2016-06-15',
			'from December to February',
			'2015-12',
			'2016-02',
			'publication'
		],
		[
			'The talks will run from 28 December to 3 January.',
			'2016-06-15',
			'from 28 December to 3 January',
			'2016-12-28',
			'2017-01-03',
			'publication'
		],
		['In 2012 they met from 4 to 9 May.', null, 'from 4 to 9 May', '2012-05-04', '2012-05-09', 'anchor'],
		['In 2012 they met on May the 4th.', null, 'May the 4th', '2012-05-04', '2012-05-04', 'anchor']
	])('%s (published %s) → "%s" %s..%s by %s', (sentence, published, text, start, end, datedBy) => {
		const found = readDates(sentence, published).filter((date) => date.text === text);
		expect(found).toEqual([{ text, start, end, approximate: true, datedBy, timex: start }]);
	});

	it('leaves a year-less range undated with nothing to lean on', () => {
		expect(readDates('They met from 4 to 9 May.', null)).toEqual([]);
	});

	it.each([
		['a Boeing 747 flew from May to June'],
		['COVID-19 May'],
		['it cost $25 to 30 May'],
		['He is 25 and has 25 shares'],
		['between 25 and 30 Mayors'],
		['between 4 and 40 May 2016'],
		['from May the 45th'],
		['May and June are warm']
	])('%s → no day or month range', (sentence) => {
		expect(readDates(sentence, null)).toEqual([]);
	});

	it('leaves to chrono the ranges it reads to the same dates, and reads what it lacks', () => {
		const days = new chrono.Chrono({
			parsers: [dayRangeParser, sameMonthRangeParser, monthTheDayParser, monthRangeParser],
			refiners: []
		});
		const readByDays = (text: string) => findRead(days, text).map((found) => text.slice(found.index, found.end));
		expect(readByDays('met 4-9 May, January to March 2000, May 24-29')).toEqual([]);
		expect(readByDays('met from 4 to 9 May and on May the 4th')).toEqual(['from 4 to 9 May', 'May the 4th']);
		expect(readDates('met 4-9 May 2016 and January to March 2000', null)).toMatchObject([
			{ text: '4-9 May 2016', start: '2016-05-04', end: '2016-05-09' },
			{ text: 'January to March 2000', start: '2000-01', end: '2000-03' }
		]);
	});
});
