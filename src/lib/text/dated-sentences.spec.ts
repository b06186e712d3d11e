import { describe, expect, it } from 'vitest';
import { dateCues, datedSentences, reviewSentences } from './dated-sentences';

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
