import { describe, expect, it } from 'vitest';
import type { ClusterMark, EventMark } from './layout';
import { clusterMarkView, eventMarkView, markViews } from './mark-view';

function eventMark(overrides: Partial<EventMark>): EventMark {
	return {
		kind: 'event',
		id: 'e',
		lane: 'a',
		row: 0,
		x: 100,
		x0: 100,
		x1: 100,
		labelX: 110,
		labelWidth: 80,
		point: true,
		...overrides
	};
}

describe('eventMarkView', () => {
	it('draws a day as a point: the box runs from its marker to the end of its label', () => {
		const view = eventMarkView(eventMark({}), 40, 800);
		expect(view).toMatchObject({ left: 94, top: 40, width: 96, band: null, dot: 0 });
		expect(view.label).toEqual({ left: 16, maxWidth: 80, pinned: false });
	});

	it('draws a month as a band under its marker, with the label after the marker', () => {
		const view = eventMarkView(eventMark({ x: 150, x0: 100, x1: 200, labelX: 160, point: false }), 0, 800);
		expect(view.band).toEqual({ left: 0, width: 100 });
		expect(view.dot).toBe(44);
		expect(view.left + view.width).toBe(240);
	});

	it('clips a band far wider than the view to a little beyond its edges', () => {
		const view = eventMarkView(eventMark({ x: 400, x0: -5000, x1: 5000, labelX: 410, point: false }), 0, 800);
		expect(view.left).toBe(-20);
		expect(view.band).toEqual({ left: 0, width: 840 });
	});

	it('pins the label inside the visible band when the marker is off screen', () => {
		const mark = eventMark({ x: -300, x0: -900, x1: 300, labelX: -290, labelWidth: 0, point: false });
		const view = eventMarkView(mark, 0, 800);
		// The box starts at the off-screen marker; the label starts just inside the left edge.
		expect(view.label).toEqual({ left: 312, maxWidth: 220, pinned: true });
		// Not enough visible band for even the shortest label: none.
		const narrow = eventMarkView({ ...mark, x1: 40 }, 0, 800);
		expect(narrow.label).toBeNull();
	});

	it('leaves out a label the layout gave no room', () => {
		expect(eventMarkView(eventMark({ labelWidth: 0 }), 0, 800).label).toBeNull();
	});
});

describe('clusterMarkView', () => {
	const cluster: ClusterMark = {
		kind: 'cluster',
		key: 'a:e1',
		lane: 'a',
		row: 1,
		x: 0,
		x0: -400,
		x1: 10,
		count: 12,
		ids: [],
		start: 0,
		end: 1
	};

	it('draws only the part on screen, never narrower than its count', () => {
		const view = clusterMarkView({ ...cluster, x1: 100 }, 20, 800);
		expect(view).toMatchObject({ left: -2, top: 20, width: 102, count: 12, key: 'a:e1' });
		expect(clusterMarkView({ ...cluster, x0: 700, x1: 1500 }, 0, 800).width).toBe(102);
		expect(clusterMarkView({ ...cluster, x0: 300, x1: 319 }, 0, 800)).toMatchObject({ left: 300, width: 26 });
	});

	it('ends a cluster cut short by the left edge where the cluster ends, never over the box after it', () => {
		// 12 px of it on screen: a full badge from the edge would reach 14 px past its end.
		expect(clusterMarkView(cluster, 20, 800)).toMatchObject({ left: -16, width: 26 });
		// Wholly off screen to the left (inside the layout's margin), it stays off screen, not stacked at the edge.
		const gone = clusterMarkView({ ...cluster, x0: -60, x1: -30 }, 20, 800);
		expect(gone.left + gone.width).toBeLessThanOrEqual(-30);
	});
});

describe('markViews', () => {
	it('lists events and clusters each in reading order: left to right, then top to bottom', () => {
		const cluster: ClusterMark = {
			kind: 'cluster',
			key: 'a:c',
			lane: 'a',
			row: 0,
			x: 30,
			x0: 10,
			x1: 50,
			count: 3,
			ids: ['c', 'd', 'f'],
			start: 0,
			end: 1
		};
		const views = markViews(
			[
				{ mark: eventMark({ id: 'right', x: 300, x0: 300, x1: 300, labelX: 310 }), top: 0 },
				{ mark: eventMark({ id: 'lower', x: 100, x0: 100, x1: 100 }), top: 40 },
				{ mark: cluster, top: 0 },
				{ mark: eventMark({ id: 'upper', x: 100, x0: 100, x1: 100 }), top: 20 }
			],
			800
		);
		expect(views.events.map((view) => view.id)).toEqual(['upper', 'lower', 'right']);
		expect(views.clusters.map((view) => view.key)).toEqual(['a:c']);
	});
});
