import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, lineColumnAt, offsetOf, parseJsonWithOffsets } from './problems';

describe('formatProblem', () => {
	it('formats the documented shape', () => {
		expect(
			formatProblem({
				file: 'timeline-data/events.json',
				line: 12,
				column: 5,
				eventId: 'lesotho-king',
				field: 'excerpts[0].quote',
				message: 'not found verbatim in source "x"'
			})
		).toBe('timeline-data/events.json:12:5 event "lesotho-king" › excerpts[0].quote: not found verbatim in source "x"');
	});

	it('works without a location or event', () => {
		expect(formatProblem({ file: 'a.json', message: 'file is missing' })).toBe('a.json file is missing');
		expect(formatProblem({ file: 'a.json', line: 3, subject: 'tag "x"', field: 'id', message: 'm' })).toBe(
			'a.json:3 tag "x" › id: m'
		);
	});
});

describe('lineColumnAt', () => {
	it('counts lines and columns from 1', () => {
		const text = 'ab\ncd\n\nef';
		expect(lineColumnAt(text, 0)).toEqual({ line: 1, column: 1 });
		expect(lineColumnAt(text, 4)).toEqual({ line: 2, column: 2 });
		expect(lineColumnAt(text, 7)).toEqual({ line: 4, column: 1 });
		expect(lineColumnAt(text, 99)).toEqual({ line: 4, column: 3 });
	});
});

describe('formatPath', () => {
	it('joins keys and indices', () => {
		expect(formatPath(['events', 3, 'excerpts', 0, 'quote'])).toBe('events[3].excerpts[0].quote');
		expect(formatPath([2, 'url'])).toBe('[2].url');
		expect(formatPath(['odd key'])).toBe('["odd key"]');
	});
});

describe('parseJsonWithOffsets', () => {
	it('records where each field is', () => {
		const text = '{\n  "events": [\n    { "id": "a", "tags": ["x", "y"] }\n  ]\n}';
		const parsed = parseJsonWithOffsets(text);
		if ('error' in parsed) throw new Error('should parse');
		expect(parsed.value).toEqual({ events: [{ id: 'a', tags: ['x', 'y'] }] });
		const at = (path: (string | number)[]) => lineColumnAt(text, offsetOf(parsed.offsets(), path)!);
		expect(at(['events', 0, 'id'])).toEqual({ line: 3, column: 7 });
		expect(at(['events', 0, 'tags', 1])).toEqual({ line: 3, column: 32 });
		// A missing field falls back to its nearest parent.
		expect(at(['events', 0, 'summary'])).toEqual({ line: 3, column: 5 });
	});

	it.each([
		['{"a":1,}', 7],
		['{"a": tru}', 9],
		['[1, 2', 5],
		['{"a": "x\ny"}', 8],
		['[1] 2', 4],
		['{"a" 1}', 5]
	])('finds the error offset in %j', (text, offset) => {
		const parsed = parseJsonWithOffsets(text);
		expect('error' in parsed && parsed.error.offset).toBe(offset);
		expect('error' in parsed && parsed.error.message).not.toMatch(/position|is not valid JSON/);
	});
});
