import { describe, expect, it } from 'vitest';
import { countQuotesBySource } from './quote-counts';

describe('countQuotesBySource', () => {
	it('counts each quote in the text of the source it cites, by source position', () => {
		const raw = {
			sources: [
				{ id: 'a', text: 'One. Two. One.' },
				{ id: 'b', text: 'Two only.' }
			],
			events: [
				{ excerpts: [{ source: 'a', quote: 'One.' }] },
				{
					excerpts: [
						{ source: 'a', quote: 'Two.' },
						{ source: 'b', quote: 'Two' }
					]
				},
				{ excerpts: [{ source: 'b', quote: 'Three' }] }
			]
		};
		const counts = countQuotesBySource(raw);
		expect(counts).toHaveLength(2);
		expect(Object.fromEntries(counts[0]!)).toEqual({ 'One.': 2, 'Two.': 1 });
		expect(Object.fromEntries(counts[1]!)).toEqual({ Two: 1, Three: 0 });
	});

	it('counts a duplicated id against each of its own texts', () => {
		const raw = {
			sources: [
				{ id: 'a', text: 'x' },
				{ id: 'a', text: 'x x' }
			],
			events: [{ excerpts: [{ source: 'a', quote: 'x' }] }]
		};
		expect(countQuotesBySource(raw).map((counts) => counts?.get('x'))).toEqual([1, 2]);
	});

	it('passes over what is not shaped like a source or an excerpt', () => {
		const raw = {
			sources: [null, { id: 'a' }, { id: 3, text: 'x' }, { id: 'b', text: 'quote' }],
			events: [7, { excerpts: 'no' }, { excerpts: [null, { source: 'b' }, { source: 'b', quote: 'quote' }] }]
		};
		const counts = countQuotesBySource(raw);
		expect(counts.slice(0, 3)).toEqual([null, null, null]);
		expect(Object.fromEntries(counts[3]!)).toEqual({ quote: 1 });
	});

	it('returns nothing for a value that is no document', () => {
		expect(countQuotesBySource(null)).toEqual([]);
		expect(countQuotesBySource([1, 2])).toEqual([]);
		expect(countQuotesBySource({ sources: 'x', events: {} })).toEqual([]);
	});
});
