import { describe, expect, it } from 'vitest';
import type { EventDate, TimelineDocument, TimelineEvent } from '../model/timeline';
import { eventWindow, rangeWindow } from '../dates/event-dates';
import { eventsOfView, findDescription, groupByYear, sourcesQuoted, type Placed } from './chronology';

function placed(id: string, start: string, end = start, sources = ['alpha']): Placed {
	const date: EventDate = { start, end, precision: 'day', approximate: false, text: start };
	const event: TimelineEvent = {
		id,
		title: `Event ${id}`,
		summary: 'Something happened.',
		date,
		excerpts: sources.map((source) => ({ source, quote: `${source} says so.` })),
		people: [],
		tags: ['politics'],
		attribution: { by: 'the article', status: 'established' }
	};
	return { event, window: eventWindow(date) };
}

const lesotho = rangeWindow('2014-06', '2015-12');
const inView = (indexed: Placed[], matches: Set<string> | null = null) =>
	eventsOfView(indexed, [lesotho.start, lesotho.end], matches).map((item) => item.event.id);

describe('eventsOfView', () => {
	const indexed = [
		placed('before', '2014-05-31'),
		placed('first-day', '2014-06-01'),
		placed('running-through', '2010-01-01', '2016-12-31'),
		placed('last-day', '2015-12-31'),
		placed('after', '2016-01-01')
	];

	it('keeps the events whose dates overlap the window, in the order given', () => {
		expect(inView(indexed)).toEqual(['first-day', 'running-through', 'last-day']);
	});

	it('keeps only the matching ones while a search or filter is on', () => {
		expect(inView(indexed, new Set(['last-day', 'after']))).toEqual(['last-day']);
		expect(inView(indexed, new Set())).toEqual([]);
	});
});

describe('groupByYear', () => {
	it('groups consecutive events by the year their dates start in', () => {
		const years = groupByYear([
			placed('a', '2010-01-01', '2016-12-31'),
			placed('b', '2014-06-01'),
			placed('c', '2014-12-31'),
			placed('d', '2015-01-01')
		]);
		expect(years.map(({ year, entries }) => [year, entries.map((item) => item.event.id)])).toEqual([
			['2010', ['a']],
			['2014', ['b', 'c']],
			['2015', ['d']]
		]);
	});

	it('gives nothing for no events', () => {
		expect(groupByYear([])).toEqual([]);
	});
});

describe('sourcesQuoted', () => {
	const sources = [{ id: 'alpha' }, { id: 'beta' }, { id: 'gamma' }];

	it('lists the articles the events quote, in the order of the articles', () => {
		const entries = [
			placed('a', '2014-06-01', '2014-06-01', ['gamma']),
			placed('b', '2015-01-01', '2015-01-01', ['alpha', 'gamma'])
		];
		expect(sourcesQuoted(entries, sources).map((source) => source.id)).toEqual(['alpha', 'gamma']);
	});

	it('lists none for no events', () => {
		expect(sourcesQuoted([], sources)).toEqual([]);
	});
});

describe('findDescription', () => {
	const timeline = {
		title: 'Test',
		sources: [{ id: 'alpha', title: 'Alpha story', outlet: null }],
		tags: [{ id: 'politics', label: 'Politics' }],
		periods: [],
		events: []
	} as unknown as TimelineDocument;

	it('says nothing when no search or filter is on', () => {
		expect(findDescription(timeline, '', { people: [], tags: [], sources: [] })).toEqual([]);
	});

	it('names the search and each filter group by the labels the chips show', () => {
		expect(
			findDescription(timeline, 'Banks', {
				people: ['Arron Banks', 'Andy Wigmore'],
				tags: ['politics'],
				sources: ['alpha']
			})
		).toEqual(['Search: “Banks”', 'People: Arron Banks, Andy Wigmore', 'Theme: Politics', 'Source: Alpha story']);
	});
});
