import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDateExpressions, parseDateExpression, type DateContext } from './expressions';
import { dateProblems, dateStringAt, dateStringWindow, windowsOverlap } from '../../dates/event-dates';

type Expected = {
	text: string;
	start: string;
	end: string;
	precision: string;
	approximate?: boolean;
	startPrecision?: string;
	endPrecision?: string;
};

const shape = (expected: Expected) => ({
	text: expected.text,
	start: expected.start,
	end: expected.end,
	precision: expected.precision,
	approximate: expected.approximate ?? false,
	...(expected.startPrecision ? { startPrecision: expected.startPrecision } : {}),
	...(expected.endPrecision ? { endPrecision: expected.endPrecision } : {})
});

/** [sentence, the expression expected in it]: absolute expressions, each the only date in its sentence. */
const ABSOLUTE: [string, Expected][] = [
	// chrono-node's calendar forms
	[
		'On the 25th of January 2015, ahead of the election',
		{ text: '25th of January 2015', start: '2015-01-25', end: '2015-01-25', precision: 'day' }
	],
	[
		'pictured on the 11th of June 2014, during a trip',
		{ text: '11th of June 2014', start: '2014-06-11', end: '2014-06-11', precision: 'day' }
	],
	[
		'as of the 31st of December 2008.',
		{ text: '31st of December 2008', start: '2008-12-31', end: '2008-12-31', precision: 'day' }
	],
	[
		'In August 2016, Banks and Wigmore attended',
		{ text: 'August 2016', start: '2016-08', end: '2016-08', precision: 'month' }
	],
	['the debate in October 2016.', { text: 'October 2016', start: '2016-10', end: '2016-10', precision: 'month' }],
	['On 12 March 2020 we met', { text: '12 March 2020', start: '2020-03-12', end: '2020-03-12', precision: 'day' }],
	['on Sept. 5, 2016 at noon', { text: 'Sept. 5, 2016', start: '2016-09-05', end: '2016-09-05', precision: 'day' }],
	['on 4 May 2016 at 10:30 they', { text: '4 May 2016', start: '2016-05-04', end: '2016-05-04', precision: 'day' }],
	['released on 2016-08-23 by', { text: '2016-08-23', start: '2016-08-23', end: '2016-08-23', precision: 'day' }],
	['dated 23/08/2016 in London', { text: '23/08/2016', start: '2016-08-23', end: '2016-08-23', precision: 'day' }],
	// day first; both parts could be a month, so approximate
	[
		'dated 05/08/2016 in London',
		{ text: '05/08/2016', start: '2016-08-05', end: '2016-08-05', precision: 'day', approximate: true }
	],
	// "Month the Nth": chrono misses it
	[
		'as of December the 31st 2008, the value',
		{ text: 'December the 31st 2008', start: '2008-12-31', end: '2008-12-31', precision: 'day' }
	],
	[
		'on September the 27th 2016, the server',
		{ text: 'September the 27th 2016', start: '2016-09-27', end: '2016-09-27', precision: 'day' }
	],
	// bare years
	['In 2012, Bannon invited the UK politician', { text: '2012', start: '2012', end: '2012', precision: 'year' }],
	['Daniel Russell was appointed CEO in 2013.', { text: '2013', start: '2013', end: '2013', precision: 'year' }],
	['the successful 2016 Brexit campaign', { text: '2016', start: '2016', end: '2016', precision: 'year' }],
	['Russia’s 2014 annexation of Crimea', { text: '2014', start: '2014', end: '2014', precision: 'year' }],
	['the 2016 elections were close', { text: '2016', start: '2016', end: '2016', precision: 'year' }],
	// year ranges
	[
		'from 2004 until 2016 when he joined',
		{ text: 'from 2004 until 2016', start: '2004', end: '2016', precision: 'span' }
	],
	[
		'Between 1990 and 1995, he was employed',
		{ text: 'Between 1990 and 1995', start: '1990', end: '1995', precision: 'span' }
	],
	[
		'William Burns, from 2008 to 2009; as',
		{ text: 'from 2008 to 2009', start: '2008', end: '2009', precision: 'span' }
	],
	[
		'grew fifty-two percent between 2004 and 2007.',
		{ text: 'between 2004 and 2007', start: '2004', end: '2007', precision: 'span' }
	],
	['he served 2005 to 2008 in Moscow', { text: '2005 to 2008', start: '2005', end: '2008', precision: 'span' }],
	['the 2015–2016 season', { text: '2015–2016', start: '2015', end: '2016', precision: 'span' }],
	['in 2012-13 it grew', { text: '2012-13', start: '2012', end: '2013', precision: 'span' }],
	// "at least" makes the start a bound, not a date
	[
		'from at least 2004 until 2015, during',
		{ text: 'from at least 2004 until 2015', start: '2004', end: '2015', precision: 'span', approximate: true }
	],
	// day and month ranges
	[
		'From May the 4th until September the 23rd 2016, the Russian bank',
		{
			text: 'From May the 4th until September the 23rd 2016',
			start: '2016-05-04',
			end: '2016-09-23',
			precision: 'span'
		}
	],
	[
		'from 4 May to 23 September 2016',
		{ text: 'from 4 May to 23 September 2016', start: '2016-05-04', end: '2016-09-23', precision: 'span' }
	],
	[
		'between 4 and 9 May 2016',
		{ text: 'between 4 and 9 May 2016', start: '2016-05-04', end: '2016-05-09', precision: 'span' }
	],
	[
		'on August 23-25, 2016 they',
		{ text: 'August 23-25, 2016', start: '2016-08-23', end: '2016-08-25', precision: 'span' }
	],
	[
		'From May 1998 to September 1999, he held',
		{ text: 'From May 1998 to September 1999', start: '1998-05', end: '1999-09', precision: 'span' }
	],
	[
		'then spent January to March 2000 as a consultant',
		{ text: 'January to March 2000', start: '2000-01', end: '2000-03', precision: 'span' }
	],
	[
		'between June and August 2016',
		{ text: 'between June and August 2016', start: '2016-06', end: '2016-08', precision: 'span' }
	],
	[
		'from December to February 2001',
		{ text: 'from December to February 2001', start: '2000-12', end: '2001-02', precision: 'span' }
	],
	// seasons and parts of a year
	['announced in mid-2016 and', { text: 'mid-2016', start: '2016-05', end: '2016-08', precision: 'season' }],
	['early 2016 saw', { text: 'early 2016', start: '2016-01', end: '2016-04', precision: 'season' }],
	['interviewed in late 2016, Bryant', { text: 'late 2016', start: '2016-09', end: '2016-12', precision: 'season' }],
	['In the summer of 2016 they', { text: 'the summer of 2016', start: '2016-06', end: '2016-08', precision: 'season' }],
	['during autumn 2015', { text: 'autumn 2015', start: '2015-09', end: '2015-11', precision: 'season' }],
	[
		'over the winter of 2016/17',
		{ text: 'the winter of 2016/17', start: '2016-12', end: '2017-02', precision: 'season' }
	],
	['at the end of 2014 it', { text: 'the end of 2014', start: '2014-09', end: '2014-12', precision: 'season' }],
	[
		'In late 2015 and early 2016, Banks received',
		{
			text: 'late 2015 and early 2016',
			start: '2015-09',
			end: '2016-04',
			precision: 'span',
			startPrecision: 'season',
			endPrecision: 'season'
		}
	],
	[
		'Beginning in late 2015 and continuing into 2016, Banks',
		{
			text: 'late 2015 and continuing into 2016',
			start: '2015-09',
			end: '2016',
			precision: 'span',
			startPrecision: 'season'
		}
	],
	// decades: early = first four years, mid = 3..7, late = last three; the parts are approximate
	[
		'In the mid-2000s, according',
		{ text: 'the mid-2000s', start: '2003', end: '2007', precision: 'span', approximate: true }
	],
	// the year of a named event, after its name or acronym
	['Jobs opened WWDC 2005 with a keynote', { text: '2005', start: '2005', end: '2005', precision: 'year' }],
	['at the Worldwide Developers Conference 2010 in', { text: '2010', start: '2010', end: '2010', precision: 'year' }],
	['in the 1990s', { text: 'the 1990s', start: '1990', end: '1999', precision: 'span' }],
	['the early 2000s', { text: 'the early 2000s', start: '2000', end: '2003', precision: 'span', approximate: true }],
	// quarters
	[
		'In the first two quarters of 2016, Burt’s firm',
		{ text: 'the first two quarters of 2016', start: '2016-01', end: '2016-06', precision: 'quarter' }
	],
	['results for Q3 2016 were', { text: 'Q3 2016', start: '2016-07', end: '2016-09', precision: 'quarter' }],
	[
		'in the third quarter of 2015',
		{ text: 'the third quarter of 2015', start: '2015-07', end: '2015-09', precision: 'quarter' }
	],
	[
		'the last two quarters of 2015',
		{ text: 'the last two quarters of 2015', start: '2015-07', end: '2015-12', precision: 'quarter' }
	],
	[
		'in the second half of 2016',
		{ text: 'the second half of 2016', start: '2016-07', end: '2016-12', precision: 'quarter' }
	],
	// "by": a state reached by then
	[
		'By the end of 2014, Alfa-Bank served',
		{ text: 'By the end of 2014', start: '2014-09', end: '2014-12', precision: 'season', approximate: true }
	],
	['By 2015, Aven was named', { text: 'By 2015', start: '2015', end: '2015', precision: 'year', approximate: true }]
];

