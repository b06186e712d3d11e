import { describe, expect, it } from 'vitest';
import { densityBins } from './density';

describe('densityBins', () => {
	it('counts windows at their midpoints into equal bins across the domain', () => {
		const bins = densityBins(
			[
				{ start: 0, end: 10 },
				{ start: 10, end: 20 },
				{ start: 30, end: 32 },
				{ start: 98, end: 100 },
				{ start: 200, end: 300 }
			],
			[0, 100],
			4
		);
		expect(bins).toEqual([
			{ x0: 0, x1: 25, count: 2 },
			{ x0: 25, x1: 50, count: 1 },
			{ x0: 50, x1: 75, count: 0 },
			{ x0: 75, x1: 100, count: 1 }
		]);
	});

	it('takes midpoints directly, includes the domain end, and handles degenerate input', () => {
		expect(densityBins([0, 50, 100], [0, 100], 2).map((b) => b.count)).toEqual([1, 2]);
		expect(densityBins([1, 2, 3], [0, 100], 1)).toEqual([{ x0: 0, x1: 100, count: 3 }]);
		expect(densityBins([], [0, 100], 3).map((b) => b.count)).toEqual([0, 0, 0]);
		expect(densityBins([1], [5, 5], 3)).toEqual([]);
		expect(densityBins([1], [0, 10], 0)).toEqual([]);
	});
});
