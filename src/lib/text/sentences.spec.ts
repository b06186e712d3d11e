import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
	it('keeps abbreviations and initials inside sentences', () => {
		expect(
			texts(
				'Gov. Ruth Adler met Dr. Samuel Okafor in the U.K. last week. The U.S. Army Corps agreed. ' +
					'The report by L. Jean Camp followed. Tidewell Ltd. bid on Jan. 5 for it.'
			)
		).toEqual([
			'Gov. Ruth Adler met Dr. Samuel Okafor in the U.K. last week.',
			'The U.S. Army Corps agreed.',
			'The report by L. Jean Camp followed.',
			'Tidewell Ltd. bid on Jan. 5 for it.'
		]);
	});

	it('ends a sentence after an initialism when a sentence plainly starts', () => {
		expect(texts('He moved to the U.S. The next year he left.')).toEqual([
			'He moved to the U.S.',
			'The next year he left.'
		]);
	});

	it('splits after closing quotes but not inside a quoted question', () => {
		expect(texts('He called it "ambitious." The next day it failed. "Why?" she asked. "Because." Fine!')).toEqual([
			'He called it "ambitious."',
			'The next day it failed.',
			'"Why?" she asked.',
			'"Because."',
			'Fine!'
		]);
	});

	it('treats lines and paragraphs as boundaries and gives exact ranges', () => {
		const text = 'A Headline Without A Stop\n\nFirst sentence here.  Second one\nNew line sentence.';
		const sentences = splitSentences(text);
		expect(sentences.map((s) => s.text)).toEqual([
			'A Headline Without A Stop',
			'First sentence here.',
			'Second one',
			'New line sentence.'
		]);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('joins lines of hard-wrapped text', () => {
		const text = [
			'The council met in the old hall and',
			'voted on the plan, which had been',
			'delayed for years. The mayor spoke',
			'for an hour and then the members',
			'went home.'
		].join('\n');
		expect(texts(text)).toEqual([
			'The council met in the old hall and\nvoted on the plan, which had been\ndelayed for years.',
			'The mayor spoke\nfor an hour and then the members\nwent home.'
		]);
	});
});

describe('splitSentences on the wording of the articles', () => {
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
		for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
		expect(sentences[0]).toEqual({ text: 'First one.', start: 2, end: 12 });
	});

	it('splits a long paragraph of abbreviations into its sentences', () => {
		const paragraph = 'Mr. Smith met Gov. Bryant in the U.S. on a Monday. '.repeat(20_000);
		expect(splitSentences(paragraph)).toHaveLength(20_000);
	});
});
