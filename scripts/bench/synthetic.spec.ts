import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { PRECISIONS } from '../../src/lib/model/timeline';
import { TimelineDocumentSchema } from '../../src/lib/data/schema';
import { dateProblems } from '../../src/lib/dates/event-dates';
import { occurrencesOf } from '../../src/lib/text/locate-quote';
import { syntheticTimeline } from './synthetic';

describe('syntheticTimeline', () => {
	it('gives the same document for the same count and seed, and another for another seed', () => {
		expect(JSON.stringify(syntheticTimeline(500, 7))).toBe(JSON.stringify(syntheticTimeline(500, 7)));
		expect(JSON.stringify(syntheticTimeline(500, 8))).not.toBe(JSON.stringify(syntheticTimeline(500, 7)));
	});

	it('is valid against the schema, with sound dates and unique verbatim quotes', () => {
		const doc = syntheticTimeline(2_000);
		const parsed = v.safeParse(TimelineDocumentSchema, doc);
		expect(parsed.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
		expect(doc.events).toHaveLength(2_000);
		expect(new Set(doc.events.map((event) => event.id)).size).toBe(2_000);
		const problems = doc.events.flatMap((event) => dateProblems(event.date).map((p) => `${event.id} ${p.message}`));
		expect(problems).toEqual([]);
		const texts = new Map(doc.sources.map((source) => [source.id, source.text]));
		const tagIds = new Set(doc.tags.map((tag) => tag.id));
		for (const event of doc.events) {
			expect(event.tags.every((tag) => tagIds.has(tag))).toBe(true);
			for (const excerpt of event.excerpts) {
				expect(occurrencesOf(texts.get(excerpt.source) ?? '', excerpt.quote)).toHaveLength(1);
			}
		}
	});

	it('spreads events over 1990–2017 with a dense 2014–2017 core and a realistic mix of precisions', () => {
		const doc = syntheticTimeline(10_000);
		expect(v.safeParse(TimelineDocumentSchema, doc).success).toBe(true);
		expect(doc.events.every((event) => dateProblems(event.date).length === 0)).toBe(true);
		const years = doc.events.map((event) => Number(event.date.start.slice(0, 4)));
		expect(Math.min(...years)).toBe(1990);
		expect(Math.max(...doc.events.map((event) => Number(event.date.end.slice(0, 4))))).toBe(2017);
		expect(years.filter((year) => year >= 2014).length / years.length).toBeGreaterThan(0.7);
		const byPrecision = Object.fromEntries(
			PRECISIONS.map((p) => [p, doc.events.filter((event) => event.date.precision === p).length])
		);
		expect(byPrecision.day).toBeGreaterThan(doc.events.length / 2);
		for (const precision of PRECISIONS) expect(byPrecision[precision]).toBeGreaterThan(100);
		expect(doc.events.some((event) => event.date.approximate)).toBe(true);
		expect(doc.tags).toHaveLength(8);
		expect(doc.periods.length).toBeGreaterThanOrEqual(3);
	});
});
