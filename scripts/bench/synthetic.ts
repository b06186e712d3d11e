/**
 * Deterministic synthetic timelines for `npm run bench` and scale tests: the same count and seed always give the same
 * document, valid against the schema, shaped like the real data (a long 1990–2017 background with a dense 2014–2017
 * core, mostly day-precise events, eight theme lanes, a few named periods, sources whose text holds every quote).
 */
import type { EventDate, Period, Source, Tag, TimelineDocument, TimelineEvent } from '../../src/lib/model/timeline';
import { STATUSES } from '../../src/lib/model/timeline';
import { buildTimelineDocument } from '../../src/lib/data/document';
import { seededRandom } from './random';
import { daysInMonth, MONTH_NAMES } from '../../src/lib/dates/event-dates';

const FIRST_YEAR = 1990;
const LAST_YEAR = 2017;
const CORE_FIRST_YEAR = 2014;
const SOURCE_COUNT = 6;

export const SYNTHETIC_TAGS: Tag[] = [
	{ id: 'lesotho', label: 'Lesotho', description: 'Diamond concessions and the 2014–15 elections.' },
	{ id: 'mississippi', label: 'Mississippi' },
	{ id: 'trump-campaign', label: 'Trump campaign' },
	{ id: 'russian-contacts', label: 'Russian contacts' },
	{ id: 'alfa-bank', label: 'Alfa Bank' },
	{ id: 'bgr', label: 'BGR' },
	{ id: 'wikileaks', label: 'WikiLeaks' },
	{ id: 'brexit', label: 'Brexit campaign' }
];

export const SYNTHETIC_PERIODS: Period[] = [
	{ id: 'background', label: 'Background 1990–2013', start: '1990', end: '2013' },
	{ id: 'lesotho-2014-15', label: 'Lesotho 2014–15', start: '2014-06', end: '2015-06' },
	{ id: 'campaign-2016', label: '2016 campaign', start: '2016-01', end: '2016-11-08' },
	{ id: 'transition-2017', label: 'Transition and 2017', start: '2016-11-09', end: '2017-12' }
];

const FIRST_NAMES = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Frank', 'Grace', 'Hugo', 'Irina', 'James', 'Karl'];
const LAST_NAMES = ['Archer', 'Banner', 'Carver', 'Dalton', 'Ellis', 'Fischer', 'Gordon', 'Harlow', 'Ivanov', 'Jensen'];
const PLACES = ['London', 'Maseru', 'Jackson', 'Moscow', 'New York', 'Washington', 'Bristol', 'Cape Town', 'Geneva'];
const VERBS = ['met', 'wrote to', 'called', 'dined with', 'signed an agreement with', 'was introduced to', 'emailed'];
const TOPICS = [
	'a mining licence',
	'a donation',
	'the election',
	'a consultancy contract',
	'a bank transfer',
	'a visit'
];
const OUTLETS = ['The Daily Ledger', 'Capital Review', 'The Observer Post', 'Wire Service', 'Evening Courier'];
const ATTRIBUTORS = ['emails reviewed by the paper', 'the author’s own research', 'court filings', 'a former aide'];
const FILLER = [
	'The details were not disputed at the time.',
	'Several people involved declined to comment.',
	'Records from the period are incomplete.',
	'None of this was public until much later.'
];

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)];
}

