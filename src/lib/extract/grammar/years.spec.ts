import { describe, expect, it } from 'vitest';
import { readDates } from './read-dates';
import { notAYear } from './years';

const read = (text: string) => readDates(text, null);

describe('years and decades', () => {
	it.each([
		['In 2012 the firm grew.', '2012', '2012', '2012', '2012', false],
		['Since 2004, Banks has', '2004', '2004', '2004', '2004', false],
		['Jobs opened WWDC 2005 with a keynote.', '2005', '2005', '2005', '2005', false],
		['the Worldwide Developers Conference 2010 opened', '2010', '2010', '2010', '2010', false],
		['during the 2016 campaign', '2016', '2016', '2016', '2016', false],
		['in the 1990s', 'the 1990s', '1990', '1999', '199', false],
		['In the mid-2000s, according', 'the mid-2000s', '2003', '2007', '200', true],
		['the early 2000s', 'the early 2000s', '2000', '2003', '200', true],
		['in the late 1980s', 'the late 1980s', '1987', '1989', '198', true]
	])('%s → "%s" %s..%s', (sentence, text, start, end, timex, approximate) => {
		expect(read(sentence)).toEqual([{ text, start, end, timex, approximate, datedBy: 'text' }]);
	});

	it.each([
		['a Boeing 747 landed'],
		['COVID-19 spread'],
		['a budget of £2016 and $2015'],
		['about 2000 people came'],
		['it won by 2,016 votes'],
		['see page 2016 of the report'],
		['the addresses 10.2016.1.1'],
		['grew 2016 percent'],
		['the Boeing 2707 flew'],
		['Agenda 2030'],
		['He is 25 and has 25 shares'],
		['it cost 2015 million']
	])('%s → no year', (sentence) => {
		expect(read(sentence)).toEqual([]);
	});

	it('says why a number is not a year', () => {
		const why = (text: string, year: string) => notAYear(text, text.indexOf(year), text.indexOf(year) + 4);
		expect(why('it cost $2016', '2016')).toBe('amount or number');
		expect(why('about 2000 people', '2000')).toBe('quantity');
		expect(why('the Boeing 2707', '2707')).toBe('model or product number');
		expect(why('in 2016 it', '2016')).toBeNull();
	});
});
