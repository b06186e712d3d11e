import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineDocument } from '../model/timeline';
import { dateProblems } from '../dates/event-dates';
import { checkTimelineDocument } from './check';
import { ImportError, Warnings } from './result';
import { timelineJsJsonToDocument } from './timelinejs-json';

const fixture = (name: string) =>
	JSON.parse(readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8'));

function convert(data: unknown, fileLabel = 't.json'): { document: TimelineDocument; warnings: string[] } {
	const warnings = new Warnings();
	const timelineDocument = timelineJsJsonToDocument(data, { fileLabel, fallbackTitle: 'Fallback', warnings });
	const checked = checkTimelineDocument(timelineDocument, fileLabel);
	if (!checked.ok) throw new Error(checked.error);
	return { document: timelineDocument, warnings: warnings.list() };
}

function failure(data: unknown): string {
	try {
		convert(data);
	} catch (error) {
		if (error instanceof ImportError) return error.message;
		throw error;
	}
	throw new Error('expected the import to fail');
}

const slide = (start: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	start_date: start,
	text: { headline: 'Headline', text: 'Body text.' },
	...extra
});
const one = (start: Record<string, unknown>, extra?: Record<string, unknown>) =>
	convert({ events: [slide(start, extra)] });
const dateOf = (start: Record<string, unknown>, extra?: Record<string, unknown>) =>
	one(start, extra).document.events[0].date;

describe('TimelineJS JSON: tljs-basic.json', () => {
	const { document: timelineDocument, warnings } = convert(fixture('tljs-basic.json'), 'tljs-basic.json');
	const byId = Object.fromEntries(timelineDocument.events.map((event) => [event.id, event]));

	it('takes the title from the title slide, as plain text', () => {
		expect(timelineDocument.title).toBe('The Harbor Bridge & the city');
	});

	it('keeps every event, in file order, with its unique_id as id', () => {
		expect(timelineDocument.events.map((event) => event.id)).toEqual([
			'bridge-proposed',
			'feasibility-study',
			'study-recommends',
			'public-hearing',
			'construction',
			'bridge-opens'
		]);
		expect(warnings).toEqual([]);
	});

	it('reads precision from which date fields are filled, numbers given as strings included', () => {
		expect(byId['bridge-proposed'].date).toMatchObject({ start: '2014', end: '2014', precision: 'year', text: '2014' });
		expect(byId['feasibility-study'].date).toMatchObject({ start: '2015-03', precision: 'month', text: 'Mar 2015' });
		expect(byId['study-recommends'].date).toMatchObject({ start: '2016-08-24', precision: 'day', text: '24 Aug 2016' });
	});

	it('keeps day precision for times and puts the time in the date text', () => {
		expect(byId['public-hearing'].date).toEqual({
			start: '2017-01-09',
			end: '2017-01-09',
			precision: 'day',
			approximate: false,
			text: '9 Jan 2017, 09:00–11:30'
		});
		expect(byId['bridge-opens'].date.text).toBe('20 November 2021, 10:15');
	});

	it('makes a span of an end date in a later unit', () => {
		expect(byId['construction'].date).toMatchObject({ start: '2018-05', end: '2021-11', precision: 'span' });
	});

	it('puts every event in one default lane when there are no groups', () => {
		expect(timelineDocument.tags).toEqual([{ id: 'events', label: 'Events' }]);
		expect(timelineDocument.events.every((event) => event.tags[0] === 'events')).toBe(true);
		expect(timelineDocument.periods).toEqual([]);
	});

	it('makes each slide its own source, quoted verbatim by the event', () => {
		for (const event of timelineDocument.events) {
			const source = timelineDocument.sources.find((s) => s.id === event.excerpts[0].source)!;
			expect(source.text).toContain(event.excerpts[0].quote);
			expect(source.text.startsWith(event.title)).toBe(true);
			expect(event.attribution).toEqual({ by: 'The Harbor Bridge & the city', status: 'claim' });
		}
		const study = timelineDocument.sources.find((s) => s.id === 'study-recommends')!;
		expect(study.text).toBe(
			"Study recommends a cable-stayed design\n\nThe engineers' report favours a cable-stayed bridge.\n\nIt estimates the cost at $310 million."
		);
		expect(byId['study-recommends'].summary).toBe(
			"The engineers' report favours a cable-stayed bridge.\n\nIt estimates the cost at $310 million."
		);
	});

	it('turns media credit, caption and url into the source reference, HTML stripped', () => {
		expect(timelineDocument.sources.find((s) => s.id === 'feasibility-study')).toMatchObject({
			title: 'Council commissions a feasibility study',
			outlet: 'Riverside Courier',
			url: 'https://example.org/harbor/council-vote.jpg',
			cites: ['Council chamber during the vote'],
			file: 'feasibility-study.txt',
			author: null,
			published: null
		});
	});

	it('ignores unknown fields (background, autolink, extra, generator)', () => {
		expect(JSON.stringify(timelineDocument)).not.toMatch(/123456|deeper|generator/);
	});
});

