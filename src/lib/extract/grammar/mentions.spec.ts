import { describe, expect, it } from 'vitest';
import type { EventReference } from './anaphora';
import { findDateExpressions } from './expressions';
import { datedMentions, findReferent, type DatedMention } from './mentions';

const mentionsOf = (text: string, offset = 0) =>
	datedMentions(text, offset, findDateExpressions(text)).map((mention) => ({
		noun: mention.noun,
		date: `${mention.date.text}@${mention.date.index}`,
		names: mention.names
	}));

const reference = (nouns: string[], extra: Partial<EventReference> = {}): EventReference => ({
	nouns,
	qualifiers: [],
	pronoun: false,
	coming: false,
	...extra
});

const mention = (noun: string, start: string, names: string[] = []): DatedMention => ({
	noun,
	names,
	date: { start, end: start, text: start, index: 0 }
});

describe('datedMentions', () => {
	it.each([
		['the 2012 election failed', [{ noun: 'election', date: '2012@4', names: [] }]],
		['in 2016, before the November election', [{ noun: 'election', date: 'November@20', names: [] }]],
		['in the successful 2016 Brexit campaign', [{ noun: 'campaign', date: '2016@18', names: ['Brexit'] }]],
		[
			'in Lesotho, where early general elections were held in June 2017',
			[{ noun: 'election', date: 'June 2017@55', names: ['Lesotho'] }]
		],
		['a snap election to be held in 2015', [{ noun: 'election', date: '2015@30', names: [] }]]
	])('dates the event noun in %j', (text, expected) => {
		expect(mentionsOf(text, 0)).toEqual(expected);
	});

	it.each([
		// too far, or across punctuation, or a date the text only implies
		['the election campaign went on for months and in 2015 it ended'],
		['the election, in 2015, was close'],
		['the election was held that year'],
		['the election was close']
	])('dates no event in %j', (text) => {
		expect(mentionsOf(text, 0)).toEqual([]);
	});

	it('gives positions in the whole text', () => {
		expect(mentionsOf('the 2012 election', 500)[0].date).toBe('2012@504');
	});
});

describe('findReferent', () => {
	const lesotho = mention('election', '2017-06', ['Lesotho']);
	const us = mention('election', '2016-11', ['FBI']);
	const earlier = mention('election', '2015');

	it('takes the latest dated mention of the noun', () => {
		expect(findReferent([lesotho, earlier, us], reference(['election']), undefined)?.start).toBe('2016-11');
	});

	it('takes only a mention with the name the sentence gives', () => {
		const event = reference(['election'], { qualifiers: ['Lesotho'] });
		expect(findReferent([lesotho, us], event, undefined)?.start).toBe('2017-06');
		expect(findReferent([us], event, undefined)).toBeUndefined();
	});

	it('takes for a name no dated mention has only a mention that names nobody ("as soon as Trump won")', () => {
		const trump = reference(['election', 'victory', 'win'], { qualifiers: ['Trump'] });
		const unnamed = mention('election', '2016-11');
		expect(findReferent([earlier, unnamed, lesotho], trump, undefined)?.start).toBe('2016-11');
		// an election the text ties to another name is never his, however late
		expect(findReferent([lesotho, us], trump, undefined)).toBeUndefined();
		// a mention that names him wins over a later unnamed one
		const his = mention('victory', '2016-11', ['Trump']);
		expect(findReferent([his, mention('election', '2018')], trump, undefined)?.start).toBe('2016-11');
	});

	it('never matches an owner named only by a pronoun ("her campaign")', () => {
		const campaign = mention('campaign', '2016');
		expect(findReferent([campaign], reference(['campaign'], { pronoun: true }), undefined)).toBeUndefined();
	});

	it('takes for "the coming election" the latest mention dated after the time the sentence is at', () => {
		const coming = reference(['election'], { coming: true });
		const anchor = { start: '2015', end: '2015' };
		expect(findReferent([lesotho, mention('election', '2012'), earlier], coming, anchor)?.start).toBe('2017-06');
		expect(findReferent([earlier], coming, anchor)).toBeUndefined();
		expect(findReferent([lesotho], coming, undefined)).toBeUndefined();
	});

	it('matches no other noun', () => {
		expect(findReferent([lesotho], reference(['meeting']), undefined)).toBeUndefined();
	});
});
