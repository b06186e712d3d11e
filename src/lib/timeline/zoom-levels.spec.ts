import { describe, expect, it } from 'vitest';
import { LevelCache, levelAt, levelScale } from './zoom-levels';

describe('zoom levels', () => {
	it('puts a scale at the level at or just below it', () => {
		for (const level of [-3, 0, 7, 20]) {
			expect(levelAt(levelScale(level))).toBe(level);
			expect(levelAt(levelScale(level) * 1.4)).toBe(level);
			expect(levelAt(levelScale(level) * 1.42)).toBe(level + 1);
		}
	});

	it('computes each level once and drops the oldest beyond its capacity', () => {
		const computed: number[] = [];
		const cache = new LevelCache((level) => (computed.push(level), { level }), 2);
		expect(cache.get(1)).toBe(cache.get(1));
		cache.get(2);
		cache.get(3);
		cache.get(1);
		expect(computed).toEqual([1, 2, 3, 1]);
	});
});