describe('TimelineJS JSON: tljs-eras-groups.json', () => {
	const { document: timelineDocument, warnings } = convert(fixture('tljs-eras-groups.json'), 'tljs-eras-groups.json');

	it('makes a lane per group in order of first appearance, ungrouped events in "Events"', () => {
		expect(timelineDocument.tags).toEqual([
			{ id: 'council', label: 'Council' },
			{ id: 'community', label: 'Community' },
			{ id: 'construction', label: 'Construction' },
			{ id: 'events', label: 'Events' }
		]);
		expect(timelineDocument.events.map((event) => event.tags)).toEqual([
			['council'],
			['community'],
			['council'],
			['construction'],
			['events']
		]);
	});

	it('makes eras periods, labels as plain text', () => {
		expect(timelineDocument.periods).toEqual([
			{ id: 'planning', label: 'Planning', start: '2014', end: '2017' },
			{ id: 'construction-years', label: 'Construction years', start: '2018-05', end: '2021-11' }
		]);
	});

	it('slugifies unique_ids, de-duplicates them and generates missing ones', () => {
		expect(timelineDocument.events.map((event) => event.id)).toEqual([
			'council-vote-1',
			'residents-form-a-bridge-committee',
			'council-vote-1-2',
			'towers',
			'opening'
		]);
		expect(warnings).toContainEqual(
			expect.stringContaining('event 3 "Council approves the final design": unique_id "council-vote-1" is used twice')
		);
	});

	it('marks "c. 2016" approximate and keeps it as the date text', () => {
		expect(timelineDocument.events[1].date).toMatchObject({
			start: '2016',
			precision: 'year',
			approximate: true,
			text: 'c. 2016'
		});
	});

	it('cuts a long headline to 90 characters, keeping the whole one in the source, with a warning', () => {
		const towers = timelineDocument.events[3];
		expect(towers.title.length).toBeLessThanOrEqual(90);
		expect(towers.title.endsWith('…')).toBe(true);
		expect(timelineDocument.sources[3].text).toContain('two floating cranes');
		expect(warnings).toContainEqual(
			expect.stringContaining('event 4 "The two towers rise above the harbor…": the headline is 119 characters')
		);
	});

	it('quotes the headline of an event with no text', () => {
		expect(timelineDocument.events[4].excerpts).toEqual([{ source: 'opening', quote: 'Bridge opens' }]);
		expect(timelineDocument.events[4].summary).toBe('Bridge opens');
	});
});

