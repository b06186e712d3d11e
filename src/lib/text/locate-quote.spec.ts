import { describe, expect, it } from 'vitest';
import { locateQuote, occurrencesOf } from './locate-quote';

const TEXT = 'Harbor Plan\n\nThe plan was sound. Work began in 2015. The plan was sound.\nShips returned.';

describe('occurrencesOf', () => {
	it('finds every occurrence, overlapping ones included, and none of an empty quote', () => {
		expect(occurrencesOf('It was sound. It was sound.', 'It was sound.')).toEqual([0, 14]);
		expect(occurrencesOf('aaa', 'aa')).toEqual([0, 1]);
		expect(occurrencesOf('aaa', '')).toEqual([]);
	});
});

describe('locateQuote', () => {
	it('finds the first occurrence unless told which', () => {
		const first = locateQuote(TEXT, 'The plan was sound.');
		const second = locateQuote(TEXT, 'The plan was sound.', 2);
		expect(TEXT.slice(first!.start, first!.end)).toBe('The plan was sound.');
		expect(second!.start).toBeGreaterThan(first!.start);
		expect(TEXT.slice(second!.start, second!.end)).toBe('The plan was sound.');
		expect(locateQuote(TEXT, 'The plan was sound.', 3)).toBeNull();
	});

	it('returns null for a quote that is not in the text, or an empty one', () => {
		expect(locateQuote(TEXT, 'The plan was unsound.')).toBeNull();
		expect(locateQuote(TEXT, '')).toBeNull();
	});

	it('counts overlapping occurrences', () => {
		expect(locateQuote('aaa', 'aa', 2)).toEqual({ start: 1, end: 3 });
	});
});
