import { describe, expect, it } from 'vitest';
import { formatEventDate } from './window';

describe('formatEventDate', () => {
	it('says a mid-year season as "mid-2016"', () => {
		expect(
			formatEventDate({ start: '2016-05', end: '2016-08', precision: 'season', approximate: false, text: 'mid-2016' })
		).toBe('mid-2016');
	});
});
