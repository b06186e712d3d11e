import { describe, expect, it } from 'vitest';
import { bandClip } from './in-view';

describe('bandClip', () => {
	const WIDTH = 800;
	const clipAt = (r0: number) => bandClip({ r0, d0: 0, perMs: 1 }, WIDTH);

	it('cuts bands one to two widths beyond each edge of the view', () => {
		for (const r0 of [0, -1, -799.5, -800, -12345.6, 321]) {
			const [left, right] = clipAt(r0);
			expect(left).toBeLessThanOrEqual(-WIDTH);
			expect(left).toBeGreaterThan(-2 * WIDTH);
			expect(right).toBeGreaterThanOrEqual(2 * WIDTH);
			expect(right).toBeLessThanOrEqual(3 * WIDTH);
		}
	});

	it('keeps its edges in the layer’s pixels while a pan stays within one width', () => {
		const inLayer = (r0: number) => clipAt(r0).map((px) => px - r0);
		expect(inLayer(-1200)).toEqual(inLayer(-1599));
		expect(inLayer(-1200)).not.toEqual(inLayer(-1600));
	});
});