/** [text, context, the expression expected last in it]: dates read from the date before them. */
const RELATIVE: [string, DateContext, Expected][] = [
	[
		'On the 23rd of August 2016, Farage arrived. When they met the next day, Trump was impressed.',
		{},
		{ text: 'the next day', start: '2016-08-24', end: '2016-08-24', precision: 'day', approximate: true }
	],
	[
		'The following day a formal invite was sent.',
		{ anchor: { start: '2016-08-22', end: '2016-08-22' } },
		{ text: 'The following day', start: '2016-08-23', end: '2016-08-23', precision: 'day', approximate: true }
	],
	[
		'They met four days after that.',
		{ anchor: { start: '2016-09-23', end: '2016-09-23' } },
		{ text: 'four days after', start: '2016-09-27', end: '2016-09-27', precision: 'day', approximate: true }
	],
	[
		'A few days after the Trump Tower meeting, the two men met with Yakovenko.',
		{ anchor: { start: '2016-11-10', end: '2016-11-10' } },
		{ text: 'A few days after', start: '2016-11-12', end: '2016-11-15', precision: 'span', approximate: true }
	],
	[
		'A few days after the meeting, they met again.',
		{ anchor: { start: '2016-10', end: '2016-10' } },
		{ text: 'A few days after', start: '2016-10', end: '2016-11', precision: 'span', approximate: true }
	],
	[
		'In April 2008, a delegation came. It shaped that year’s campaign.',
		{},
		{ text: 'that year', start: '2008', end: '2008', precision: 'year', approximate: true }
	],
	[
		'He spoke on the 8th of August 2016. The same day, Stone tweeted.',
		{},
		{ text: 'The same day', start: '2016-08-08', end: '2016-08-08', precision: 'day', approximate: true }
	],
	[
		'It was filed that month.',
		{ anchor: { start: '2016-08-23', end: '2016-08-23' } },
		{ text: 'that month', start: '2016-08', end: '2016-08', precision: 'month', approximate: true }
	],
	[
		'In April 2008 the deal closed. Later that year, it failed.',
		{},
		{ text: 'Later that year', start: '2008-04', end: '2008-12', precision: 'span', approximate: true }
	],
	[
		'In August 2016 it began. Two weeks later it ended.',
		{},
		{ text: 'Two weeks later', start: '2016-08', end: '2016-09', precision: 'span', approximate: true }
	],
	[
		'On the 23rd of August 2016 X. The day before, Y.',
		{},
		{ text: 'The day before', start: '2016-08-22', end: '2016-08-22', precision: 'day', approximate: true }
	],
	// after "was", the phrase places the new event after the anchor
	[
		'In 2012, Bannon invited him. This was two years before Breitbart launched in London.',
		{},
		{ text: 'two years before', start: '2014', end: '2014', precision: 'year', approximate: true }
	],
	// a month with no year takes the year of the date before it
	[
		'Brexit was the 2016 campaign. After campaigning in June, they turned to the US.',
		{},
		{ text: 'June', start: '2016-06', end: '2016-06', precision: 'month', approximate: true }
	],
	[
		'In February 2016 work began. In August, however, partners pulled out.',
		{},
		{ text: 'August', start: '2016-08', end: '2016-08', precision: 'month', approximate: true }
	],
	[
		'Back in May, an investigation began.',
		{ referenceYear: 2017 },
		{ text: 'May', start: '2017-05', end: '2017-05', precision: 'month', approximate: true }
	],
	[
		'The FBI came before the November election.',
		{ anchor: { start: '2016-09-23', end: '2016-09-23' } },
		{ text: 'November', start: '2016-11', end: '2016-11', precision: 'month', approximate: true }
	],
	[
		'on the 4th of July they met',
		{ referenceYear: 2016 },
		{ text: '4th of July', start: '2016-07-04', end: '2016-07-04', precision: 'day', approximate: true }
	]
];