function between(random: Random, from: number, to: number): number {
	return from + Math.floor(random() * (to - from + 1));
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

function dayString(year: number, month: number, day: number): string {
	return `${year}-${pad(month)}-${pad(day)}`;
}

function dayText(year: number, month: number, day: number): string {
	return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** A year: most in the dense core, the rest spread over the whole background. */
function pickYear(random: Random): number {
	return random() < 0.72 ? between(random, CORE_FIRST_YEAR, LAST_YEAR) : between(random, FIRST_YEAR, LAST_YEAR);
}

/** A date of the given kind; every shape here passes `dateProblems`. */
function syntheticDate(random: Random): EventDate {
	const approximate = random() < 0.12;
	const kind = random();
	const year = pickYear(random);
	const month = between(random, 1, 12);
	if (kind < 0.58) {
		const day = between(random, 1, daysInMonth(year, month));
		const start = dayString(year, month, day);
		return { start, end: start, precision: 'day', approximate, text: dayText(year, month, day) };
	}
	if (kind < 0.74) {
		const start = `${year}-${pad(month)}`;
		return { start, end: start, precision: 'month', approximate, text: `${MONTH_NAMES[month - 1]} ${year}` };
	}
	if (kind < 0.8) {
		return { start: String(year), end: String(year), precision: 'year', approximate, text: `in ${year}` };
	}
	if (kind < 0.87) {
		const parts: [number, number, string][] = [
			[1, 4, `early ${year}`],
			[5, 8, `mid-${year}`],
			[9, 12, `late ${year}`],
			[3, 5, `spring ${year}`],
			[6, 8, `summer ${year}`],
			[9, 11, `autumn ${year}`]
		];
		if (year < LAST_YEAR && random() < 0.15) {
			return {
				start: `${year}-12`,
				end: `${year + 1}-02`,
				precision: 'season',
				approximate,
				text: `the winter of ${year}–${String(year + 1).slice(2)}`
			};
		}
		const [from, to, text] = pick(random, parts);
		return { start: `${year}-${pad(from)}`, end: `${year}-${pad(to)}`, precision: 'season', approximate, text };
	}
	if (kind < 0.92) {
		const quarter = between(random, 1, 4);
		const quarters = quarter < 4 && random() < 0.3 ? 2 : 1;
		const from = quarter * 3 - 2;
		const to = (quarter + quarters - 1) * 3;
		const text = quarters === 1 ? `Q${quarter} ${year}` : `Q${quarter}–Q${quarter + 1} ${year}`;
		return { start: `${year}-${pad(from)}`, end: `${year}-${pad(to)}`, precision: 'quarter', approximate, text };
	}
	return syntheticSpan(random, year, month, approximate);
}

/** A span: a few days, a few months, or several years (a career, a lobbying contract). */
function syntheticSpan(random: Random, year: number, month: number, approximate: boolean): EventDate {
	const shape = random();
	if (shape < 0.4) {
		const day = between(random, 1, daysInMonth(year, month));
		const start = Date.UTC(year, month - 1, day);
		const end = new Date(Math.min(start + between(random, 1, 20) * 86_400_000, Date.UTC(LAST_YEAR, 11, 31)));
		if (end.getTime() <= start) return syntheticSpan(random, year - 1, month, approximate);
		const [endYear, endMonth, endDay] = [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()];
		return {
			start: dayString(year, month, day),
			end: dayString(endYear, endMonth, endDay),
			precision: 'span',
			approximate,
			text: `from ${dayText(year, month, day)} to ${dayText(endYear, endMonth, endDay)}`
		};
	}
	if (shape < 0.75) {
		const startYear = Math.min(year, LAST_YEAR - 1);
		const endIndex = Math.min(startYear * 12 + month - 1 + between(random, 1, 14), LAST_YEAR * 12 + 11);
		const [endYear, endMonth] = [Math.floor(endIndex / 12), (endIndex % 12) + 1];
		return {
			start: `${startYear}-${pad(month)}`,
			end: `${endYear}-${pad(endMonth)}`,
			precision: 'span',
			approximate,
			text: `from ${MONTH_NAMES[month - 1]} ${startYear} to ${MONTH_NAMES[endMonth - 1]} ${endYear}`
		};
	}
	if (shape < 0.85) {
		// "late 2015 and early 2016": season-precise ends.
		const startYear = Math.min(year, LAST_YEAR - 1);
		return {
			start: `${startYear}-09`,
			end: `${startYear + 1}-04`,
			precision: 'span',
			approximate,
			text: `late ${startYear} and early ${startYear + 1}`,
			startPrecision: 'season',
			endPrecision: 'season'
		};
	}
	const startYear = between(random, FIRST_YEAR, LAST_YEAR - 2);
	const endYear = between(random, startYear + 1, LAST_YEAR);
	return {
		start: String(startYear),
		end: String(endYear),
		precision: 'span',
		approximate,
		text: `from ${startYear} to ${endYear}`
	};
}

function personName(random: Random): string {
	return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
}

/**
 * A timeline of `count` events that is the same for the same `count` and `seed`. Each event quotes one sentence of
 * one source; the sentence carries a fixed-width file number, so every quote occurs exactly once in its source.
 */
export function syntheticTimeline(count: number, seed = 1): TimelineDocument {
	const random = seededRandom(seed);
	const sentences: string[][] = Array.from({ length: SOURCE_COUNT }, () => []);
	const events: TimelineEvent[] = [];
	const width = String(Math.max(count, 1)).length;
	for (let i = 0; i < count; i++) {
		const date = syntheticDate(random);
		const actor = personName(random);
		let other = personName(random);
		if (other === actor) other = `${pick(random, FIRST_NAMES)} ${LAST_NAMES[LAST_NAMES.length - 1]}-Smith`;
		const verb = pick(random, VERBS);
		const place = pick(random, PLACES);
		const topic = pick(random, TOPICS);
		const tag = pick(random, SYNTHETIC_TAGS).id;
		const extraTag = random() < 0.25 ? pick(random, SYNTHETIC_TAGS).id : null;
		const source = Math.floor(random() * SOURCE_COUNT);
		const file = String(i + 1).padStart(width, '0');
		const quote = `According to file ${file}, ${actor} ${verb} ${other} in ${place} about ${topic} (${date.text}).`;
		sentences[source].push(quote);
		if (random() < 0.3) sentences[source].push(pick(random, FILLER));
		const title = `${actor} ${verb} ${other} in ${place}`.slice(0, 90);
		events.push({
			id: `event-${file}`,
			title,
			summary: `${actor} ${verb} ${other} in ${place} about ${topic}.`,
			date,
			excerpts: [{ source: `source-${source + 1}`, quote }],
			people: [actor, other],
			tags: extraTag && extraTag !== tag ? [tag, extraTag] : [tag],
			attribution: { by: pick(random, ATTRIBUTORS), status: pick(random, STATUSES) }
		});
	}
	const sources: Source[] = sentences.map((lines, index) => {
		const title = `Synthetic report ${index + 1}`;
		const paragraphs: string[] = [];
		for (let at = 0; at < lines.length; at += 5) paragraphs.push(lines.slice(at, at + 5).join(' '));
		return {
			id: `source-${index + 1}`,
			file: `source-${index + 1}.txt`,
			title,
			outlet: OUTLETS[index % OUTLETS.length],
			author: index % 3 === 2 ? null : `${FIRST_NAMES[index]} ${LAST_NAMES[index]}`,
			published: `2017-${pad(index + 1)}-${pad(10 + index)}`,
			url: `https://example.org/synthetic/report-${index + 1}`,
			cites: index % 2 ? ['emails reviewed by the paper'] : [],
			text: `${title}\n\n${paragraphs.join('\n\n')}\n`
		};
	});
	return buildTimelineDocument({
		title: `Synthetic timeline: ${count.toLocaleString('en-GB')} events (seed ${seed})`,
		sources,
		tags: SYNTHETIC_TAGS,
		periods: SYNTHETIC_PERIODS,
		events
	});
}
