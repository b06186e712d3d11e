import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';

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
