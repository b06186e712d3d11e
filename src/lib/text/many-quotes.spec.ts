import { describe, expect, it } from 'vitest';
import { occurrencesOf } from './locate-quote';
import { occurrencesOfEach } from './many-quotes';

describe('occurrencesOfEach', () => {
	it('agrees with a plain search for many quotes, short and long, repeated and overlapping', () => {
		const text = [
			'The council voted on the bridge plan late on Tuesday night.',
			'The council voted again on Friday, after a long debate about the costs. abcabcabc.',
			'The mayor resigned in 2016 after the vote on the second bridge plan. '
		]
			.join(' ')
			.repeat(3);
		const quotes = [
			'The council voted on the bridge plan late on Tuesday night.',
			'The council voted again on Friday, after a long debate about the costs.',
			'abcabc',
			'The mayor resigned in 2016 after the vote on the second bridge plan.',
			'not in the text at all, this one, though it is long enough to be indexed',
			'council',
			'voted again on Friday, after a long debate about the costs. abcabcabc. The mayor',
			'The council voted on the bridge plan late on Tuesday night. The council voted again',
			'The council voted on the bridge plan late on Tuesday night. The council voted again!',
			'mayor resigned in 2016'
		];
		const found = occurrencesOfEach(text, quotes);
		for (const quote of quotes) expect(found.get(quote), quote).toEqual(occurrencesOf(text, quote));
		expect(found.get('The council voted on the bridge plan late on Tuesday night.')?.length).toBe(3);
		expect(found.get('abcabc')?.length).toBe(6);
	});

	it('finds quotes at the very start and the very end of the text, and runs of overlapping ones', () => {
		const words = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho.';
		const text = `${words} ${'a'.repeat(100)} ${words}`;
		const quotes = [
			words.slice(0, 40),
			words.slice(-40),
			// Exactly one window long and at the very end: the last position the scan reaches.
			text.slice(-32),
			'a'.repeat(40),
			text,
			`${text}!`,
			text.slice(1),
			...Array.from({ length: 8 }, (_, i) => words.slice(i, i + 33))
		];
		const found = occurrencesOfEach(text, quotes);
		for (const quote of quotes) expect(found.get(quote), quote).toEqual(occurrencesOf(text, quote));
		expect(found.get('a'.repeat(40))?.length).toBe(61);
		expect(found.get(words.slice(-40))?.length).toBe(2);
		expect(found.get(text)?.length).toBe(1);
		expect(found.get(text.slice(-32))?.length).toBe(2);
		// A text exactly one window long holds a quote as long as itself.
		expect(
			occurrencesOfEach(
				'x'.repeat(32),
				Array.from({ length: 8 }, () => 'x'.repeat(32))
			).get('x'.repeat(32))
		).toEqual([0]);
	});

	it('finds quotes asked for later in a text searched before, and keeps the earlier ones', () => {
		const text = 'One sentence here, long enough to be hashed. Another sentence there, long enough as well. '.repeat(4);
		const first = occurrencesOfEach(text, ['One sentence here, long enough to be hashed.']);
		expect(first.get('One sentence here, long enough to be hashed.')).toEqual(
			occurrencesOf(text, 'One sentence here, long enough to be hashed.')
		);
		const later = occurrencesOfEach(text, ['Another sentence there, long enough as well.', 'sentence']);
		expect(later.get('Another sentence there, long enough as well.')).toEqual(
			occurrencesOf(text, 'Another sentence there, long enough as well.')
		);
		expect(later.get('sentence')).toEqual(occurrencesOf(text, 'sentence'));
		expect(later.get('One sentence here, long enough to be hashed.')).toHaveLength(4);
		expect(occurrencesOfEach(`${text}!`, ['sentence']).get('sentence')).toEqual(occurrencesOf(text, 'sentence'));
	});
});
