import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { SHIFTS, findRead, gluedBefore, readParts, tag, tagged, withReading } from './chrono-parsing';

describe('chrono parsing', () => {
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

	it('hands back the reading a parser kept beside its result, and skips what it looks at glued to a number', () => {
		const parser: chrono.Parser = {
			pattern: () => /\b20\d\d\b/,
			extract: (context, match) => {
				if (gluedBefore(context, match.index!)) return null;
				const value = { start: match[0], end: match[0], precision: 'year' as const, approximate: false };
				return withReading(context.createParsingResult(match.index!, match[0]), { kind: 'year', rank: 0, value });
			}
		};
		const found = findRead(new chrono.Chrono({ parsers: [parser], refiners: [] }), 'in 2012, not $2013 or 4.2014');
		expect(found.map((item) => [item.index, item.end, item.kind, item.resolve(undefined, undefined)?.start])).toEqual([
			[3, 7, 'year', '2012']
		]);
	});

	it('reads written parts against the anchor for the year they lack, wrapping a range into the next year', () => {
		const text = { start: '2012', end: '2012' };
		expect(readParts({ month: 5, day: 4 }, undefined, false)(text, undefined)).toMatchObject({
			start: '2012-05-04',
			approximate: true
		});
		expect(readParts({ month: 12, day: 28 }, { month: 1, day: 3 }, false)(undefined, 2015)).toMatchObject({
			start: '2015-12-28',
			end: '2016-01-03'
		});
		expect(readParts({ month: 5, year: 1998 }, { month: 9, year: 1999 }, true)(undefined, undefined)).toMatchObject({
			start: '1998-05',
			end: '1999-09',
			approximate: true
		});
		expect(readParts({ month: 5, day: 4 }, undefined, false)(undefined, undefined)).toBeNull();
	});
});
