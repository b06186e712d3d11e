import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineDocument, TimelineEvent } from '../model/timeline';
import { checkTimelineDocument } from './check';

const text = readFileSync(new URL('../../../tests/fixtures/import/sourceline-basic.json', import.meta.url), 'utf8');
const valid = (): TimelineDocument => JSON.parse(text);
const event = (doc: TimelineDocument, id: string): TimelineEvent => doc.events.find((e) => e.id === id)!;

const errorOf = (doc: unknown) => {
	const result = checkTimelineDocument(doc, 'doc.json');
	if (result.ok) throw new Error('expected a failure');
	return result.error;
};

describe('checkTimelineDocument (the app validator as one message)', () => {
	it('accepts a sound document', () => {
		expect(checkTimelineDocument(valid(), 'doc.json')).toEqual({ ok: true, document: valid() });
	});

	it('gives line numbers when handed the JSON text', () => {
		const broken = text.replace('"2016-08-24"', '"2016/08/24"');
		expect(checkTimelineDocument(broken, 'doc.json')).toEqual({
			ok: false,
			error: `doc.json is not a valid Sourceline timeline: event "study-recommends-cable-stays" › date.start (line 80, column 5): must be YYYY, YYYY-MM or YYYY-MM-DD.`
		});
	});

	it('names the event and the field for schema problems', () => {
		const doc = valid();
		(event(doc, 'council-expected-suspension').date as { start: string }).start = '2015/03';
		expect(errorOf(doc)).toBe(
			'doc.json is not a valid Sourceline timeline: event "council-expected-suspension" › date.start: must be YYYY, YYYY-MM or YYYY-MM-DD.'
		);
	});

	it('reports unknown keys and missing fields', () => {
		const doc = { ...valid(), extra: 1 } as unknown as Record<string, unknown>;
		delete doc.title;
		expect(errorOf(doc)).toBe(
			'doc.json is not a valid Sourceline timeline (2 problems): title: is required; extra: unknown field "extra".'
		);
	});

	it('checks each date with dateProblems', () => {
		const doc = valid();
		event(doc, 'study-recommends-cable-stays').date.precision = 'month';
		expect(errorOf(doc)).toContain(
			'event "study-recommends-cable-stays" › date.precision: precision "month" does not fit'
		);
	});

	it('requires excerpts to name a known source and quote it word for word', () => {
		const doc = valid();
		event(doc, 'study-recommends-cable-stays').excerpts[0].quote = 'Not in the article.';
		event(doc, 'council-expected-suspension').excerpts[0].source = 'nowhere';
		event(doc, 'construction').excerpts[0].occurrence = 2;
		const error = errorOf(doc);
		expect(error).toContain('excerpts[0].quote: not found verbatim in source "courier-2016-08-25"');
		expect(error).toContain('excerpts[0].source: unknown source "nowhere"');
		expect(error).toContain('excerpts[0].occurrence: is 2 but the quote appears only once');
	});

	it('requires tags to exist and ids to be unique', () => {
		const doc = valid();
		event(doc, 'construction').tags = ['missing'];
		doc.tags[1].id = doc.tags[0].id;
		const error = errorOf(doc);
		expect(error).toContain('tags[0]: unknown tag "missing"');
		expect(error).toContain('tag "council" › id: duplicate tag id "council"');
	});

	it('refuses source URLs that are not http(s)', () => {
		for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd']) {
			const doc = valid();
			doc.sources[0].url = url;
			expect(errorOf(doc)).toContain('source "courier-2016-08-25" › url: must be an http(s) address');
			// The bad source is still a known source: its citing events are not reported as broken too.
			expect(errorOf(doc)).not.toContain('unknown source');
		}
	});

	it('refuses periods that end before they start', () => {
		const doc = valid();
		doc.periods[0].end = '2017';
		expect(errorOf(doc)).toContain('period "construction-years" › end: end 2017 is before start 2018-05');
	});

	it('lists at most five problems and counts the rest', () => {
		const doc = valid();
		doc.events.forEach((e) => (e.tags = ['a', 'b', 'c']));
		expect(errorOf(doc)).toMatch(/\(9 problems\).*; …and 4 more\.$/);
	});
});
