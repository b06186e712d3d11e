import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineDocument } from '../model/timeline';
import { checkTimelineDocument } from './check';
import { ImportError, Warnings } from './result';
import { columnKey, isTimelineJsHeader, parseDateCell, parseTime, timelineJsCsvToDocument } from './timelinejs-csv';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

function convert(text: string, fileLabel = 's.csv'): { document: TimelineDocument; warnings: string[] } {
	const warnings = new Warnings();
	const timelineDocument = timelineJsCsvToDocument(text, { fileLabel, fallbackTitle: 'Fallback', warnings });
	const checked = checkTimelineDocument(timelineDocument, fileLabel);
	if (!checked.ok) throw new Error(checked.error);
	return { document: timelineDocument, warnings: warnings.list() };
}

function failure(text: string): string {
	try {
		convert(text);
	} catch (error) {
		if (error instanceof ImportError) return error.message;
		throw error;
	}
	throw new Error('expected the import to fail');
}

const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Type,Group';

describe('TimelineJS sheet: sheet.csv (BOM, CRLF, quoted commas and newlines, a blank row)', () => {
	const text = fixture('sheet.csv');
	const { document: timelineDocument, warnings } = convert(text, 'sheet.csv');

	it('is the fixture it claims to be', () => {
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text).toContain('\r\n');
	});

	it('takes the title row as the document title and the era row as a period', () => {
		expect(timelineDocument.title).toBe('Harbor Bridge (sheet)');
		expect(timelineDocument.periods).toEqual([{ id: 'planning', label: 'Planning', start: '2014', end: '2017' }]);
		expect(warnings).toEqual([]);
	});

	it('keeps quoted commas, doubled quotes and newlines inside cells', () => {
		const [proposal, study] = timelineDocument.events;
		expect(proposal.title).toBe('City proposes a bridge, at last');
		expect(proposal.summary).toBe('The memo says: "a fixed crossing, not another ferry".');
		expect(study.summary).toBe(
			'First paragraph of the report summary.\n\nSecond paragraph, on a new line in the cell.'
		);
		expect(timelineDocument.sources[1]).toMatchObject({
			outlet: 'Harbor Engineering Group, consultants',
			cites: ["The report's cover"],
			url: 'https://example.org/harbor/report.pdf'
		});
	});

	it('reads dates, times and spans from the Year…End Time columns', () => {
		expect(timelineDocument.events.map((event) => event.date)).toEqual([
			{ start: '2014', end: '2014', precision: 'year', approximate: false, text: '2014' },
			{ start: '2016-08-24', end: '2016-08-24', precision: 'day', approximate: false, text: '24 Aug 2016, 14:30' },
			{ start: '2018-05', end: '2021-11', precision: 'span', approximate: false, text: 'May 2018 – Nov 2021' },
			{
				start: '2021-11-20',
				end: '2021-11-20',
				precision: 'day',
				approximate: false,
				text: 'Saturday, 20 November 2021, 10:15'
			}
		]);
	});

	it('makes Group a lane', () => {
		expect(timelineDocument.tags.map((tag) => tag.label)).toEqual(['Council', 'Construction', 'Community']);
		expect(timelineDocument.events.map((event) => event.tags[0])).toEqual([
			'council',
			'construction',
			'construction',
			'community'
		]);
	});
});

describe('TimelineJS sheet: sheet-start-date.csv (Start Date / End Date columns)', () => {
	const { document: timelineDocument, warnings } = convert(fixture('sheet-start-date.csv'), 'sheet-start-date.csv');

	it('reads ISO, US and written dates, with times and spans', () => {
		expect(timelineDocument.events.map((event) => [event.date.start, event.date.end, event.date.precision])).toEqual([
			['2014', '2014', 'year'],
			['2015-03', '2015-03', 'month'],
			['2016-08-24', '2016-08-24', 'day'],
			['2017-01-09', '2017-01-09', 'day'],
			['2018-05', '2021-11', 'span'],
			['2021-11-20', '2021-11-20', 'day']
		]);
		expect(timelineDocument.events[3].date.text).toBe('9 Jan 2017, 09:00–11:30');
	});

	it('reads a Unique ID column, and names ignored columns in a warning', () => {
		expect(timelineDocument.events[0].id).toBe('proposal');
		expect(warnings).toEqual(['sheet-start-date.csv: ignored columns "Notes".']);
	});

	it('takes the file name as title when there is no title row', () => {
		expect(timelineDocument.title).toBe('Fallback');
	});
});

