import { describe, expect, it } from 'vitest';
import { occurrencesOf } from '../text/locate-quote';
import { buildTimelineDocument, compareEvents, countOccurrences } from './document';
import type { TimelineEvent } from '../model/timeline';

const event = (id: string, start: string): TimelineEvent => ({
	id,
	title: id,
	summary: id,
	date: { start, end: start, precision: 'day', approximate: false, text: start },
	excerpts: [{ source: 's', quote: 'q' }],
	people: [],
	tags: ['t'],
	attribution: { by: 'x', status: 'established' }
});

describe('buildTimelineDocument', () => {
	it('sorts events by the start of their window, then by id', () => {
		const events = [event('c', '2016-08-23'), event('b', '2016'), event('a', '2016-01-01'), event('d', '2015-12')];
		const timelineDocument = buildTimelineDocument({ sources: [], tags: [], periods: [], events });
		expect(timelineDocument.title).toBe('Sourceline');
		expect(timelineDocument.events.map((e) => e.id)).toEqual(['d', 'a', 'b', 'c']);
		expect(events.map((e) => e.id)).toEqual(['c', 'b', 'a', 'd']);
		expect(compareEvents(event('x', '2016'), event('x', '2016'))).toBe(0);
	});
});

describe('countOccurrences', () => {
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
		const counts = countOccurrences(text, quotes);
		for (const quote of quotes) expect(counts.get(quote), quote).toBe(occurrencesOf(text, quote).length);
		expect(counts.get('The council voted on the bridge plan late on Tuesday night.')).toBe(3);
		expect(counts.get('abcabc')).toBe(6);
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
		const counts = countOccurrences(text, quotes);
		for (const quote of quotes) expect(counts.get(quote), quote).toBe(occurrencesOf(text, quote).length);
		expect(counts.get('a'.repeat(40))).toBe(61);
		expect(counts.get(words.slice(-40))).toBe(2);
		expect(counts.get(text)).toBe(1);
		expect(counts.get(text.slice(-32))).toBe(2);
		// A text exactly one window long holds a quote as long as itself.
		expect(
			countOccurrences(
				'x'.repeat(32),
				Array.from({ length: 8 }, () => 'x'.repeat(32))
			).get('x'.repeat(32))
		).toBe(1);
	});
});
