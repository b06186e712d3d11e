import { describe, expect, it } from 'vitest';
import type { EventDate } from '../data/schema';
import {
	attributionText,
	parseReaderSearch,
	precisionText,
	readerSearch,
	sourceOutlet,
	sourceTitle,
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

	it('names what an article does not state', () => {
		expect(sourceTitle({ title: null })).toBe('Untitled article');
		expect(sourceOutlet({ outlet: null })).toBe('outlet not stated');
		expect(sourceOutlet({ outlet: 'CNN' })).toBe('CNN');
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