describe('TimelineJS sheet: rows and columns', () => {
	it('skips blank rows and counts spreadsheet rows (header = row 1) across multi-line cells', () => {
		const text = `${HEADER}\n2016,,,,,,,,,"Two\nlines",x,,\n\n2016,13,,,,,,,,Bad,x,,\n`;
		expect(failure(text)).toBe('s.csv: row 4 "Bad": column "Month" is 13; a month must be 1–12.');
	});

	it.each([
		[`${HEADER}\n2016,8,24,25:99,,,,,,T,x,,`, 's.csv: row 2 "T": column "Time" is "25:99", which is not a time'],
		[`${HEADER}\n,8,24,,,,,,,T,x,,`, 'row 2 "T": column "Month" is given but the year (column "Year") is missing.'],
		[`${HEADER}\n,,,,,,,,,T,x,,`, 'row 2 "T": has no date: column "Year" is missing or empty'],
		[`${HEADER}\n2016,,,,2017,2,30,,,T,x,,`, 'row 2 "T": column "End Day" is 30; a day of 2017-02 must be 1–28.'],
		[
			`${HEADER}\n2016,,,,,4,,,,T,x,,`,
			'row 2 "T": column "End Month" is given but the year (column "End Year") is missing.'
		],
		[`${HEADER}\n-50,,,,,,,,,T,x,,`, 'row 2 "T": column "Year" is -50: BCE (negative) years are not supported'],
		[
			`Start Date,Headline\nyesterday,T`,
			'row 2 "T": column "Start Date" is "yesterday", which is not a date this importer reads'
		],
		[`${HEADER}\n2016,,,,,,,,,T,"open quote,,\n`, 's.csv: row 2: a quoted cell is never closed'],
		[`${HEADER}\n`, 's.csv: has no events.'],
		[
			'Name,Email\nAda,a@example.org',
			'is not a TimelineJS sheet: its header row (row 1) lacks a "Headline" column; found "Name", "Email".'
		],
		['Headline,Text\nAda,x', 'lacks a "Year" (or "Start Date") column']
	])('reports %j', (text, message) => {
		expect(failure(text)).toContain(message);
	});

	it('reads semicolon-separated sheets', () => {
		const { document: timelineDocument } = convert('Year;Month;Headline;Text\n2016;8;"Semi; colon";Body\n');
		expect(timelineDocument.events[0]).toMatchObject({ title: 'Semi; colon', date: { start: '2016-08' } });
	});

	it('accepts a "Tag" column as the group, and a second title row as an event with a warning', () => {
		const { document: timelineDocument, warnings } = convert(
			'Year,Headline,Text,Type,Tag\n,Title,,title,\n2016,Again,x,title,Lane\n'
		);
		expect(timelineDocument.title).toBe('Title');
		expect(timelineDocument.events[0]).toMatchObject({ title: 'Again', tags: ['lane'] });
		expect(warnings[0]).toContain('a second title row is imported as an event');
	});

	it('prefers Year/Month/Day over Start Date when both are filled', () => {
		const { document: timelineDocument } = convert('Year,Month,Start Date,Headline\n2016,5,2010-01-01,Both\n');
		expect(timelineDocument.events[0].date.start).toBe('2016-05');
	});
});

describe('parseTime', () => {
	it.each([
		['14:30', { hour: 14, minute: 30, second: undefined }],
		['2:30 PM', { hour: 14, minute: 30, second: undefined }],
		['12:05 a.m.', { hour: 0, minute: 5, second: undefined }],
		['12 pm', { hour: 12, minute: 0, second: undefined }],
		['1430', { hour: 14, minute: 30, second: undefined }],
		['9.15', { hour: 9, minute: 15, second: undefined }],
		['23:59:58', { hour: 23, minute: 59, second: 58 }]
	])('reads %j', (raw, parts) => {
		expect(parseTime(raw)).toEqual(parts);
	});

	it.each(['14', '25:00', '13 PM', 'noon', '12:60'])('refuses %j', (raw) => {
		expect(parseTime(raw)).toBeNull();
	});
});

describe('parseDateCell', () => {
	it.each([
		['2016', { year: 2016 }],
		['2016-08', { year: 2016, month: 8 }],
		['2016-08-24', { year: 2016, month: 8, day: 24 }],
		['2016-08-24T14:30:00Z', { year: 2016, month: 8, day: 24, hour: 14, minute: 30, second: 0 }],
		['8/24/2016', { year: 2016, month: 8, day: 24 }],
		['24/8/2016', { year: 2016, month: 8, day: 24 }],
		['8/2016', { year: 2016, month: 8 }],
		['24.8.2016', { year: 2016, month: 8, day: 24 }],
		['24 August 2016', { year: 2016, month: 8, day: 24 }],
		['Aug. 24, 2016', { year: 2016, month: 8, day: 24 }],
		['August 2016', { year: 2016, month: 8 }],
		['8/24/2016 2:30 PM', { year: 2016, month: 8, day: 24, hour: 14, minute: 30 }]
	])('reads %j', (raw, parts) => {
		expect(parseDateCell(raw)).toMatchObject(parts);
	});

	it.each(['yesterday', '2016/08/24/1', 'Smarch 2016', '2016-08-24 25:00'])('refuses %j', (raw) => {
		expect(parseDateCell(raw)).toBeNull();
	});
});

describe('headers', () => {
	it('matches column names ignoring case, spaces, underscores and a BOM', () => {
		expect(columnKey('\ufeffEnd_Year ')).toBe('endyear');
		expect(isTimelineJsHeader(['year', 'HEADLINE'])).toBe(true);
		expect(isTimelineJsHeader(['Start Date', 'Headline'])).toBe(true);
		expect(isTimelineJsHeader(['Date', 'Headline'])).toBe(false);
	});
});
