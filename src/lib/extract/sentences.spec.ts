import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
	it.each([
		['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
		// titles and initials never end a sentence
		['Andy is over with Gov. Bryant today. He left.', ['Andy is over with Gov. Bryant today.', 'He left.']],
		['Mr. Smith met Dr. Jones and Mrs. Lee. They talked.', ['Mr. Smith met Dr. Jones and Mrs. Lee.', 'They talked.']],
		[
			'Indiana University computer scientist, L. Jean Camp, told reporters. Then more.',
			['Indiana University computer scientist, L. Jean Camp, told reporters.', 'Then more.']
		],
		['President Donald J. Trump spoke. Then he left.', ['President Donald J. Trump spoke.', 'Then he left.']],
		// dotted acronyms end a sentence only before a typical opener
		[
			'A bank sanctioned by the U.S. and EU in response. Banks told CNN.',
			['A bank sanctioned by the U.S. and EU in response.', 'Banks told CNN.']
		],
		['They moved to the U.K. The bank followed.', ['They moved to the U.K.', 'The bank followed.']],
		['It was the U.K. Government that paid.', ['It was the U.K. Government that paid.']],
		// no space, no split
		[
			'Leave.EU and Westmonster grew. Posts shows.trump-putin here.',
			['Leave.EU and Westmonster grew.', 'Posts shows.trump-putin here.']
		],
		// quotes close with their sentence; lowercase after "!" continues it
		['The caption read: “Andy is here!” I knew this.', ['The caption read: “Andy is here!”', 'I knew this.']],
		['He said “why?” and left. Fine.', ['He said “why?” and left.', 'Fine.']],
		['Use tools, e.g. chrono. Next.', ['Use tools, e.g. chrono.', 'Next.']],
		['The K.G.B and TASS. He was a spy.', ['The K.G.B and TASS.', 'He was a spy.']],
		// a line break always ends a sentence; blank lines are skipped
		[
			'Headline without a stop\n\nFirst line.\nWritten By: Someone',
			['Headline without a stop', 'First line.', 'Written By: Someone']
		],
		['  \n\n  ', []]
	])('splits %j', (text, expected) => {
		expect(texts(text)).toEqual(expected);
	});

	it('gives exact ranges into the text', () => {
		const text = '  First one.  Second\u00a0one!\n\n“Third,” he said. ';
		const sentences = splitSentences(text);
		expect(sentences).toHaveLength(3);
		for (const sentence of sentences) expect(text.slice(sentence.index, sentence.end)).toBe(sentence.text);
		expect(sentences[0]).toEqual({ text: 'First one.', index: 2, end: 12 });
	});

	it('splits a long paragraph of abbreviations into its sentences', () => {
		const paragraph = 'Mr. Smith met Gov. Bryant in the U.S. on a Monday. '.repeat(20_000);
		expect(splitSentences(paragraph)).toHaveLength(20_000);
	});
});
