import { describe, expect, it } from 'vitest';
import { dateCues, datedSentences, reviewSentences, splitSentences } from './dated-sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

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

describe('dateCues', () => {
	it.each([
		['It opened in 1999.', ['year']],
		['It opened in the 1990s.', ['year']],
		['It opened on 4 July.', ['month']],
		['It opened in March 2014.', ['year', 'month']],
		['It opened in mid-2016.', ['year', 'season']],
		['It opened that summer.', ['season']],
		['The next day, it closed.', ['relative']],
		['The following day a letter came.', ['relative']],
		['A few days after the meeting, they met.', ['relative']],
		['That year, the council voted.', ['relative']],
		['Theresa May said so.', []],
		['Troops may march on.', []],
		['It cost 350 dollars.', []]
	])('%s', (sentence, cues) => {
		expect(dateCues(sentence)).toEqual(cues);
	});
});

describe('datedSentences and reviewSentences', () => {
	const text = 'It began in 2014. Nothing else. The next day it ended. Later that year, it was over.';

	it('keeps only dated sentences, with ranges', () => {
		const dated = datedSentences(text);
		expect(dated.map((s) => s.text)).toEqual([
			'It began in 2014.',
			'The next day it ended.',
			'Later that year, it was over.'
		]);
		expect(dated[1]).toMatchObject({ start: text.indexOf('The next'), cues: ['relative'] });
	});

	it('counts a sentence covered when a quote or not-event overlaps it, even if split differently', () => {
		const dated = datedSentences(text);
		const quote = { start: text.indexOf('2014'), end: text.indexOf('Nothing') + 7 };
		const notEvent = { start: text.indexOf('Later'), end: text.length };
		expect(reviewSentences(dated, [quote], [notEvent]).map((r) => [r.byEvent, r.byNotEvent])).toEqual([
			[true, false],
			[false, false],
			[false, true]
		]);
	});
});
