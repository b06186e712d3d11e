import { describe, expect, it } from 'vitest';
import type { LayoutInput } from './layout';
import { splitOngoing } from './ongoing';

const DAY = 86_400_000;
const item = (id: string, lane: string, startDay: number, days: number, point = false): LayoutInput => ({
	id,
	lane,
	start: startDay * DAY,
	end: (startDay + days) * DAY,
	point,
	label: id
});
// One pixel a day, a 100-day view.
const x = (ms: number) => ms / DAY;

describe('splitOngoing', () => {
	it('keeps points and short bands in the rows and sets long bands apart as stripes', () => {
		const items = [item('year', 'a', -200, 365), item('week', 'a', 10, 7), item('day', 'a', 50, 1, true)];
		const { ongoing, stripes } = splitOngoing(items, x, 100, { lanes: ['a'] });
		expect(items.filter((i) => !ongoing.has(i.id)).map((i) => i.id)).toEqual(['week', 'day']);
		expect(stripes).toEqual([{ id: 'year', lane: 'a', stripe: 0, x0: -200, x1: 165 }]);
	});

	it('stacks stripes per lane and counts what does not fit', () => {
		const items = ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => item(id, 'a', 0, 90));
		const other = item('b1', 'b', 0, 90);
		const { stripes, overflow, ongoing } = splitOngoing([...items, other], x, 100, {
			lanes: ['a', 'b'],
			maxStripes: 3
		});
		expect(stripes.filter((s) => s.lane === 'a').map((s) => s.stripe)).toEqual([0, 1, 2]);
		expect(overflow.get('a')).toBe(2);
		// The overflowing ones are counted in the lane header, not drawn in the rows either.
		expect(ongoing.size).toBe(6);
		expect(stripes.find((s) => s.id === 'b1')?.stripe).toBe(0);
	});

	it('leaves long bands that are wholly off screen to the row layout, which skips them', () => {
		const { ongoing, stripes } = splitOngoing([item('past', 'a', -500, 300)], x, 100, { lanes: ['a'] });
		expect(stripes).toEqual([]);
		expect(ongoing.size).toBe(0);
	});

	it('sends an unknown lane to the last lane, as the row layout does', () => {
		const { stripes } = splitOngoing([item('x', 'nope', 0, 90)], x, 100, { lanes: ['a', 'b'] });
		expect(stripes[0].lane).toBe('b');
	});
});
