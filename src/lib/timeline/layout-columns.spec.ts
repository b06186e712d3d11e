import { describe, expect, it } from 'vitest';
import { labelWidth } from './label-width';
import { sortForLayout, type LayoutInput } from './layout';
import { clearSkipped, layoutColumns, markSkipped } from './layout-columns';

const DAY = 86_400_000;
const item = (id: string, lane: string, start: number, days: number, label = id): LayoutInput => ({
	id,
	lane,
	start,
	end: start + days * DAY,
	point: days === 1,
	label
});

const items = sortForLayout([
	item('a', 'x', 0, 1),
	item('b', 'y', 10 * DAY, 400),
	item('c', 'x', 20 * DAY, 30, ''),
	item('d', 'elsewhere', 30 * DAY, 1),
	item('e', 'x', 40 * DAY, 1)
]);

describe('layoutColumns', () => {
	it('holds each event’s numbers by its place in date order', () => {
		const columns = layoutColumns(items, ['x', 'y']);
		expect([...columns.start]).toEqual(items.map((i) => i.start));
		expect([...columns.mid]).toEqual(items.map((i) => i.start + (i.end - i.start) / 2));
		expect([...columns.point]).toEqual([1, 0, 0, 1, 1]);
		expect([...columns.label]).toEqual([labelWidth('a'), labelWidth('b'), 0, labelWidth('d'), labelWidth('e')]);
	});

	it('groups events by lane in date order, an unlisted lane’s events in the last lane', () => {
		const columns = layoutColumns(items, ['x', 'y']);
		expect(columns.lanes.map((lane) => [...lane.orders])).toEqual([
			[0, 2, 4],
			[1, 3]
		]);
	});

	it('keeps the latest end so far in each lane, which a long event holds up for those after it', () => {
		const columns = layoutColumns(items, ['x', 'y']);
		expect([...columns.lanes[1].latestEnd]).toEqual([410 * DAY, 410 * DAY]);
		expect([...columns.lanes[0].latestEnd]).toEqual([DAY, 50 * DAY, 50 * DAY]);
	});

	it('gives a repeated lane no events of its own: they go to its first place', () => {
		const columns = layoutColumns(items, ['x', 'y', 'x']);
		expect(columns.lanes.map((lane) => lane.orders.length)).toEqual([3, 1, 1]);
	});

	it('prepares a list once for the same lanes, and again for other lanes', () => {
		const first = layoutColumns(items, ['x', 'y']);
		expect(layoutColumns(items, ['x', 'y'])).toBe(first);
		expect(layoutColumns(items, ['y', 'x'])).not.toBe(first);
		expect(layoutColumns([...items], ['y', 'x']).lanes[0].orders).toEqual(new Int32Array([1]));
	});

	it('marks skipped events by id and clears them again, ignoring ids it does not hold', () => {
		const columns = layoutColumns(items, ['x', 'y']);
		const marked = markSkipped(columns, new Set(['c', 'nowhere']));
		expect([...columns.skipped]).toEqual([0, 0, 1, 0, 0]);
		clearSkipped(columns, marked);
		expect([...columns.skipped]).toEqual([0, 0, 0, 0, 0]);
		expect(markSkipped(columns, undefined)).toEqual([]);
	});
});
