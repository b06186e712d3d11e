import { describe, expect, it } from 'vitest';
import type { TimelineDocument, TimelineEvent } from '../model/timeline';
import { createFullTextIndex, tokenize } from './full-text';
import { buildSearchIndex as buildIndex, matchEvents, NO_FILTERS, type EventFilters } from './search';
import { filterLabel, filterOptions } from './filter-options';

const buildSearchIndex = (timeline: TimelineDocument) => buildIndex(timeline, createFullTextIndex);

function event(id: string, fields: Partial<TimelineEvent>): TimelineEvent {
	return {
		id,
		title: `Event ${id}`,
		summary: 'Something happened.',
		date: { start: '2016', end: '2016', precision: 'year', approximate: false, text: '2016' },
		excerpts: [{ source: 'alpha', quote: 'Something happened.' }],
		people: [],
		tags: ['politics'],
		attribution: { by: 'the article', status: 'established' },
		...fields
	};
}

const timeline: TimelineDocument = {
	title: 'Test',
	sources: [
		{
			id: 'alpha',
			file: 'alpha.txt',
			title: 'Alpha story',
			outlet: null,
			author: null,
			published: null,
			url: null,
			cites: [],
			text: ''
		},
		{
			id: 'beta',
			file: 'beta.txt',
			title: null,
			outlet: 'Beta News',
			author: null,
			published: null,
			url: null,
			cites: [],
			text: ''
		}
	],
	tags: [
		{ id: 'politics', label: 'Politics' },
		{ id: 'money', label: 'Money' }
	],
	periods: [],
	events: [
		event('rally', {
			title: 'Farage speaks at a Trump rally in Mississippi',
			people: ['Nigel Farage', 'Donald Trump'],
			excerpts: [
				{ source: 'alpha', quote: 'Farage arrived in Mississippi.' },
				{ source: 'beta', quote: 'Banks and Wigmore attended a Trump rally in Mississippi.' }
			]
		}),
		event('lesotho', {
			title: 'Wigmore and Pryor in the country before an election',
			summary: 'They were present ahead of the election.',
			people: ['Andy Wigmore'],
			tags: ['money'],
			excerpts: [{ source: 'alpha', quote: 'Wigmore and Pryor were both present in Lesotho.' }]
		}),
		event('alfa', {
			title: 'Alfa Bank denies contact',
			summary: 'The bank denies any communication.',
			people: ['Mikhail Fridman'],
			tags: ['money', 'politics'],
			excerpts: [{ source: 'beta', quote: 'Neither Alfa Bank nor its principals had contact.' }]
		}),
		event('bryant', {
			title: 'Governor Bryant’s invitation',
			summary: 'Bryant invites Farage.',
			people: ['Phil Bryant', 'Nigel Farage'],
			excerpts: [{ source: 'alpha', quote: 'A formal invite from Bryant was sent to Farage.' }]
		})
	]
};

const index = buildSearchIndex(timeline);
const ids = (query: string, filters: EventFilters = NO_FILTERS) => {
	const found = matchEvents(index, query, filters);
	return found === null ? null : [...found].sort();
};

