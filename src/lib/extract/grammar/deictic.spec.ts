import { describe, expect, it } from 'vitest';
import { findDateExpressions } from './expressions';
import { yearOnSide } from './blocks';
import { sideOf } from './deictic';

/** Published on Wednesday 16 June 2010. */
const PUBLISHED = '2010-06-16';
const first = (text: string, published: string | null = PUBLISHED) =>
	findDateExpressions(text, published ? { published } : {}).map((match) => ({
		text: match.text,
		start: match.date.start,
		end: match.date.end,
		datedBy: match.datedBy,
		...(match.timexValue ? { timex: match.timexValue } : {})
	}))[0];

describe('expressions read against the publication date', () => {
	it.each([
		['Apple said on Tuesday that sales rose.', 'Tuesday', '2010-06-15', '2010-06-15'],
		['Apple announced Wednesday that it had sold 600,000.', 'Wednesday', '2010-06-16', '2010-06-16'],
		['The phone will ship on Friday.', 'Friday', '2010-06-18', '2010-06-18'],
		['Jobs resigned yesterday.', 'yesterday', '2010-06-15', '2010-06-15'],
		['Apple releases the update today.', 'today', '2010-06-16', '2010-06-16'],
		['The store opens tomorrow.', 'tomorrow', '2010-06-17', '2010-06-17'],
		['He spoke tonight.', 'tonight', '2010-06-16', '2010-06-16'],
		['Sales fell last month.', 'last month', '2010-05', '2010-05'],
		['It opens next month.', 'next month', '2010-07', '2010-07'],
		['Profits rose earlier this month.', 'earlier this month', '2010-06', '2010-06'],
		['Sales doubled this year.', 'this year', '2010', '2010'],
		['Sales doubled last year.', 'last year', '2009', '2009'],
		['It fell by the end of last year.', 'the end of last year', '2009-09', '2009-12'],
		['Apple passed Wal-Mart at the beginning of the year.', 'the beginning of the year', '2010-01', '2010-04'],
		['Apple met the band this week.', 'this week', '2010-06-14', '2010-06-20'],
		['Apple met the band last week.', 'last week', '2010-06-07', '2010-06-13'],
		['Revenue rose in the third quarter.', 'the third quarter', '2009-07', '2009-09'],
		['Revenue rose in the first quarter.', 'the first quarter', '2010-01', '2010-03'],
		['Revenue rose last quarter.', 'last quarter', '2010-01', '2010-03'],
		['It shipped two weeks ago.', 'two weeks ago', '2010-06-02', '2010-06-02']
	])('%s → "%s" %s..%s', (sentence, text, start, end) => {
		expect(first(sentence)).toMatchObject({ text, start, end, datedBy: 'publication' });
	});

	it.each([
		['Apple said this morning that prices fall.', 'this morning', '2010-06-16', '2010-06-16TMO'],
		['Jobs announced it on Friday morning.', 'Friday morning', '2010-06-11', '2010-06-11TMO'],
		['Sales began yesterday afternoon.', 'yesterday afternoon', '2010-06-15', '2010-06-15TAF'],
		['He will speak tonight.', 'tonight', '2010-06-16', '2010-06-16TNI']
	])('%s → "%s" on %s, TIMEX3 %s', (sentence, text, day, timex) => {
		expect(first(sentence)).toMatchObject({ text, start: day, end: day, timex });
	});

	it('gives a week its TIMEX3 value', () => {
		expect(first('Apple met the band this week.')).toMatchObject({ timex: '2010-W24' });
	});

	it('reads a month and day without a year on the tense’s side of the publication date, never as a two-digit year', () => {
		expect(first('It was released on October 25.')).toMatchObject({ text: 'October 25', start: '2009-10-25' });
		expect(first('It will be released on October 25.')).toMatchObject({ text: 'October 25', start: '2010-10-25' });
		expect(first('It ships June 24.')).toMatchObject({ text: 'June 24', start: '2010-06-24' });
		expect(first('He was born on February 29.')).toMatchObject({ text: 'February 29', start: '2008-02-29' });
		expect(first('It opened in March.')).toMatchObject({ text: 'March', start: '2010-03' });
	});

	it('leaves "three days later", "a year earlier" and "the next day" to the time the text is at', () => {
		const [stated, later] = findDateExpressions('Apple met Cisco on 2 May 2008 and sued three days later.', {
			published: PUBLISHED
		});
		expect(stated.date.start).toBe('2008-05-02');
		expect(later).toMatchObject({ text: 'three days later', datedBy: 'anchor' });
		expect(later.date.start).toBe('2008-05-05');
		// With no date before it in the text, the time the text is at is the publication date; a year is a year.
		expect(first('A year earlier, sales fell.')).toMatchObject({ start: '2009', datedBy: 'publication' });
	});

	it('dates none of them without a publication date', () => {
		expect(first('Jobs resigned yesterday.', null)).toBeUndefined();
		expect(first('Apple said on Tuesday that sales rose.', null)).toBeUndefined();
	});

	it.each([
		['a model number', 'Apple sold a Boeing 747 in May 2010.', 'May 2010'],
		['a disease name', 'COVID-19 spread in 2020.', '2020'],
		['money', 'Apple paid $2016 and 2,010 dollars on Monday.', 'Monday'],
		['a number that is not a day', 'In 25 stores the phone sold out yesterday.', 'yesterday']
	])('refuses %s', (_, sentence, only) => {
		expect(findDateExpressions(sentence, { published: PUBLISHED }).map((match) => match.text)).toEqual([only]);
	});
});

describe('sideOf and yearOnSide', () => {
	it('reads the tense', () => {
		expect(sideOf('Apple will release it')).toBe('after');
		expect(sideOf('Apple released it')).toBe('before');
		expect(sideOf('Apple releases it')).toBe('nearest');
	});

	it('takes the nearest year on the side, the same day counting', () => {
		expect(yearOnSide('2010-06-16', 6, 16, 'before')).toBe(2010);
		expect(yearOnSide('2010-06-16', 6, 17, 'before')).toBe(2009);
		expect(yearOnSide('2010-01-05', 12, 30, 'nearest')).toBe(2009);
		expect(yearOnSide('2010-06-16', 5, undefined, 'after')).toBe(2011);
	});
});
