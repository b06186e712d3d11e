import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { SHIFTS, tag, tagged } from './chrono-tags';

describe('chrono tags', () => {
	it('carries a value on a chrono result and reads it back', () => {
		const parser: chrono.Parser = {
			pattern: () => /\bQ9\b/,
			extract: (context, match) => {
				const result = context.createParsingResult(match.index!, match[0], { year: 2010 });
				tag(result, 'quarter', 9);
				return result;
			}
		};
		const [result] = new chrono.Chrono({ parsers: [parser], refiners: [] }).parse('in Q9 then');
		expect(tagged(result, 'quarter')).toBe('9');
		expect(tagged(result, 'week')).toBeUndefined();
	});

	it('shifts back for last and previous, forward for next and coming', () => {
		expect([SHIFTS.this, SHIFTS.last, SHIFTS.previous, SHIFTS.next, SHIFTS.coming]).toEqual([0, -1, -1, 1, 1]);
	});
});
