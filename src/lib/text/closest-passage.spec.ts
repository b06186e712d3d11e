import { describe, expect, it } from 'vitest';
import { closestPassage } from './closest-passage';

const TEXT =
	'The harbor plan was first proposed in March 2014 by Gov. Ruth Adler. ' +
	'Dr. Samuel Okafor called it "ambitious." The next day, the U.K. firm Tidewell Ltd. bid for the contract. ' +
	'Work began in the summer of 2015.';

describe('closestPassage', () => {
	it('finds the passage a misquote meant, widened to whole words', () => {
		const found = closestPassage(TEXT, 'the UK firm Tidewell bid for the contract');
		expect(found?.passage).toBe('the U.K. firm Tidewell Ltd. bid for the contract');
		expect(TEXT.slice(found!.start, found!.end)).toBe(found!.passage);
		expect(found!.distance).toBeGreaterThan(0);
	});

	it('returns distance 0 and the exact range for an exact quote', () => {
		const quote = 'Work began in the summer of 2015.';
		expect(closestPassage(TEXT, quote)).toEqual({
			start: TEXT.indexOf(quote),
			end: TEXT.indexOf(quote) + quote.length,
			passage: quote,
			distance: 0
		});
	});

	it('copes with a changed word in the middle and with curly quotes', () => {
		expect(closestPassage(TEXT, 'The harbour plan was first floated in March 2014')?.passage).toBe(
			'The harbor plan was first proposed in March 2014'
		);
		expect(closestPassage(TEXT, 'called it “ambitious.”')?.passage).toBe('called it "ambitious."');
	});

	it('handles short quotes and empty input', () => {
		expect(closestPassage(TEXT, 'Dr')?.passage).toBe('Dr');
		expect(closestPassage('', 'x')).toBeNull();
		expect(closestPassage(TEXT, '')).toBeNull();
	});

	it('finds the right passage for 100 misquotes in a 40 KB source', () => {
		let seed = 7;
		const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		const syllables = 'ba ke lo mi nu ra se ti vo za har bor plan coun cil vote mon ey bank firm'.split(' ');
		const word = () =>
			Array.from(
				{ length: 1 + Math.floor(random() * 3) },
				() => syllables[Math.floor(random() * syllables.length)]
			).join('');
		let text = '';
		while (text.length < 40_000) text += word() + (random() < 0.1 ? '. ' : ' ');
		// Realistic slips: a changed letter, a straightened quote mark, a dropped word.
		const quotes = Array.from({ length: 100 }, (_, i) => {
			const start = Math.floor((i / 100) * (text.length - 400));
			const quote = text.slice(start, start + 250);
			return quote.slice(0, 40) + 'X' + quote.slice(41, 120) + quote.slice(quote.indexOf(' ', 125)).replace('a', '’');
		});
		for (const [i, quote] of quotes.entries()) {
			const found = closestPassage(text, quote)!;
			expect(found.distance).toBeLessThan(25);
			expect(found.start).toBeGreaterThanOrEqual(Math.floor((i / 100) * (text.length - 400)) - 10);
		}
	});
});
