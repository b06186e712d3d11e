import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from './json-depth';
import {
	findJsonProblem,
	formatPath,
	lineColumn,
	offsetOf,
	parseJsonText,
	parseJsonWithOffsets
} from './json-positions';

const error = (text: string) => {
	const result = parseJsonText(text, 'f.json');
	if (result.ok) throw new Error('expected a failure');
	return result.error;
};

describe('parseJsonText', () => {
	it('parses valid JSON', () => {
		const text = '{"a": [1, -2.5e3, true, false, null, {}, [], "x\\"\\u00e9\\n"]}';
		expect(parseJsonText(text, 'f.json')).toEqual({ ok: true, value: JSON.parse(text) });
	});

	it.each([
		['{"a":1,}', "line 1, column 8: a trailing comma before '}'"],
		['[1,2,]', "line 1, column 6: a trailing comma before ']'"],
		['{\n  "a" 1\n}', "line 2, column 7: expected ':' after a property name, found '1'"],
		['{"a":1', "line 1, column 7: the file ends inside an object (missing '}')"],
		['[1, 2', "line 1, column 6: the file ends inside a list (missing ']')"],
		['{a:1}', "line 1, column 2: expected a property name in double quotes, found 'a'"],
		['{"a":"x\ny"}', 'line 1, column 8: a string runs onto a new line'],
		['"never closed', 'line 1, column 1: a string is never closed'],
		['"\\x"', 'line 1, column 2: invalid escape \\x in a string'],
		['"\\u12"', 'line 1, column 2: invalid \\u escape'],
		['01', 'line 1, column 1: a number has a leading zero'],
		['1.', 'a number is malformed'],
		['{"a":1} x', "line 1, column 9: unexpected 'x' after the end of the JSON value"],
		['{"a":[1 2]}', "expected ',' or ']' after a list item, found '2'"],
		['{"a":1 "b":2}', "expected ',' or '}' after a property value"],
		['nul', "expected a value, found 'n'"],
		['{"a": undefined}', "expected a value, found 'u'"],
		["{'a': 1}", "expected a property name in double quotes, found '''"],
		['', 'there is no JSON value']
	])('reports %j with its line and column', (text, message) => {
		expect(error(text)).toContain(message);
		expect(error(text)).toMatch(/^f\.json is not valid JSON: /);
	});

	it('refuses nesting deeper than the limit without touching the stack', () => {
		const deep = '['.repeat(10_000) + ']'.repeat(10_000);
		expect(error(deep)).toBe(
			`f.json is nested more than ${MAX_JSON_DEPTH} levels deep (at line 1, column ${MAX_JSON_DEPTH + 1}); no timeline needs that, so it is refused.`
		);
		const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
		expect(parseJsonText(ok, 'f.json').ok).toBe(true);
	});

	it('leaves the depth to the caller when the limit is Infinity, and still locates a syntax error', () => {
		const deep = '['.repeat(10_000) + ']'.repeat(10_000);
		expect(parseJsonText(deep, 'f.json', Infinity).ok).toBe(true);
		expect(parseJsonText(`${'['.repeat(10_000)}}`, 'f.json', Infinity)).toEqual({
			ok: false,
			error: expect.stringMatching(/^f\.json is not valid JSON: line 1, column 10001: /)
		});
	});

	it('counts objects and lists alike, wherever the nesting is', () => {
		const objects = '{"a":'.repeat(MAX_JSON_DEPTH + 1) + '1' + '}'.repeat(MAX_JSON_DEPTH + 1);
		expect(error(objects)).toMatch(/nested more than 100 levels deep/);
		const mixed = `{"events":[1,{"a":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}]}`;
		expect(error(mixed)).toMatch(/nested more than 100 levels deep/);
		const sound = `{"events":[1,{"a":${'['.repeat(MAX_JSON_DEPTH - 3)}${']'.repeat(MAX_JSON_DEPTH - 3)}}]}`;
		expect(parseJsonText(sound, 'f.json').ok).toBe(true);
	});

	it('does not count brackets inside strings as nesting', () => {
		expect(findJsonProblem(`["${'['.repeat(500)}"]`)).toBeNull();
	});

	it('does not let "__proto__" keys pollute prototypes', () => {
		const result = parseJsonText('{"__proto__": {"polluted": true}}', 'f.json');
		expect(result.ok).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('lineColumn', () => {
	it('counts lines and columns from 1', () => {
		const text = 'ab\ncd\n\nef';
		expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
		expect(lineColumn(text, 4)).toEqual({ line: 2, column: 2 });
		expect(lineColumn(text, 7)).toEqual({ line: 4, column: 1 });
		expect(lineColumn(text, 99)).toEqual({ line: 4, column: 3 });
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
		const at = (path: (string | number)[]) => lineColumn(text, offsetOf(parsed.offsets(), path)!);
		expect(at(['events', 0, 'id'])).toEqual({ line: 3, column: 7 });
		expect(at(['events', 0, 'tags', 1])).toEqual({ line: 3, column: 32 });
		// A missing field falls back to its nearest parent.
		expect(at(['events', 0, 'summary'])).toEqual({ line: 3, column: 5 });
		expect(at([])).toEqual({ line: 1, column: 1 });
	});

	it('locates values under keys that are not identifiers, and in nested lists', () => {
		const text = '{"odd key": [[1, {"a b": 2}]]}';
		const parsed = parseJsonWithOffsets(text);
		if ('error' in parsed) throw new Error('should parse');
		expect(offsetOf(parsed.offsets(), ['odd key', 0, 1, 'a b'])).toBe(text.indexOf('"a b"'));
		expect(offsetOf(parsed.offsets(), ['odd key', 0, 1])).toBe(text.indexOf('{"a b"'));
	});

	it.each([
		['{"a":1,}', 7],
		['{"a": tru}', 6],
		['[1, 2', 5],
		['{"a": "x\ny"}', 8],
		['[1] 2', 4],
		['{"a" 1}', 5]
	])('finds the error offset in %j', (text, offset) => {
		const parsed = parseJsonWithOffsets(text);
		expect('error' in parsed && parsed.error.offset).toBe(offset);
		expect('error' in parsed && parsed.error.message).not.toMatch(/position|is not valid JSON/);
		expect('error' in parsed && parsed.error.message).toBe(findJsonProblem(text, Infinity)?.message);
	});
});
