/**
 * The extractor against the curated timeline: run on the sources in timeline-data/, it should propose every
 * event a person wrote, i.e. some candidate's sentence overlaps one of the event's excerpts in that source and
 * its date window overlaps the event's. The events it cannot find are listed below, each with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceMeta, TimelineEvent } from '../model/timeline';
import { eventWindow, windowsOverlap } from '../dates/event-dates';
import { extractCandidates, type Candidate } from './candidates';
import { locateQuote } from '../text/locate-quote';

const DATA = join(import.meta.dirname, '../../../timeline-data');

/**
 * Events the extractor cannot honestly date from their own passages. Each reason says what the passage has and
 * why reading it against the nearest date would give a wrong date rather than a candidate.
 */
const CANNOT_MATCH: Record<string, string> = {
	'sessions-recuses-after-russian-meetings-disclosed':
		'"after undisclosed meetings between him and Russian officials were made public": the text dates neither the ' +
		'meetings nor the recusal; the date (after the November 2016 election) comes from Sessions being "the ' +
		'Trump-appointed Attorney General", a title, not a time phrase. The sentence before moves to the writer’s own ' +
		'time ("at the time I was doing this snooping"), so nothing dated stands before it in its paragraph.',
	'trump-fires-comey-sessions-ethics-row':
		'"at the time I was doing this snooping": the writer’s own time. The article bounds it only by reading: the ' +
		'research notes a January 2017 hiring (not before then) and the book it points to came out in August 2017; no ' +
		'sentence dates the snooping, so reading it as 2017 would be a guess for the extractor.'
};

// Never skipped: without the data this check would pass by saying nothing, so a missing file fails it.
const ready = existsSync(join(DATA, 'events.json')) && existsSync(join(DATA, 'sources.json'));

describe('extraction covers the events in timeline-data/', () => {
	const sources = ready ? (JSON.parse(readFileSync(join(DATA, 'sources.json'), 'utf8')) as SourceMeta[]) : [];
	const events = ready
		? (JSON.parse(readFileSync(join(DATA, 'events.json'), 'utf8')) as { events: TimelineEvent[] }).events
		: [];
	const texts = new Map(sources.map((source) => [source.id, readFileSync(join(DATA, 'sources', source.file), 'utf8')]));
	const candidates = new Map<string, Candidate[]>(
		sources.map((source) => [
			source.id,
			extractCandidates(texts.get(source.id)!, { sourceId: source.id, published: source.published })
		])
	);

	/** True when a candidate overlaps one of the event's excerpts in the same source, with an overlapping date. */
	function found(event: TimelineEvent): boolean {
		const span = eventWindow(event.date);
		return event.excerpts.some((excerpt) => {
			const range = locateQuote(texts.get(excerpt.source) ?? '', excerpt.quote, excerpt.occurrence);
			return (
				range !== null &&
				(candidates.get(excerpt.source) ?? []).some(
					(candidate) =>
						candidate.index < range.end &&
						range.start < candidate.end &&
						windowsOverlap(eventWindow(candidate.date), span)
				)
			);
		});
	}

	it('has the sources and events to check', () => {
		expect(ready, 'timeline-data/events.json and sources.json must exist').toBe(true);
		expect(sources.length).toBeGreaterThan(0);
		expect(events.length).toBeGreaterThan(0);
	});

	it('finds every event not on the reasoned list', () => {
		const missed = events.filter((event) => !(event.id in CANNOT_MATCH) && !found(event));
		expect(missed.map((event) => `${event.id} (${event.date.text})`)).toEqual([]);
	});

	it('keeps the list honest: nothing on it is found after all', () => {
		const nowFound = events.filter((event) => event.id in CANNOT_MATCH && found(event));
		expect(nowFound.map((event) => event.id)).toEqual([]);
	});
});
