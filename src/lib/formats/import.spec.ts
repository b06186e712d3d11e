import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineDocument } from '../model/timeline';
import { syntheticTimeline } from '../../../scripts/bench/synthetic';
import { DEFAULT_MAX_BYTES, importTimeline, importTimelineBytes, utf8Length, validateSourceUrl } from './import';
import { MAX_WARNINGS } from './result';

const dir = new URL('../../../tests/fixtures/import/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));

function ok(name: string): { document: TimelineDocument; warnings: string[] } {
	const result = importTimelineBytes(bytesOf(name), name);
	if (!result.ok) throw new Error(result.error);
	return result;
}

function error(name: string): string {
	const result = importTimelineBytes(bytesOf(name), name);
	if (result.ok) throw new Error(`${name} imported`);
	return result.error;
}

/** Every string in a value, with its path. */
function strings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
	if (typeof value === 'string') out.push([path, value]);
	else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${path}[${i}]`, out));
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`, out);
	return out;
}

describe('importTimeline: fixtures that import', () => {
	it.each([
		['tljs-basic.json', 6],
		['tljs-eras-groups.json', 5],
		['sheet.csv', 4],
		['sheet-start-date.csv', 6],
		['sourceline-basic.json', 3],
		['hostile.json', 4]
	])('%s gives %i events', (name, count) => {
		expect(ok(name).document.events).toHaveLength(count);
	});

	it('lists every fixture in the README', () => {
		const readme = readFileSync(new URL('README.md', dir), 'utf8');
		for (const name of readdirSync(dir).filter((file) => file !== 'README.md')) expect(readme).toContain(name);
	});
});

describe('importTimeline: the hostile fixture', () => {
	const { document: timelineDocument, warnings } = ok('hostile.json');
	const texts = strings(timelineDocument);

	it('keeps no markup in any field: titles, summaries, quotes, sources, lanes, periods', () => {
		// The one exception is text the file wrote with entities (&lt;script&gt;), which stays text, never markup.
		const withMarkup = texts.filter(([, text]) => /<|javascript:|data:|onerror|onload/i.test(text));
		expect(
			withMarkup.every(
				([, text]) => text.includes('<script>alert(1)</script>') && !/<(img|svg|style|iframe)/i.test(text)
			)
		).toBe(true);
		expect(withMarkup.map(([path]) => path)).toEqual([
			'.sources[1].text',
			'.events[1].summary',
			'.events[1].excerpts[0].quote'
		]);
	});

	it('drops script and style content entirely', () => {
		expect(JSON.stringify(timelineDocument)).not.toMatch(/alert\('(title|group|date)'\)|display:none/);
		expect(timelineDocument.title).toBe('Hostile timeline');
		expect(timelineDocument.tags.map((tag) => tag.label)).toEqual(['Attackers', 'Events']);
		expect(timelineDocument.periods[0].label).toBe('Era of attacks');
		expect(timelineDocument.events[0].date.text).toBe('New Year');
		expect(timelineDocument.events[3].title).toBe('CSS injection');
	});

	it('keeps only http(s) URLs, warning about the rest', () => {
		expect(timelineDocument.sources.map((source) => source.url)).toEqual([null, null, null, null]);
		expect(warnings.filter((w) => w.includes('is not an http(s) address'))).toHaveLength(2);
	});

	it('copes with a 100 KB text and cuts the long headline', () => {
		const big = timelineDocument.events[2];
		expect(big.summary.length).toBeGreaterThan(100_000);
		expect(big.title.length).toBeLessThanOrEqual(90);
	});

	it('does not pollute Object.prototype through "__proto__" keys', () => {
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
	});
});

