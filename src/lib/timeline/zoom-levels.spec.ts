import { describe, expect, it } from 'vitest';
import { LevelCache, levelAt, levelScale, levelsOutward } from './zoom-levels';

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

	it('finds the deepest level worked out at or below a level', () => {
		const cache = new LevelCache((level) => ({ level }));
		expect(cache.nearestAtOrBelow(5)).toBeUndefined();
		cache.get(2);
		cache.get(4);
		cache.get(9);
		expect(cache.nearestAtOrBelow(5)).toBe(4);
		expect(cache.nearestAtOrBelow(4)).toBe(4);
		expect(cache.nearestAtOrBelow(1)).toBeUndefined();
		expect(cache.has(9) && !cache.has(5)).toBe(true);
	});

	it('orders the levels to work out from the one in view outwards', () => {
		expect(levelsOutward(5, 3, 8)).toEqual([5, 6, 4, 7, 3, 8]);
		expect(levelsOutward(1, 3, 5)).toEqual([3, 4, 5]);
		expect(levelsOutward(4, 4, 4)).toEqual([4]);
	});
});
