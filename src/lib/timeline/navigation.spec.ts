import { describe, expect, it } from 'vitest';
import { nearestEventTo, nearestIndexTo, nextInDateOrder } from './navigation';

describe('nextInDateOrder', () => {
	const ids = ['a', 'b', 'c'];

	it('steps forward and back, stopping at the ends', () => {
		expect(nextInDateOrder(ids, 'a', 1)).toBe('b');
		expect(nextInDateOrder(ids, 'b', -1)).toBe('a');
		expect(nextInDateOrder(ids, 'c', 1)).toBeUndefined();
		expect(nextInDateOrder(ids, 'a', -1)).toBeUndefined();
	});

	it('starts from an end when nothing is current', () => {
		expect(nextInDateOrder(ids, undefined, 1)).toBe('a');
		expect(nextInDateOrder(ids, 'gone', -1)).toBe('c');
		expect(nextInDateOrder([], undefined, 1)).toBeUndefined();
	});
});

describe('nearestEventTo', () => {
	const items = [{ start: 10 }, { start: 20 }, { start: 20 }, { start: 40 }];

	it('finds the nearest start by binary search, the earlier on a tie', () => {
		expect(nearestEventTo(items, 0)).toBe(items[0]);
		expect(nearestEventTo(items, 14)).toBe(items[0]);
		expect(nearestEventTo(items, 15)).toBe(items[0]);
		expect(nearestEventTo(items, 16)).toBe(items[1]);
		expect(nearestEventTo(items, 31)).toBe(items[3]);
		expect(nearestEventTo(items, 99)).toBe(items[3]);
		expect(nearestIndexTo(items, 20)).toBe(1);
		expect(nearestEventTo([], 5)).toBeUndefined();
	});

	it('agrees with a linear scan', () => {
		const sorted = Array.from({ length: 50 }, (_, i) => ({ start: Math.floor((i * 37) % 23) * 5 })).sort(
			(a, b) => a.start - b.start
		);
		for (let ms = -10; ms < 130; ms += 3) {
			const best = Math.min(...sorted.map((item) => Math.abs(item.start - ms)));
			expect(Math.abs(nearestEventTo(sorted, ms)!.start - ms)).toBe(best);
		}
	});
});
