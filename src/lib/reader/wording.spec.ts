import { describe, expect, it } from 'vitest';
import type { EventDate } from '../model/timeline';
import {
	attributionText,
	parseReaderSearch,
	precisionText,
	readerSearch,
	quoteCitation,
	unstatedText,
	timelineSearch
} from './wording';

const date = (fields: Partial<EventDate>): EventDate => ({
	start: '2016-08-23',
	end: '2016-08-23',
	precision: 'day',
	approximate: false,
	text: 'On the 23rd of August 2016',
	...fields
});

describe('wording', () => {
	it('states attribution plainly', () => {
		expect(attributionText({ by: 'the Steele dossier', status: 'allegation' })).toBe('Allegation — the Steele dossier');
		expect(attributionText({ by: 'emails reviewed by CNN', status: 'established' })).toBe(
			'Established — emails reviewed by CNN'
		);
	});

	it('says how precise a date is and whether it is only implied', () => {
		expect(precisionText(date({}))).toBe('Dated to the day');
		expect(precisionText(date({ precision: 'month', approximate: true }))).toBe('Dated approximately, to the month');
	});

	it('says once what an article does not state about itself', () => {
		const nothing = { title: null, outlet: null, author: null, published: null };
		expect(unstatedText(nothing)).toBe('The text does not state its title, outlet, author or date.');
		expect(unstatedText({ ...nothing, title: 'T', author: 'A' })).toBe('The text does not state its outlet or date.');
		expect(unstatedText({ title: 'T', outlet: 'O', author: 'A', published: '2016' })).toBeNull();
	});

	it('quotes the exact words with the article, the outlet only where stated, and the passage’s address', () => {
		expect(quoteCitation('Farage spoke.', 'An article', null, 'https://x.test/sources/a?event=e&excerpt=1')).toBe(
			'“Farage spoke.”\n— An article\nhttps://x.test/sources/a?event=e&excerpt=1'
		);
		expect(quoteCitation('Q', 'T', 'CNN', 'u')).toBe('“Q”\n— T, CNN\nu');
	});

	it('writes and reads the reader’s address with a 1-based excerpt number', () => {
		expect(readerSearch('rally', 0)).toBe('?event=rally&excerpt=1');
		expect(parseReaderSearch(new URLSearchParams('event=rally&excerpt=3'))).toEqual({
			eventId: 'rally',
			excerptIndex: 2
		});
		expect(parseReaderSearch(new URLSearchParams('event=rally&excerpt=zero'))).toEqual({
			eventId: 'rally',
			excerptIndex: 0
		});
		expect(parseReaderSearch(new URLSearchParams(''))).toBeNull();
		expect(timelineSearch('a-b')).toBe('?event=a-b');
	});
});
