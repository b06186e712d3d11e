import { describe, expect, it } from 'vitest';
import { countMatches, placesOn, prf, scores, timelineWindow } from './score';

const span = (index: number, end: number, value = '2010') => ({ index, end, type: 'DATE', value });

describe('countMatches', () => {
	it('counts strict, relaxed and value matches, each gold expression once', () => {
		const gold = [span(0, 10, '2010-06-07'), span(20, 25, '2010'), span(40, 45)];
		const system = [span(0, 10, '2010-06-07'), span(18, 23, '2011'), span(22, 24, '2010'), span(60, 65)];
		expect(countMatches(gold, system)).toEqual({ gold: 3, system: 4, strict: 1, relaxed: 2, value: 1 });
	});

	it('makes F1 from precision and recall, and zero from nothing', () => {
		expect(prf(1, 2, 4).f1).toBeCloseTo(1 / 3);
		expect(prf(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
		expect(scores({ gold: 2, system: 2, strict: 1, relaxed: 2, value: 2 }).relaxed.f1).toBe(1);
	});
});

describe('placesOn', () => {
	const day = timelineWindow('2010-06-07')!;
	it('takes the day itself or a week ending on it, not the month or the year', () => {
		expect(placesOn(day, { start: '2010-06-07', end: '2010-06-07' })).toBe(true);
		expect(placesOn(day, { start: '2010-06-01', end: '2010-06-08' })).toBe(true);
		expect(placesOn(day, { start: '2010-06', end: '2010-06' })).toBe(false);
		expect(placesOn(day, { start: '2010-06-08', end: '2010-06-08' })).toBe(false);
	});

	it('reads a month or a year at that granularity, and no date at all', () => {
		const month = timelineWindow('2010-06-XX')!;
		expect(placesOn(month, { start: '2010-06', end: '2010-06' })).toBe(true);
		expect(placesOn(month, { start: '2010-06-07', end: '2010-06-07' })).toBe(true);
		expect(placesOn(month, { start: '2010', end: '2010' })).toBe(false);
		expect(timelineWindow('XXXX-XX-XX')).toBeNull();
	});
});
