import { describe, expect, it } from 'vitest';
import { describeWindow, toIsoDate } from './describe-window';

const at = (year: number, month: number, day = 1, hour = 0) => Date.UTC(year, month - 1, day, hour);

describe('describeWindow', () => {
	it('speaks in years across years', () => {
		expect(describeWindow(at(1990, 1), at(2018, 1))).toBe('1990 – 2017');
		expect(describeWindow(at(1990, 3, 4), at(2017, 11, 20))).toBe('1990 – 2017');
	});

	it('speaks in months across months', () => {
		expect(describeWindow(at(2014, 6), at(2014, 7))).toBe('June 2014');
		expect(describeWindow(at(2016, 6, 3), at(2016, 9, 27))).toBe('Jun – Sep 2016');
		expect(describeWindow(at(2016, 11, 10), at(2017, 2, 20))).toBe('Nov 2016 – Feb 2017');
		expect(describeWindow(at(2015, 6), at(2016, 12))).toBe('Jun 2015 – Nov 2016');
	});

	it('speaks in days across days', () => {
		expect(describeWindow(at(2016, 8, 12), at(2016, 8, 20))).toBe('12 – 19 Aug 2016');
		expect(describeWindow(at(2016, 12, 28), at(2017, 1, 5))).toBe('28 Dec 2016 – 4 Jan 2017');
		expect(describeWindow(at(2016, 8, 28, 6), at(2016, 9, 4, 18))).toBe('28 Aug – 4 Sep 2016');
		expect(describeWindow(at(2016, 8, 23, 6), at(2016, 8, 23, 18))).toBe('23 Aug 2016');
		expect(describeWindow(at(2016, 8, 23), at(2016, 8, 23))).toBe('23 Aug 2016');
	});
});

describe('toIsoDate', () => {
	it('gives the UTC calendar date', () => {
		expect(toIsoDate(at(2016, 8, 23, 23))).toBe('2016-08-23');
		expect(toIsoDate(at(1999, 12, 31))).toBe('1999-12-31');
	});
});
