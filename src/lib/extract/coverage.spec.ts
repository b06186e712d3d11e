/**
 * The extractor against the curated timeline: run on the sources in timeline-data/, it should propose every
 * event a person wrote, i.e. some candidate's sentence overlaps one of the event's excerpts in that source and
 * its date window overlaps the event's. The events it cannot find are listed below, each with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceMeta, TimelineEvent } from '../data/schema';
import { eventWindow, windowsOverlap } from '../dates/window';
import { extractCandidates, type Candidate } from './candidates';
import { locateQuote } from './matching';

const DATA = join(import.meta.dirname, '../../../timeline-data');

/**
 * Events dated by something that is not a date expression in their own passage: an event named instead of a
 * date ("after the election"), or a date carried over from sentences away. A sentence-level extractor cannot
 * see these; a reviewer adds them by hand.
 */
const CANNOT_MATCH: Record<string, string> = {
	'banks-wigmore-visit-trump-tower-after-election': '"After the election": dated by an event, not a date',
	'banks-donation-to-pro-brexit-campaign': 'no date in either passage; the Brexit campaign dates it',
	'author-asks-banks-wigmore-about-lesotho-election': '"the coming election": dated by the 2017 Lesotho election',
	'wigmore-says-group-supports-basotho-national-party': '"by the election": dated by the 2017 Lesotho election',
	'severcorr-investment-first-phase': '"At the time the delegation visited": April 2008 is two sentences back',
	'delegation-luncheon-lawson-margelov-remarks':
		'"that year" follows a paragraph on 2004-2007, so it reads 2007; the article means April 2008, paragraphs back',
	'barbour-bryant-private-dinners-with-delegation': 'no date in the passage; the April 2008 visit is paragraphs back',
	'barbour-bgr-monies-in-blind-trust': '"During his stint as governor": dated by the previous sentence',
	'bryant-becomes-trump-surrogate': '"By the end of the presidential election campaign": dated by an event',
	'bryant-close-to-trump-trump-tower-visits': '"subsequently": no date',
	'wigmore-describes-big-data-dolphins': '"during our conversation": no date',
	'farage-hosts-bryant-on-lbc': '"after the initial Mississippi article was published": no date',
	'burt-helps-shape-trump-foreign-policy-speech':
		'"During the same period" means the first two quarters of 2016, but the nearest date before it is August',
	'fbi-investigation-of-carter-page-becomes-public': '"During the election": dated by an event',
	'carter-page-travels-to-moscow-after-election': '"after Trump’s success": dated by an event',
	'steele-asserts-cover-up-began-when-trump-won': '"as soon as Trump won": dated by an event',
	'sessions-recuses-after-russian-meetings-disclosed': '"shortly afterwards": no date',
	'trump-fires-comey-sessions-ethics-row': '"at the time I was doing this snooping": no date',
	'farage-supports-le-pen-campaign': '"during her campaign": dated by an event',
	'breitbart-publishes-stone-denial': '"subsequent": no date',
	'wikileaks-releases-material-on-french-election': '"shortly after" the May 2017 interview: dated by an event'
};

const ready = existsSync(join(DATA, 'events.json')) && existsSync(join(DATA, 'sources.json'));

describe.skipIf(!ready)('extraction covers the events in timeline-data/', () => {
	const sources = ready ? (JSON.parse(readFileSync(join(DATA, 'sources.json'), 'utf8')) as SourceMeta[]) : [];
	const events = ready
		? (JSON.parse(readFileSync(join(DATA, 'events.json'), 'utf8')) as { events: TimelineEvent[] }).events
		: [];
	const texts = new Map(sources.map((source) => [source.id, readFileSync(join(DATA, 'sources', source.file), 'utf8')]));
	const candidates = new Map<string, Candidate[]>(
		sources.map((source) => [source.id, extractCandidates(texts.get(source.id)!, { sourceId: source.id })])
	);

	/** True when a candidate overlaps one of the event's excerpts in the same source, with an overlapping date. */
	function found(event: TimelineEvent): boolean {
		const window = eventWindow(event.date);
		return event.excerpts.some((excerpt) => {
			const range = locateQuote(texts.get(excerpt.source) ?? '', excerpt.quote, excerpt.occurrence);
			return (
				range !== null &&
				(candidates.get(excerpt.source) ?? []).some(
					(candidate) =>
						candidate.index < range.end &&
						range.index < candidate.end &&
						windowsOverlap(eventWindow(candidate.date), window)
				)
			);
		});
	}

	it('has the sources and events to check', () => {
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