/** Things that look like dates to a pattern and are not. */
const NOT_DATES = [
	'Banks’ donation of more than 8 million pounds (nearly $11 million)',
	'a $3 billion consolidation of six Russian gold mines',
	'the firm was paid almost fourteen million dollars',
	'a Boeing 747 landed',
	'COVID-19 spread',
	'it grew 52% and then 2016% more',
	'grew 2016 percent',
	'around three-hundred companies',
	'the iPhone 7, Windows 2000 and the Boeing 2707',
	'the addresses 192.168.2012.1 and 10.2016.1.1',
	'about 2000 people came',
	'over 2000 jobs were lost',
	'a call centre employing 1500 people',
	'2000 years ago',
	'call 0117 2016 3456',
	'it won by 2,016 votes',
	'see page 2016 of the report, room 2012 and No. 2016',
	'a budget of £2016 and $2015',
	'Agenda 2030',
	'bought a GM 1990 model',
	'the Boeing 2000 jet',
	'the truth may never be known',
	'May I ask?',
	'they will march on the capital',
	'March on Washington',
	'Theresa May said so',
	'“Wednesday Hillary Clinton is done.”',
	'at 5pm today',
	'now and then',
	'The Sun reported',
	'Sat down',
	'Trump flew to Mar-a-Lago',
	'the 11th was busy',
	'the next day',
	'in June'
];

