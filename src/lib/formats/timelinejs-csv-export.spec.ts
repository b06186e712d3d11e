import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TimelineDocument } from '../model/timeline';
import { validateTimelineData } from '../data/validate';
import { fixture, load } from './import-fixture';
import { defuseFormula, exportTimelineJsCsv, SHEET_COLUMNS, toTimelineJsSheet } from './timelinejs-csv-export';
import { exportTimelineJsJson } from './timelinejs-export';

/**
 * What an event is to a reader, ids aside (a sheet has no id column): its dates at their precision, title, text and
 * lane, in date order then by title (ids break ties in a document's order, and the sheet's ids are new). The date's
 * own wording (`date.text`) is not written, as in the JSON export: TimelineJS shows the date as Sourceline does.
 */
function events(doc: TimelineDocument) {
	const lanes = new Map(doc.tags.map((tag) => [tag.id, tag.label]));
	return doc.events
		.map((event) => ({
			title: event.title,
			summary: event.summary,
			date: [event.date.start, event.date.end, event.date.precision, event.date.approximate],
			lane: lanes.get(event.tags[0])
		}))
		.sort((a, b) => a.date[0].toString().localeCompare(b.date[0].toString()) || a.title.localeCompare(b.title));
}

/** Seasons and quarters have no place in TimelineJS: they go as month spans. */
const asExported = (precision: string) => (precision === 'season' || precision === 'quarter' ? 'span' : precision);

/** The built-in timeline, from timeline-data/ as the build reads it. */
function builtIn(): TimelineDocument {
	const root = join(import.meta.dirname, '../../../timeline-data');
	const files: Record<string, string> = {};
	for (const name of readdirSync(root))
		if (name.endsWith('.json')) files[name] = readFileSync(join(root, name), 'utf8');
	for (const name of readdirSync(join(root, 'sources'))) {
		files[`sources/${name}`] = readFileSync(join(root, 'sources', name), 'utf8');
	}
	const { document, problems } = validateTimelineData(files);
	if (!document) throw new Error(problems.map((problem) => problem.message).join('\n'));
	return document;
}

describe('exporting as a TimelineJS sheet', () => {
	const doc = load(fixture('sourceline-basic.json'), 'sourceline-basic.json');
	const [header, title, ...rows] = toTimelineJsSheet(doc);
	const cell = (row: string[], column: (typeof SHEET_COLUMNS)[number]) => row[header.indexOf(column)];

	it('has the columns of TimelineJS’s template, a title row, a row per event and one per era', () => {
		expect(header).toEqual([...SHEET_COLUMNS]);
		expect(header.slice(0, 4)).toEqual(['Year', 'Month', 'Day', 'Time']);
		expect(cell(title, 'Type')).toBe('title');
		expect(cell(title, 'Headline')).toBe('Harbor Bridge, from the reporting');
		expect(rows).toHaveLength(doc.events.length + doc.periods.length);
		expect(rows.map((row) => cell(row, 'Type'))).toEqual(['', '', '', 'era']);
	});

	it('writes dates at their precision, the date as shown, lanes as groups', () => {
		const [expected, study] = rows;
		expect([cell(study, 'Year'), cell(study, 'Month'), cell(study, 'Day'), cell(study, 'End Year')]).toEqual([
			'2016',
			'8',
			'24',
			''
		]);
		expect([cell(expected, 'Month'), cell(expected, 'Day'), cell(expected, 'End Month')]).toEqual(['3', '', '5']);
		expect(cell(expected, 'Display Date')).toBe('spring 2015');
		expect(rows.slice(0, 3).map((row) => cell(row, 'Group'))).toEqual(['Council', 'Construction', 'Construction']);
		expect(cell(study, 'Media')).toBe('https://example.org/courier/2016/08/25/bridge-study');
	});

	it('quotes commas, quotes and line breaks so a spreadsheet reads each cell whole', () => {
		const tricky = { ...doc, events: [{ ...doc.events[0], title: 'A "quoted", two-part\ntitle' }] };
		const csv = exportTimelineJsCsv(tricky);
		expect(csv.endsWith('\r\n')).toBe(true);
		const parsed = Papa.parse<string[]>(csv.trimEnd(), { header: false }).data;
		expect(parsed).toEqual(toTimelineJsSheet(tricky));
		expect(parsed[2][header.indexOf('Headline')]).toBe('A &#34;quoted&#34;, two-part\ntitle');
	});

	it('never writes a cell a spreadsheet would run as a formula', () => {
		expect(defuseFormula('=HYPERLINK("x")')).toBe('&#61;HYPERLINK("x")');
		expect(defuseFormula('-5 degrees')).toBe('&#45;5 degrees');
		expect(defuseFormula('@home')).toBe('&#64;home');
		expect(defuseFormula('Plain')).toBe('Plain');
		const hostile = { ...doc, events: [{ ...doc.events[1], title: '=1+1', summary: '+cmd' }] };
		const sheet = toTimelineJsSheet(hostile);
		for (const row of sheet) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
		const again = load(exportTimelineJsCsv(hostile), 'hostile.csv');
		expect(again.events[0].title).toBe('=1+1');
		expect(again.events[0].summary.startsWith('+cmd')).toBe(true);
	});
});

describe('CSV round trips', () => {
	it.each(['tljs-basic.json', 'tljs-eras-groups.json', 'sheet.csv', 'sheet-start-date.csv', 'hostile.json'])(
		'%s → import → CSV export → import gives the same events and periods',
		(name) => {
			const first = load(fixture(name), name);
			const second = load(exportTimelineJsCsv(first), 'exported.csv');
			expect(second.title).toBe(first.title);
			expect(events(second)).toEqual(events(first));
			expect(second.periods).toEqual(first.periods);
			expect(load(exportTimelineJsCsv(second), 'again.csv')).toEqual(second);
		}
	);

	it.each([
		['sourceline-basic.json', () => load(fixture('sourceline-basic.json'), 'sourceline-basic.json')],
		['the built-in timeline', builtIn]
	])('%s: the CSV opens as the TimelineJS JSON does, with the same events', (_name, read) => {
		const doc = read();
		const fromCsv = load(exportTimelineJsCsv(doc), 'export.csv');
		const fromJson = load(exportTimelineJsJson(doc), 'export.json');
		expect(events(fromCsv)).toEqual(events(fromJson));
		const byTitle = new Map(fromCsv.events.map((event) => [event.title, event]));
		expect(byTitle.size).toBe(doc.events.length);
		for (const original of doc.events) {
			const event = byTitle.get(original.title)!;
			expect([event.date.start, event.date.end, event.date.precision]).toEqual([
				original.date.start,
				original.date.end,
				asExported(original.date.precision)
			]);
			// Its text keeps the summary and the words of every excerpt.
			if (original.summary !== original.title) expect(event.summary).toContain(original.summary.split('\n')[0]);
			for (const excerpt of original.excerpts) {
				expect(event.summary.replace(/\s+/g, ' ')).toContain(excerpt.quote.replace(/\s+/g, ' '));
			}
		}
		expect(fromCsv.periods.map(({ label, start, end }) => [label, start, end])).toEqual(
			doc.periods.map(({ label, start, end }) => [label, start, end])
		);
	});
});
