import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, fileLabelOf } from './detect';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
	it.each([
		['sourceline-basic.json', 'sourceline'],
		['tljs-basic.json', 'timelinejs-json'],
		['tljs-eras-groups.json', 'timelinejs-json'],
		['hostile.json', 'timelinejs-json'],
		['sheet.csv', 'timelinejs-csv'],
		['sheet-start-date.csv', 'timelinejs-csv'],
		['broken-no-date.json', 'timelinejs-json'],
		['broken-sourceline-bad-quote.json', 'sourceline']
	])('detects %s as %s', (name, format) => {
		expect(detectFormat(fixture(name), name)).toBe(format);
	});

	it('goes by content, not by the file name', () => {
		expect(detectFormat(fixture('sheet.csv'), 'misnamed.json')).toBe('timelinejs-csv');
		expect(detectFormat(fixture('tljs-basic.json'), 'misnamed.csv')).toBe('timelinejs-json');
		expect(detectFormat(fixture('tljs-basic.json'))).toBe('timelinejs-json');
	});

	it('detects a Sourceline document by its excerpts even without sources', () => {
		expect(detectFormat('{"events": [{"excerpts": []}]}')).toBe('sourceline');
	});

	it.each([
		['', 'x.json is empty.'],
		['  \n\ufeff ', 'x.json is empty.'],
		['PK\u0003\u0004rest', 'x.json is a ZIP archive (an Excel or Numbers workbook?)'],
		['abc\u0000def', 'x.json is a binary file, not text'],
		['<!DOCTYPE html><html>', 'x.json is an HTML or XML page, not a timeline'],
		['{"events": [1,]}', "x.json is not valid JSON: line 1, column 15: a trailing comma before ']'."],
		['[1, 2]', 'x.json holds a list, not a timeline'],
		['{"name": "pkg"}', 'x.json is JSON but not a timeline: it has no "events" list (its top-level keys are "name").'],
		['{}', 'it has no "events" list (it is empty)'],
		['{"timeline": {"date": []}}', 'x.json is in the old TimelineJS 2 format'],
		['Name,Email\nAda,a@example.org', 'as a CSV sheet its first row ("Name", "Email") lacks TimelineJS']
	])('explains why %j is not a timeline', (text, message) => {
		const result = detectFormat(text, 'x.json');
		expect(typeof result).toBe('object');
		expect((result as { error: string }).error).toContain(message);
	});

	it('reports the deep-nesting fixture without recursing', () => {
		expect(detectFormat(fixture('broken-deep-nesting.json'), 'broken-deep-nesting.json')).toEqual({
			error:
				'broken-deep-nesting.json is nested more than 100 levels deep (at line 1, column 180); no timeline needs that, so it is refused.'
		});
	});
});

describe('fileLabelOf', () => {
	it('uses the base name, or "the file"', () => {
		expect(fileLabelOf('C:\\Users\\me\\t.json')).toBe('t.json');
		expect(fileLabelOf('/tmp/a/b.csv')).toBe('b.csv');
		expect(fileLabelOf(undefined)).toBe('the file');
		expect(fileLabelOf('  ')).toBe('the file');
	});
});
