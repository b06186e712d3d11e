import { describe, expect, it } from 'vitest';
import { bandClip, marksInView } from './in-view';
import { labelShapes } from './label-lines';
import { layoutLevel } from './level-layout';
import type { LayoutItem } from './layout-units';

const DAY = 86_400_000;
const item = (title: string, startDay: number, endDay = startDay + 1): LayoutItem => ({
	id: title,
	lane: 0,
	start: startDay * DAY,
	end: endDay * DAY,
	point: endDay - startDay === 1,
	shapes: labelShapes(title, (text) => text.length * 7)
});

describe('marksInView at the right edge', () => {
	it('writes a title over its own band, from its marker, when it fits whole only there', () => {
		// At 1 px a day: a 200-day band from day 100, its marker at 200; the title takes 141 px. After the band it would
		// end at 445 px, beyond a view 420 px wide; before the band or before the marker, the first title leaves too
		// little room; from the marker to the edge there are about 200 px.
		const items = [item('An earlier', 0), item('A long enough title', 100, 300)];
		const level = layoutLevel(items, 1 / DAY, { laneCount: 1, maxRows: 1, maxLine: 320, minLabel: 40 });
		const drawn = marksInView(level, items, { r0: 0, d0: 0, perMs: 1 / DAY }, 420, 40);
		const [earlier, banded] = drawn.events;
		expect(banded.label).toMatchObject({ side: 'right', truncated: false, onBand: true, width: 141 });
		expect(banded.label!.left).toBeGreaterThan(banded.x);
		expect(banded.label!.left + banded.label!.width).toBeLessThanOrEqual(416);
		expect(earlier.right).toBeLessThan(banded.left);
	});
});

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