describe('matchEvents', () => {
	it('returns null when there is neither a query nor a filter', () => {
		expect(ids('')).toBeNull();
		expect(ids('   ')).toBeNull();
	});

	it('finds words in excerpts, titles, summaries and people', () => {
		expect(ids('Lesotho')).toEqual(['lesotho']);
		expect(ids('rally')).toEqual(['rally']);
		expect(ids('communication')).toEqual(['alfa']);
		expect(ids('Fridman')).toEqual(['alfa']);
	});

	it('is case- and accent-insensitive and treats apostrophes as part of a word', () => {
		expect(ids('LESÓTHO')).toEqual(['lesotho']);
		expect(ids('bryants')).toEqual(['bryant']);
		expect(ids("Bryant's")).toEqual(['bryant']);
	});

	it('matches prefixes and needs every word', () => {
		expect(ids('Missi')).toEqual(['rally']);
		expect(ids('Farage')).toEqual(['bryant', 'rally']);
		expect(ids('Farage invite')).toEqual(['bryant']);
		expect(ids('Farage Lesotho')).toEqual([]);
	});

	it('does not bring in near-misses when the word itself is found', () => {
		// "Banks" is in the rally excerpt; "Bank" (Alfa) is one letter away but must not match.
		expect(ids('Banks')).toEqual(['rally']);
	});

	it('forgives a small typo when nothing matches exactly', () => {
		expect(ids('Lesoto')).toEqual(['lesotho']);
		expect(ids('Misissippi')).toEqual(['rally']);
	});

	it('says plainly when nothing matches', () => {
		expect(ids('zebra')).toEqual([]);
	});

	it('filters by person, tag and source: OR within a group, AND across groups', () => {
		expect(ids('', { ...NO_FILTERS, people: ['Nigel Farage'] })).toEqual(['bryant', 'rally']);
		expect(ids('', { ...NO_FILTERS, people: ['Andy Wigmore', 'Mikhail Fridman'] })).toEqual(['alfa', 'lesotho']);
		expect(ids('', { ...NO_FILTERS, tags: ['money'] })).toEqual(['alfa', 'lesotho']);
		expect(ids('', { ...NO_FILTERS, sources: ['beta'] })).toEqual(['alfa', 'rally']);
		expect(ids('', { people: ['Nigel Farage'], tags: [], sources: ['beta'] })).toEqual(['rally']);
		expect(ids('', { people: ['Nigel Farage'], tags: ['money'], sources: [] })).toEqual([]);
	});

	it('combines the query with the filters', () => {
		expect(ids('Farage', { ...NO_FILTERS, sources: ['beta'] })).toEqual(['rally']);
		expect(ids('bank', { ...NO_FILTERS, tags: ['politics'] })).toEqual(['alfa', 'rally']);
	});

	it('finds the right events among ten thousand', () => {
		const events = Array.from({ length: 10_000 }, (_, i) =>
			event(`e${i}`, { title: `Meeting number ${i} in ${i % 2 ? 'London' : 'Jackson'}`, people: [`Person ${i % 50}`] })
		);
		const big = buildSearchIndex({ ...timeline, events });
		expect(matchEvents(big, 'London', NO_FILTERS)?.size).toBe(5_000);
		expect(matchEvents(big, 'Jacks', { ...NO_FILTERS, people: ['Person 2'] })?.size).toBe(200);
	});
});

describe('tokenize', () => {
	it('splits on spaces and punctuation but keeps apostrophes within words', () => {
		expect(tokenize('Bryant’s “invite”, sent—to Farage.')).toEqual(['Bryant’s', 'invite', 'sent', 'to', 'Farage']);
	});
});

describe('filterOptions', () => {
	it('lists people by how often they appear, tags in lane order and sources by name', () => {
		const options = filterOptions(timeline);
		expect(options.people[0]).toEqual({ value: 'Nigel Farage', label: 'Nigel Farage', count: 2 });
		expect(options.tags.map((t) => [t.value, t.count])).toEqual([
			['politics', 3],
			['money', 2]
		]);
		expect(options.sources.map((s) => s.label)).toEqual(['Alpha story', 'Untitled article from Beta News']);
	});

	it('labels chips with names, not ids', () => {
		expect(filterLabel(timeline, 'tags', 'money')).toBe('Money');
		expect(filterLabel(timeline, 'sources', 'beta')).toBe('Untitled article from Beta News');
		expect(filterLabel(timeline, 'people', 'Phil Bryant')).toBe('Phil Bryant');
		expect(filterLabel(timeline, 'tags', 'unknown')).toBe('unknown');
	});
});

describe('before the full-text engine has loaded', () => {
	it('narrows by the filters only, never to nothing', () => {
		const events = [
			event('a', { title: 'Lesotho trip', tags: ['lesotho'] }),
			event('b', { title: 'Rally', tags: ['mississippi'] })
		];
		const index = buildIndex({ title: 't', sources: [], tags: [], periods: [], events });
		expect(matchEvents(index, 'Lesotho', NO_FILTERS)).toEqual(new Set(['a', 'b']));
		expect(matchEvents(index, 'Lesotho', { ...NO_FILTERS, tags: ['mississippi'] })).toEqual(new Set(['b']));
	});
});
