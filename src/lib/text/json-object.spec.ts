import { describe, expect, it } from 'vitest';
import { isJsonObject } from './json-object';

describe('isJsonObject', () => {
	it('is true of objects with fields, empty or not, and of nothing else JSON.parse returns', () => {
		expect(isJsonObject(JSON.parse('{}'))).toBe(true);
		expect(isJsonObject(JSON.parse('{"events": []}'))).toBe(true);
		for (const text of ['[]', '[{}]', 'null', '"text"', '3', 'true'])
			expect(isJsonObject(JSON.parse(text))).toBe(false);
	});
});