describe('TimelineJS JSON: dates', () => {
	it('accepts years below 1000, written with leading zeros', () => {
		expect(dateOf({ year: 800 })).toMatchObject({ start: '0800', precision: 'year', text: '0800' });
		expect(dateOf({ year: '0' })).toMatchObject({ start: '0000' });
	});

	it('accepts "2,016" and " 8 " as TimelineJS does', () => {
		expect(dateOf({ year: '2,016', month: ' 8 ' })).toMatchObject({ start: '2016-08' });
	});

	it('treats empty strings and null as absent fields', () => {
		expect(dateOf({ year: 2016, month: '', day: null })).toMatchObject({ start: '2016', precision: 'year' });
	});

	it('treats an end in the same unit as the start as a single date', () => {
		expect(dateOf({ year: 2016, month: 8 }, { end_date: { year: 2016, month: 8 } })).toMatchObject({
			start: '2016-08',
			end: '2016-08',
			precision: 'month'
		});
	});

	it('reads a coarser end that contains the start as the end of that period, with a warning', () => {
		const { document: timelineDocument, warnings } = one(
			{ year: 2016, month: 8, day: 24 },
			{ end_date: { year: 2016 } }
		);
		expect(timelineDocument.events[0].date).toMatchObject({ start: '2016-08-24', end: '2016-12', precision: 'span' });
		expect(dateProblems(timelineDocument.events[0].date)).toEqual([]);
		expect(warnings[0]).toContain('the end date 2016 was read as 2016-12');
	});

	it('collapses an end inside the start unit, with a warning', () => {
		const { document: timelineDocument, warnings } = one({ year: 2016 }, { end_date: { year: 2016, month: 3 } });
		expect(timelineDocument.events[0].date).toMatchObject({ start: '2016', end: '2016', precision: 'year' });
		expect(warnings[0]).toContain('falls within 2016');
	});

	it('uses the slide display_date over the date display_dates, and joins start and end display_dates', () => {
		expect(dateOf({ year: 2016, display_date: 'ignored' }, { display_date: 'Summer 2016' }).text).toBe('Summer 2016');
		expect(
			dateOf({ year: 2016, display_date: 'early 2016' }, { end_date: { year: 2017, display_date: 'late 2017' } }).text
		).toBe('early 2016 – late 2017');
	});

	it('drops a time given without a day, with a warning', () => {
		const { document: timelineDocument, warnings } = one({ year: 2016, month: 8, hour: 14 });
		expect(timelineDocument.events[0].date).toMatchObject({ start: '2016-08', text: 'Aug 2016' });
		expect(warnings[0]).toContain('start_date.hour is given without a day');
	});

	it.each([
		[{ year: -44 }, 'event 1 "Headline": start_date.year is -44: BCE (negative) years are not supported'],
		[{ year: 12000 }, 'start_date.year is 12000: years after 9999 are not supported'],
		[{ year: 2016, month: 13 }, 'start_date.month is 13; a month must be 1–12'],
		[{ year: 2016, month: 0 }, 'start_date.month is 0; a month must be 1–12'],
		[{ year: 2017, month: 4, day: 31 }, 'start_date.day is 31; a day of 2017-04 must be 1–30'],
		[{ year: 2016, day: 3 }, 'start_date.day is given without a month'],
		[{ year: 2016, month: 1, day: 1, minute: 5 }, 'start_date.minute is given without an hour'],
		[{ year: 2016, month: 1, day: 1, hour: 24 }, 'start_date.hour is 24; an hour must be 0–23'],
		[{ year: 2016, month: 'Jan' }, 'start_date.month is "Jan", not a whole number'],
		[{ year: 2016.5 }, 'start_date.year is 2016.5, not a whole number'],
		[{ year: [2016] }, 'start_date.year must be a number, not a list'],
		[{ month: 3 }, 'start_date.month is given but the year (start_date.year) is missing'],
		[{}, 'has no date: start_date is missing or empty']
	])('refuses %j', (start, message) => {
		expect(failure({ events: [slide(start)] })).toContain(message);
	});

	it('names the event, the field and the file when the end is before the start', () => {
		expect(failure({ events: [slide({ year: 2020, month: 5 }, { end_date: { year: 2019 } })] })).toBe(
			't.json: event 1 "Headline": the end date 2019 is before the start date 2020-05.'
		);
	});

	it('refuses a date that is not an object', () => {
		expect(failure({ events: [slide('2016' as never)] })).toContain(
			'start_date must be an object such as {"year": 2016'
		);
	});
});

