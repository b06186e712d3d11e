import { describe, expect, it } from 'vitest';
import { timeExpressions, timexOf } from './timex';

describe('timexOf', () => {
	it.each([
		[{ start: '2013-03-22', end: '2013-03-22', precision: 'day' }, 'calendar', '2013-03-22'],
		[{ start: '2013-03', end: '2013-03', precision: 'month' }, 'calendar', '2013-03'],
		[{ start: '2012-06', end: '2012-08', precision: 'season' }, 'season', '2012-SU'],
		[{ start: '2013-01', end: '2013-03', precision: 'quarter' }, 'quarter', '2013-Q1'],
		[{ start: '2000', end: '2009', precision: 'span' }, 'decade', '200']
	] as const)('%j (%s) → %s', (date, kind, value) => {
		expect(timexOf({ kind, date: { ...date, approximate: false, text: 'x' } }).value).toBe(value);
	});
});

describe('timeExpressions', () => {
	it('marks dates, weeks, durations and references with offsets into the text', () => {
		const text = 'Apple said on Tuesday it sold 5 million this week.\nIt took two years and is currently on sale.';
		expect(timeExpressions(text, { published: '2010-06-16' }).map((t) => [t.text, t.type, t.value])).toEqual([
			['Tuesday', 'DATE', '2010-06-15'],
			['this week', 'DATE', '2010-W24'],
			['two years', 'DURATION', 'P2Y'],
			['currently', 'DATE', 'PRESENT_REF']
		]);
	});
});
