import { describe, expect, it } from 'vitest';
import { findJsonProblem, lineColumn, MAX_JSON_DEPTH, parseJsonText } from './json-text';

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
		expect(lineColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
		expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
		expect(lineColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
	});
});
