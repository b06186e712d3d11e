import { describe, expect, it } from 'vitest';
import { findTimexOnly } from './durations';

describe('findTimexOnly', () => {
	it.each([
		['It took five years to build.', 'five years', 'DURATION', 'P5Y'],
		['It lasted two days.', 'two days', 'DURATION', 'P2D'],
		['Over the past decade it grew.', 'the past decade', 'DURATION', 'P10Y'],
		['Within 90 days it will ship.', '90 days', 'DURATION', 'P90D'],
		['It is currently on sale.', 'currently', 'DATE', 'PRESENT_REF'],
		['It has recently begun.', 'recently', 'DATE', 'PAST_REF']
	])('%s → "%s" %s %s', (sentence, text, type, value) => {
		const [found] = findTimexOnly(sentence);
		expect({ text: sentence.slice(found.index, found.end), type: found.type, value: found.value }).toEqual({
			text,
			type,
			value
		});
	});

	it.each([
		'Five years after its launch',
		'two days before',
		'three weeks ago',
		'a five-year-old child',
		'a year-long wait'
	])('leaves out what is a date or an age: %s', (sentence) => {
		expect(findTimexOnly(sentence)).toEqual([]);
	});
});
