import { describe, expect, it } from 'vitest';
import { readDates } from './read-dates';

const read = (text: string) => readDates(text, null);

describe('seasons, parts of years and year ranges', () => {
	it.each([
		['Sales rose in late 2015.', 'late 2015', '2015-09', '2015-12', false],
		['It opened in mid-2016.', 'mid-2016', '2016-05', '2016-08', false],
		['They met early in 2016.', 'early in 2016', '2016-01', '2016-04', false],
		['by the end of 2014', 'by the end of 2014', '2014-09', '2014-12', true],
		['in the summer of 2016', 'the summer of 2016', '2016-06', '2016-08', false],
		['in winter 2016/17', 'winter 2016/17', '2016-12', '2017-02', false],
		['from 2005 to 2008', 'from 2005 to 2008', '2005', '2008', false],
		['in 2012-13 it grew', '2012-13', '2012', '2013', false],
		['between 1999 and 2004', 'between 1999 and 2004', '1999', '2004', false],
		['late 2015 and early 2016', 'late 2015 and early 2016', '2015-09', '2016-04', false],
		['It will be done by 2015.', 'by 2015', '2015', '2015', true]
	])('%s → "%s" %s..%s', (sentence, text, start, end, approximate) => {
		expect(read(sentence)).toMatchObject([{ text, start, end, approximate }]);
	});

	it.each([
		'between 1900 and 2000 jobs were lost',
		'2012 and 2013 were good years',
		'the 2012-10 score',
		'a Boeing 747 by 2707 people',
		'COVID-19 in summer',
		'it cost $2015 to $2016',
		'by 25 votes to 2'
	])('%s → no season or range', (sentence) => {
		expect(read(sentence).filter((found) => found.text.length > 4)).toEqual([]);
	});
});