describe('findDateExpressions', () => {
	it.each(ABSOLUTE)('reads %j', (sentence, expected) => {
		const found = findDateExpressions(sentence);
		expect(found.map((match) => match.date)).toEqual([shape(expected)]);
		expect(found[0].text).toBe(expected.text);
	});

	it.each(RELATIVE)('reads %j against the date before it', (text, context, expected) => {
		const found = findDateExpressions(text, context);
		expect(found.length).toBeGreaterThan(0);
		expect({ ...found[found.length - 1].date }).toEqual(shape(expected));
	});

	it.each(NOT_DATES)('finds no date in %j', (text) => {
		expect(findDateExpressions(text).map((match) => match.text)).toEqual([]);
	});

	it('dates "N days after X, on <date>" from the stated date that follows', () => {
		const found = findDateExpressions(
			'Then, four days after New York Times journalists started following the story, on September the 27th 2016, the server was switched off.',
			{ anchor: { start: '2016-05-04', end: '2016-09-23' } }
		);
		expect(found.map((match) => [match.text, match.date.start, match.date.approximate])).toEqual([
			['four days after', '2016-09-23', true],
			['September the 27th 2016', '2016-09-27', false]
		]);
	});

	it('keeps several dates of one sentence apart, in order, with exact offsets', () => {
		const text = 'He held the role from 2008 to 2009; in Moscow from 2005 to 2008; and in Almaty from 2000 to 2003.';
		const found = findDateExpressions(text);
		expect(found.map((match) => match.text)).toEqual(['from 2008 to 2009', 'from 2005 to 2008', 'from 2000 to 2003']);
		for (const match of found) expect(text.slice(match.index, match.end)).toBe(match.text);
	});

	it('drops a year-less or relative expression when nothing gives it a date', () => {
		expect(findDateExpressions('After campaigning in June, they met the next day.')).toEqual([]);
	});

	it('writes every date in the seed articles so that dateProblems accepts it', () => {
		const dir = join(import.meta.dirname, '../../../../tests/fixtures/extract');
		for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
			const text = readFileSync(join(dir, file), 'utf8');
			const found = findDateExpressions(text);
			expect(found.length).toBeGreaterThan(3);
			for (const match of found) {
				expect(dateProblems(match.date), `${file}: ${match.text}`).toEqual([]);
				expect(text.slice(match.index, match.end)).toBe(match.text);
			}
		}
	});
});

describe('parseDateExpression', () => {
	it.each([
		['August 2016', '2016-08', '2016-08', 'month'],
		['the 11th of June 2014', '2014-06-11', '2014-06-11', 'day'],
		['late 2015 and early 2016', '2015-09', '2016-04', 'span'],
		['the first two quarters of 2016', '2016-01', '2016-06', 'quarter'],
		['In 2013', '2013', '2013', 'year']
	])('parses %j', (text, start, end, precision) => {
		expect(parseDateExpression(text)).toMatchObject({ start, end, precision });
	});

	it('uses the context for relative and year-less expressions', () => {
		expect(parseDateExpression('the next day', { anchor: { start: '2016-08-23', end: '2016-08-23' } })).toMatchObject({
			start: '2016-08-24',
			approximate: true
		});
		expect(parseDateExpression('in June', { referenceYear: 2016 })).toMatchObject({
			start: '2016-06',
			approximate: true
		});
	});

	it('returns null for text with no date', () => {
		expect(parseDateExpression('a $3 billion consolidation')).toBeNull();
	});
});

// The two helpers this module added to window.ts (window.spec.ts is the date model's own).
describe('window helpers', () => {
	it('dateStringAt writes the unit holding an instant', () => {
		const instant = Date.UTC(2016, 7, 23, 15);
		expect([dateStringAt(instant, 'day'), dateStringAt(instant, 'month'), dateStringAt(instant, 'year')]).toEqual([
			'2016-08-23',
			'2016-08',
			'2016'
		]);
	});

	it('windowsOverlap treats touching windows as apart', () => {
		expect(windowsOverlap(dateStringWindow('2016-08'), dateStringWindow('2016'))).toBe(true);
		expect(windowsOverlap(dateStringWindow('2016-08'), dateStringWindow('2016-09'))).toBe(false);
	});
});
