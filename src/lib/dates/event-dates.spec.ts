import { describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { parseDateString, daysInMonth, formatEventDate, formatUtc, MONTH_NAMES } from './event-dates';

describe('formatEventDate', () => {
	it('says a mid-year season as "mid-2016"', () => {
		expect(
			formatEventDate({ start: '2016-05', end: '2016-08', precision: 'season', approximate: false, text: 'mid-2016' })
		).toBe('mid-2016');
	});

	it('keeps the precision of days, months and years, and marks approximate dates', () => {
		const date = (start: string, precision: 'day' | 'month' | 'year', approximate = false) =>
			formatEventDate({ start, end: start, precision, approximate, text: start });
		expect(date('2016-08-23', 'day')).toBe('23 Aug 2016');
		expect(date('2016-09-01', 'day')).toBe('1 Sep 2016');
		expect(date('2016-08', 'month')).toBe('Aug 2016');
		expect(date('2014', 'year')).toBe('2014');
		expect(date('2016-11', 'month', true)).toBe('c. Nov 2016');
	});
});

describe('formatUtc', () => {
	it('writes what date-fns format writes in English, for every month and the patterns the app uses', () => {
		const patterns = ['yyyy', 'MMM yyyy', 'd MMM yyyy', 'MMMM yyyy', 'MMM', 'MMMM', 'd', 'd MMM', 'yyyy-MM-dd'];
		for (const year of [999, 1990, 2016, 2400]) {
			for (let month = 0; month < 12; month++) {
				for (const day of [1, 9, 28]) {
					const instant = new UTCDate(year, month, day, 23, 59).getTime();
					for (const pattern of patterns) {
						expect(formatUtc(instant, pattern)).toBe(format(new UTCDate(instant), pattern));
					}
				}
			}
		}
		expect(MONTH_NAMES.map((_, month) => formatUtc(Date.UTC(2016, month, 1), 'MMMM'))).toEqual([...MONTH_NAMES]);
	});
});

describe('parseDateString', () => {
	it.each([
		['2016-02-29', true],
		['2015-02-29', false],
		['2000-02-29', true],
		['1900-02-29', false],
		['0004-02-29', true],
		['2016-04-30', true],
		['2016-04-31', false],
		['2016-12-31', true],
		['2016-01-00', false]
	])('%s is a real day: %s', (value, real) => {
		expect('error' in parseDateString(value)).toBe(!real);
	});

	it('agrees with Date on the length of every month from 1600 to 2400', () => {
		for (let year = 1600; year <= 2400; year++) {
			for (let month = 1; month <= 12; month++) {
				const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
				const day = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
				expect('error' in parseDateString(day(last))).toBe(false);
				if (last < 31) expect(parseDateString(day(last + 1))).toHaveProperty('error');
			}
		}
	});
});

describe('daysInMonth', () => {
	it('counts leap Februaries of the proleptic Gregorian calendar, in years 0-99 too', () => {
		expect([2016, 2017, 1900, 2000, 0, 4, 100].map((year) => daysInMonth(year, 2))).toEqual([
			29, 28, 28, 29, 29, 29, 28
		]);
		expect([1, 4, 12].map((month) => daysInMonth(2021, month))).toEqual([31, 30, 31]);
	});
});