describe('importTimeline: failures name the file and the place', () => {
	it.each([
		[
			'broken-not-json.json',
			"broken-not-json.json is not valid JSON: line 4, column 3: expected ',' or ']' after a list item, found '{'."
		],
		[
			'broken-no-date.json',
			'broken-no-date.json: event 2 "Undated event": has no date: start_date is missing or empty, and every event needs at least a year.'
		],
		[
			'broken-bce.json',
			'broken-bce.json: event 2 "Ides of March": start_date.year is -44: BCE (negative) years are not supported, because Sourceline dates are 4-digit years 0000–9999.'
		],
		[
			'broken-bad-date.json',
			'broken-bad-date.json: event 1 "Thirtieth of February": start_date.day is 30; a day of 2016-02 must be 1–29.'
		],
		[
			'broken-end-before-start.json',
			'broken-end-before-start.json: event 1 "Ends before it starts": the end date 2019 is before the start date 2020-05.'
		],
		[
			'broken-deep-nesting.json',
			'broken-deep-nesting.json is nested more than 100 levels deep (at line 1, column 180); no timeline needs that, so it is refused.'
		],
		['broken-empty.json', 'broken-empty.json is empty.'],
		[
			'broken-not-timeline.json',
			'broken-not-timeline.json is JSON but not a timeline: it has no "events" list (its top-level keys are "name", "version", "dependencies").'
		],
		[
			'broken-tljs2-legacy.json',
			'broken-tljs2-legacy.json is in the old TimelineJS 2 format ("timeline" with "date"), which is not supported; convert it to TimelineJS3 JSON first.'
		],
		[
			'broken-sourceline-bad-quote.json',
			'broken-sourceline-bad-quote.json is not a valid Sourceline timeline (2 problems): source "gazette-2021-11-21" › url (line 24, column 4): must be an http(s) address; event "study-recommends-cable-stays" › excerpts[0].quote (line 89, column 6): not found verbatim in source "courier-2016-08-25"; closest passage (line 5): "The engineers\' report, released on Wednesday, recommends a cable-stayed design.".'
		],
		[
			'broken-bad-month.csv',
			'broken-bad-month.csv: row 3 "Thirteenth month": column "Month" is 13; a month must be 1–12.'
		],
		['broken-unclosed-quote.csv', 'broken-unclosed-quote.csv: row 3: a quoted cell is never closed (a " is missing).'],
		[
			'broken-not-a-sheet.csv',
			'broken-not-a-sheet.csv is not a timeline Sourceline can open: it is not JSON, and as a CSV sheet its first row ("Name", "Email", "Phone") lacks TimelineJS\'s "Headline" and "Year" (or "Start Date") columns.'
		],
		[
			'broken-bad-utf8.csv',
			'broken-bad-utf8.csv is not UTF-8 text: byte 0xE9 at byte offset 43 does not start a valid UTF-8 character. It may be saved as Windows-1252 or Latin-1; save it as UTF-8 and import it again.'
		]
	])('%s', (name, message) => {
		expect(error(name)).toBe(message);
	});

	it('refuses malformed UTF-8 bytes made in the test, with their offset', () => {
		const result = importTimelineBytes(new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), 'made.json');
		expect(!result.ok && result.error).toContain('byte 0xC3 at byte offset 2');
	});

	it('refuses a Sourceline document nested far too deep, like any other file', () => {
		const deep = JSON.stringify({ ...syntheticTimeline(2), title: 'DEEP' }).replace(
			'"DEEP"',
			'['.repeat(50_000) + ']'.repeat(50_000)
		);
		const result = importTimeline(deep, 'deep.json');
		expect(!result.ok && result.error).toBe(
			'deep.json is not a valid Sourceline timeline: the document: nested more than 100 levels deep; no timeline needs that, so it is refused.'
		);
	});

	it('names a file without a name "the file"', () => {
		expect(importTimeline('')).toEqual({ ok: false, error: 'the file is empty.' });
		expect(importTimelineBytes(new Uint8Array(), undefined)).toEqual({ ok: false, error: 'the file is empty.' });
	});
});

describe('importTimeline: size limit', () => {
	it('refuses text over the limit, saying the size and the limit', () => {
		expect(importTimeline('x'.repeat(2048), 'big.json', { maxBytes: 1024 })).toEqual({
			ok: false,
			error: 'big.json is 2 KB; the limit is 1 KB.'
		});
		expect(importTimeline('é'.repeat(600), 'wide.csv', { maxBytes: 1024 })).toEqual({
			ok: false,
			error: 'wide.csv is 1.2 KB; the limit is 1 KB.'
		});
	});

	it('refuses a file over the default 20 MB without parsing it', () => {
		const size = DEFAULT_MAX_BYTES + 1024 * 1024;
		const huge = `{"events": [${' '.repeat(size - 14)}]}`;
		expect(importTimeline(huge, 'huge.json')).toEqual({ ok: false, error: 'huge.json is 21 MB; the limit is 20 MB.' });
		expect(importTimelineBytes(new Uint8Array(size), 'huge.csv')).toEqual({
			ok: false,
			error: 'huge.csv is 21 MB; the limit is 20 MB.'
		});
	});
});

describe('importTimeline: progress and warnings', () => {
	it('reports progress from 0 to 1, never going back', () => {
		const seen: number[] = [];
		const events = Array.from({ length: 200 }, (_, i) => ({
			start_date: { year: 2000 + (i % 20) },
			text: { headline: `E${i}` }
		}));
		const result = importTimeline(JSON.stringify({ events }), 'many.json', { onProgress: (f) => seen.push(f) });
		expect(result.ok).toBe(true);
		expect(seen[0]).toBe(0);
		expect(seen.at(-1)).toBe(1);
		expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
		expect(seen.length).toBeGreaterThan(5);
	});

	it(`keeps at most ${MAX_WARNINGS} warnings and counts the rest`, () => {
		const events = Array.from({ length: 80 }, () => ({
			start_date: { year: 2016 },
			unique_id: 'same',
			text: { headline: 'E' }
		}));
		const result = importTimeline(JSON.stringify({ events }), 'dupes.json');
		expect(result.ok && result.warnings.length).toBe(MAX_WARNINGS + 1);
		expect(result.ok && result.warnings.at(-1)).toBe('…and 29 more warnings.');
	});

	it('turns unexpected errors into a result rather than a throw', () => {
		const events = [{ start_date: { year: 2016 }, text: { headline: 'x' } }];
		const result = importTimeline(JSON.stringify({ events }), 'x.json', {
			onProgress: () => {
				throw new Error('boom');
			}
		});
		expect(result).toEqual({ ok: false, error: 'x.json could not be imported because of an unexpected error (boom).' });
	});
});

describe('helpers', () => {
	it('counts UTF-8 bytes like TextEncoder', () => {
		for (const text of ['', 'abc', 'é', '✓', '𝄞', 'a\ud800b'])
			expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
	});

	it('re-exports validateSourceUrl', () => {
		expect(validateSourceUrl('javascript:alert(1)').ok).toBe(false);
	});
});
