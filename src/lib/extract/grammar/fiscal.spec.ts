import { describe, expect, it } from 'vitest';
import { readDates } from './read-dates';

/** Published on Wednesday 16 June 2010. */
const PUBLISHED = '2010-06-16';
const read = (text: string, published: string | null = PUBLISHED) => readDates(text, published);

describe('fiscal years', () => {
	it.each([
		['Revenue rose 20% in fiscal 2013.', 'fiscal 2013', '2013', 'FY2013', 'text'],
		['Sales in fiscal year 2012 were flat.', 'fiscal year 2012', '2012', 'FY2012', 'text'],
		['The FY2014 budget was cut.', 'FY2014', '2014', 'FY2014', 'text'],
		['Profits in FY 2009 fell.', 'FY 2009', '2009', 'FY2009', 'text'],
		['It expects growth in FY11.', 'FY11', '2011', 'FY2011', 'text'],
		['The Fiscal Year 2008 report is out.', 'Fiscal Year 2008', '2008', 'FY2008', 'text'],
		['Sales fell in the fiscal year.', 'the fiscal year', '2010', 'FY2010', 'publication'],
		['Profit doubled last fiscal year.', 'last fiscal year', '2009', 'FY2009', 'publication'],
		['It will hire more next financial year.', 'next financial year', '2011', 'FY2011', 'publication'],
		[
			'Prices rose at the very beginning of the financial year.',
			'the very beginning of the financial year',
			'2010',
			'FY2010',
			'publication'
		],
		['The plan runs to the end of fiscal 2012.', 'the end of fiscal 2012', '2012', 'FY2012', 'text']
	])('%s → "%s" %s (%s)', (sentence, text, year, timex, datedBy) => {
		expect(read(sentence)).toContainEqual({ text, start: year, end: year, approximate: true, datedBy, timex });
	});

	it('dates a fiscal year named by its number without a publication date, and leaves "the fiscal year" undated', () => {
		expect(read('Revenue rose in fiscal 2013.', null)).toMatchObject([{ text: 'fiscal 2013', timex: 'FY2013' }]);
		expect(read('Sales fell in the fiscal year.', null)).toEqual([]);
	});

	it.each([
		['The government tightened fiscal policy.'],
		['The financial crisis hit banks.'],
		['A fiscal year has twelve months.'],
		['Boeing 747 orders rose.'],
		['COVID-19 cut sales.'],
		['It cost $2013 in fiscal fees.'],
		['He owns 25 FY shares.']
	])('%s → no fiscal year', (sentence) => {
		expect(read(sentence).filter((found) => found.timex.startsWith('FY'))).toEqual([]);
	});

	it('leaves a fiscal quarter to the quarters', () => {
		expect(read('Revenue rose last fiscal quarter.')).toMatchObject([
			{ text: 'last fiscal quarter', timex: '2010-Q1' }
		]);
	});
});