describe('TimelineJS JSON: shape', () => {
	it.each([
		[[], 'TimelineJS JSON must be an object'],
		[{ events: 'x' }, 'needs an "events" list, but "events" is not a list'],
		[{ events: [] }, 't.json: has no events.'],
		[{ events: [42] }, 'event 1: must be an object (a slide), not 42'],
		[
			{ events: [{ start_date: { year: 2016 }, text: { headline: { html: 'x' } } }] },
			'event 1: text.headline must be text, not an object'
		],
		[{ events: [{ start_date: { year: 2016 }, text: 'plain' }] }, 'event 1: text must be an object, not string'],
		[{ events: [slide({ year: 2016 })], eras: {} }, '"eras" must be a list'],
		[
			{ events: [slide({ year: 2016 })], eras: [{ start_date: { year: 2016 }, text: { headline: 'E' } }] },
			'era 1 "E": has no end date: end_date is missing or empty'
		],
		[
			{ events: [slide({ year: 2016 })], eras: [{ start_date: { year: 2016 }, end_date: { year: 2014 } }] },
			'era 1: the end date 2014 is before the start date 2016'
		]
	])('refuses %j', (data, message) => {
		expect(failure(data)).toContain(message);
	});

	it('skips slides with nothing to quote, with a warning, and fails when nothing is left', () => {
		const { document: timelineDocument, warnings } = convert({
			events: [slide({ year: 2016 }), { start_date: { year: 2017 } }]
		});
		expect(timelineDocument.events).toHaveLength(1);
		expect(warnings[0]).toBe(
			't.json: event 2: has no headline, text, caption or credit, so there is nothing to quote; it was skipped.'
		);
		expect(failure({ events: [{ start_date: { year: 2017 } }] })).toBe(
			't.json: none of its 1 events has any text to import.'
		);
	});

	it('titles an event without a headline from its first sentence, with a warning', () => {
		const { document: timelineDocument, warnings } = convert({
			events: [{ start_date: { year: 2016 }, text: { text: 'First one. Second one.' } }]
		});
		expect(timelineDocument.events[0].title).toBe('First one.');
		expect(warnings[0]).toContain('has no headline');
	});

	it('quotes the whole text when the body alone would be ambiguous', () => {
		const { document: timelineDocument } = convert({
			events: [{ start_date: { year: 2016 }, text: { headline: 'Same', text: 'Same' } }]
		});
		expect(timelineDocument.sources[0].text).toBe('Same\n\nSame');
		expect(timelineDocument.events[0].excerpts[0].quote).toBe('Same\n\nSame');
	});

	it('uses the file name when there is no title slide', () => {
		expect(convert({ events: [slide({ year: 2016 })] }).document.title).toBe('Fallback');
	});

	it('refuses non-http media URLs with a warning and takes a link from the credit instead', () => {
		const { document: timelineDocument, warnings } = one(
			{ year: 2016 },
			{ media: { url: 'javascript:alert(1)', credit: '<a href="https://example.org/credit">Credit</a>' } }
		);
		expect(timelineDocument.sources[0].url).toBe('https://example.org/credit');
		expect(timelineDocument.sources[0].outlet).toBe('Credit');
		expect(warnings[0]).toContain('media url "javascript:alert(1)" is not an http(s) address');
	});

	it('generates an id when a unique_id has no letters or digits', () => {
		const { document: timelineDocument, warnings } = one({ year: 2016 }, { unique_id: '???' });
		expect(timelineDocument.events[0].id).toBe('headline');
		expect(warnings[0]).toContain('unique_id "???" has no letters or digits');
	});

	it('keeps groups whose names slugify alike in separate lanes', () => {
		const { document: timelineDocument, warnings } = convert({
			events: [slide({ year: 2016 }, { group: 'U.S.' }), slide({ year: 2017 }, { group: 'US' })]
		});
		expect(timelineDocument.tags).toEqual([
			{ id: 'u-s', label: 'U.S.' },
			{ id: 'us', label: 'US' }
		]);
		const clash = convert({
			events: [slide({ year: 2016 }, { group: 'Politics' }), slide({ year: 2017 }, { group: 'politics' })]
		});
		expect(clash.document.tags.map((tag) => tag.id)).toEqual(['politics', 'politics-2']);
		expect(clash.warnings[0]).toContain('group "politics" gets its own lane');
		expect(warnings).toEqual([]);
	});

	it('warns about the cosmological scale', () => {
		expect(convert({ scale: 'cosmological', events: [slide({ year: 2016 })] }).warnings[0]).toContain('cosmological');
	});
});
