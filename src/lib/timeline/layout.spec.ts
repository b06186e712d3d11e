import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { labelWidth } from './label-width';
import {
	clusterBadgeWidth,
	isSortedForLayout,
	LABEL_OFFSET,
	layoutLane,
	layoutTimeline,
	sortForLayout,
	type ClusterMark,
	type EventMark,
	type LaneLayout,
	type LayoutInput,
	type LayoutOptions
} from './layout';
import { benchLayout } from './layout-bench';
import { randomLayoutItems, seededRandom } from './random';

const DAY = 86_400_000;
const LANES = ['a', 'b', 'c', 'd'];
const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2020, 0, 1);

function optionsFor(width: number, overrides: Partial<LayoutOptions> = {}): LayoutOptions {
	return {
		lanes: LANES,
		maxRows: 3,
		markerRadius: 5,
		gap: 4,
		viewport: [-50, width + 50],
		maxLabelWidth: 160,
		minLabelWidth: 40,
		...overrides
	};
}

/** A scale showing [start, end] across [0, width], as the zoomed d3 scale would. */
function view(start: number, end: number, width: number) {
	return scaleUtc().domain([start, end]).range([0, width]);
}

function boxOf(mark: EventMark | ClusterMark, radius: number): [number, number] {
	if (mark.kind === 'cluster') return [mark.x0, mark.x1];
	return [Math.min(mark.x0, mark.x - radius), Math.max(mark.x1, mark.labelX + mark.labelWidth)];
}

/** The items whose fullest box (whole label) reaches the viewport, worked out the slow, obvious way. */
function expectedInView(items: LayoutInput[], x: (ms: number) => number, options: LayoutOptions): Set<string> {
	const r = options.markerRadius;
	const ids = new Set<string>();
	for (const item of items) {
		const mid = x(item.start + (item.end - item.start) / 2);
		const x0 = item.point ? mid : x(item.start);
		const x1 = item.point ? mid : x(item.end);
		const label = item.label ? Math.min(labelWidth(item.label), options.maxLabelWidth) : 0;
		const left = Math.min(x0, mid - r);
		const right = Math.max(x1, mid + r + LABEL_OFFSET + label);
		if (left <= options.viewport[1] && right >= options.viewport[0]) ids.add(item.id);
	}
	return ids;
}

/** Every way a layout breaks its promises, as readable strings; empty when it keeps them all. */
function problemsIn(
	items: LayoutInput[],
	layout: LaneLayout[],
	x: (ms: number) => number,
	options: LayoutOptions
): string[] {
	const problems: string[] = [];
	const fail = (condition: boolean, message: () => string) => {
		if (!condition) problems.push(message());
	};
	const byId = new Map(items.map((item) => [item.id, item]));
	const lastLane = options.lanes[options.lanes.length - 1];
	fail(layout.map((lane) => lane.lane).join() === options.lanes.join(), () => 'lanes out of order');
	const seen = new Map<string, number>();
	for (const lane of layout) {
		fail(lane.rows >= 1 && lane.rows <= options.maxRows, () => `${lane.lane}: ${lane.rows} rows`);
		const rows = new Map<number, [number, number, string][]>();
		for (const mark of lane.marks) {
			const name = mark.kind === 'event' ? mark.id : mark.key;
			fail(mark.lane === lane.lane, () => `${name} in lane ${mark.lane} listed under ${lane.lane}`);
			fail(mark.row >= 0 && mark.row < lane.rows, () => `${name} in row ${mark.row} of ${lane.rows}`);
			rows.set(mark.row, [...(rows.get(mark.row) ?? []), [...boxOf(mark, options.markerRadius), name]]);
			for (const id of mark.kind === 'event' ? [mark.id] : mark.ids) {
				seen.set(id, (seen.get(id) ?? 0) + 1);
				const wantedLane = options.lanes.includes(byId.get(id)!.lane) ? byId.get(id)!.lane : lastLane;
				fail(wantedLane === lane.lane, () => `${id} drawn in ${lane.lane}, belongs in ${wantedLane}`);
			}
			if (mark.kind === 'event') {
				const item = byId.get(mark.id)!;
				fail(Math.abs(mark.labelX - (mark.x + options.markerRadius + LABEL_OFFSET)) < 1e-9, () => `${name} labelX`);
				fail(!item.point || (mark.x0 === mark.x && mark.x1 === mark.x), () => `${name}: point with a band`);
				const wanted = item.label ? Math.min(labelWidth(item.label), options.maxLabelWidth) : 0;
				fail(
					mark.labelWidth === 0 ||
						(mark.labelWidth <= wanted && mark.labelWidth >= Math.min(wanted, options.minLabelWidth)),
					() => `${name}: label ${mark.labelWidth} px, wanted ${wanted}`
				);
			} else {
				const members = mark.ids.map((id) => byId.get(id)!);
				fail(mark.count === mark.ids.length && mark.count >= 2, () => `${name}: count ${mark.count}`);
				fail(mark.key === `${lane.lane}:${mark.ids[0]}`, () => `${name}: key`);
				fail(
					sortForLayout(members).every((m, i) => m.id === mark.ids[i]),
					() => `${name}: ids out of order`
				);
				fail(mark.start === Math.min(...members.map((m) => m.start)), () => `${name}: start`);
				fail(mark.end === Math.max(...members.map((m) => m.end)), () => `${name}: end`);
				fail(mark.x1 - mark.x0 >= clusterBadgeWidth(mark.count) - 1e-9, () => `${name}: narrower than its badge`);
			}
		}
		for (const [row, boxes] of rows) {
			boxes.sort((a, b) => a[0] - b[0]);
			for (let i = 1; i < boxes.length; i++) {
				const [a, b] = [boxes[i - 1], boxes[i]];
				// No overlap, and the gap kept between neighbours.
				fail(a[1] + options.gap <= b[0] + 1e-9, () => `${lane.lane} row ${row}: ${a[2]} overlaps ${b[2]}`);
			}
		}
	}
	for (const [id, times] of seen) fail(times === 1, () => `${id} shown ${times} times`);
	const expected = expectedInView(items, x, options);
	for (const id of expected) fail(seen.has(id), () => `${id} in view but missing`);
	for (const id of seen.keys()) fail(expected.has(id), () => `${id} shown but out of view`);
	return problems;
}

function checkLayout(items: LayoutInput[], layout: LaneLayout[], x: (ms: number) => number, options: LayoutOptions) {
	expect(problemsIn(items, layout, x, options)).toEqual([]);
}

describe('layoutTimeline', () => {
	it('holds its invariants over random data and zoom levels', () => {
		const random = seededRandom(42);
		const seen = { clusters: 0, bare: 0, cut: 0, whole: 0 };
		for (let trial = 0; trial < 150; trial++) {
			const count = 1 + Math.floor(random() * 400);
			const items = sortForLayout(
				randomLayoutItems(count, trial + 1, { lanes: [...LANES, 'unlisted'], range: [FROM, TO], pointShare: random() })
			);
			const width = 300 + Math.floor(random() * 1700);
			const span = Math.exp(Math.log(3 * DAY) + random() * (Math.log(TO - FROM) - Math.log(3 * DAY)));
			const start = FROM - span / 4 + random() * (TO - FROM);
			const x = view(start, start + span, width);
			const options = optionsFor(width, {
				maxRows: 1 + Math.floor(random() * 5),
				markerRadius: 2 + random() * 6,
				gap: random() * 8,
				minLabelWidth: 20 + random() * 40
			});
			const layout = layoutTimeline(items, x, options);
			checkLayout(items, layout, x, options);
			const byId = new Map(items.map((item) => [item.id, item]));
			for (const mark of layout.flatMap((lane) => lane.marks)) {
				if (mark.kind === 'cluster') seen.clusters++;
				else if (mark.labelWidth === 0) seen.bare++;
				else if (mark.labelWidth < Math.min(labelWidth(byId.get(mark.id)!.label), options.maxLabelWidth)) seen.cut++;
				else seen.whole++;
			}
		}
		// The trials really did reach every case: clusters, bare markers, cut and whole labels.
		expect(Object.values(seen).every((n) => n > 50)).toBe(true);
	});

	it('is deterministic and does not depend on input order', () => {
		const items = randomLayoutItems(2000, 7, { lanes: LANES });
		const x = view(Date.UTC(2000, 0, 1), Date.UTC(2008, 0, 1), 1000);
		const options = optionsFor(1000);
		const sorted = sortForLayout(items);
		const first = layoutTimeline(sorted, x, options);
		expect(layoutTimeline(sorted, x, options)).toEqual(first);
		const shuffled = [...items].reverse();
		expect(isSortedForLayout(shuffled)).toBe(false);
		expect(layoutTimeline(shuffled, x, options)).toEqual(first);
	});

	it('lays out the same with the scale given as linear coefficients, at every zoom, in any order of calls', () => {
		const items = sortForLayout(randomLayoutItems(3000, 11, { lanes: LANES }));
		const options = optionsFor(900);
		const windows: [number, number][] = [
			[FROM, TO],
			[Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)],
			[Date.UTC(2016, 0, 1), Date.UTC(2016, 11, 31)],
			[FROM, TO],
			[Date.UTC(2016, 7, 1), Date.UTC(2016, 8, 1)]
		];
		for (const [start, end] of windows) {
			const perMs = 900 / (end - start);
			const x = (ms: number) => 0 + (ms - start) * perMs;
			const linear = { r0: 0, d0: start, perMs };
			expect(layoutTimeline(items, x, { ...options, linear }), new Date(start).toISOString()).toEqual(
				layoutTimeline(items, x, options)
			);
		}
	});

	it('splits a cluster into its events as the scale zooms in on it', () => {
		const day = Date.UTC(2016, 7, 23);
		const items = sortForLayout(
			Array.from({ length: 30 }, (_, i) => ({
				id: `burst-${String(i).padStart(2, '0')}`,
				lane: 'a',
				start: day + i * 3_600_000,
				end: day + i * 3_600_000 + 60_000,
				point: false,
				label: `Event ${i}`
			}))
		);
		const options = optionsFor(1000);
		const clustersAt = (span: number) => {
			const centre = day + 15 * 3_600_000;
			const x = view(centre - span / 2, centre + span / 2, 1000);
			const layout = layoutTimeline(items, x, options);
			checkLayout(items, layout, x, options);
			const marks = layout[0].marks;
			return {
				clusters: marks.filter((m) => m.kind === 'cluster').length,
				events: marks.filter((m) => m.kind === 'event').length
			};
		};
		const far = clustersAt(10 * 365 * DAY);
		expect(far.clusters).toBeGreaterThan(0);
		const spans = [365 * DAY, 30 * DAY, 7 * DAY, 2 * DAY];
		let previousEvents = far.events;
		for (const span of spans) {
			const { events } = clustersAt(span);
			expect(events).toBeGreaterThanOrEqual(previousEvents);
			previousEvents = events;
		}
		expect(clustersAt(2 * DAY)).toEqual({ clusters: 0, events: 30 });
	});

	it('gives labels room, truncates them, or drops them when even the minimum does not fit', () => {
		const x = view(Date.UTC(2016, 0, 1), Date.UTC(2016, 0, 31), 1000);
		const pixelsPerDay = 1000 / 30;
		const at = (day: number) => Date.UTC(2016, 0, 1 + day);
		const items = sortForLayout([
			{ id: 'one', lane: 'a', start: at(1), end: at(2), point: true, label: 'A rather long label for an event' },
			{ id: 'two', lane: 'a', start: at(3), end: at(4), point: true, label: 'Second' }
		]);
		const layout = layoutTimeline(items, x, optionsFor(1000, { maxRows: 1 }));
		const [one, two] = layout[0].marks as EventMark[];
		expect(one.row).toBe(0);
		expect(two.row).toBe(0);
		// "one" would reach 2 days on (about 67 px), so its label is cut to end a gap before "two".
		expect(one.labelWidth).toBeCloseTo(two.x - 5 - 4 - one.labelX, 9);
		expect(two.labelWidth).toBe(labelWidth('Second'));
		expect(pixelsPerDay).toBeGreaterThan(30);

		const close = sortForLayout([
			{ ...items[0], start: at(1), end: at(2) },
			// About 30 px right of "one": room for a bare marker, not for the 40 px minimum label.
			{ ...items[1], id: 'two', start: at(1) + 33 * 3_600_000, end: at(1) + 34 * 3_600_000 }
		]);
		const tight = layoutTimeline(close, x, optionsFor(1000, { maxRows: 1 }))[0].marks;
		expect(tight.map((m) => m.kind)).toEqual(['event', 'event']);
		expect((tight[0] as EventMark).labelWidth).toBe(0);
	});

	it('keeps every lane, with one row when nothing is in view, and sends unknown lanes to the last', () => {
		const items = sortForLayout([
			{ id: 'x', lane: 'elsewhere', start: Date.UTC(2016, 0, 1), end: Date.UTC(2016, 0, 2), point: true, label: 'X' },
			{ id: 'far', lane: 'a', start: Date.UTC(1950, 0, 1), end: Date.UTC(1950, 0, 2), point: true, label: 'Far' }
		]);
		const layout = layoutTimeline(items, view(Date.UTC(2015, 0, 1), Date.UTC(2017, 0, 1), 800), optionsFor(800));
		expect(layout.map((lane) => [lane.lane, lane.rows, lane.marks.length])).toEqual([
			['a', 1, 0],
			['b', 1, 0],
			['c', 1, 0],
			['d', 1, 1]
		]);
		expect(layoutTimeline([], view(0, DAY, 100), optionsFor(100)).every((lane) => lane.marks.length === 0)).toBe(true);
	});

	it('keeps a long span reaching into view from the left, found past the binary search', () => {
		const items = sortForLayout([
			{ id: 'long', lane: 'a', start: Date.UTC(2000, 0, 1), end: Date.UTC(2016, 5, 1), point: false, label: 'Long' },
			...Array.from({ length: 500 }, (_, i) => ({
				id: `short-${i}`,
				lane: 'b',
				start: Date.UTC(2001, 0, 1) + i * DAY,
				end: Date.UTC(2001, 0, 1) + (i + 1) * DAY,
				point: true,
				label: 'Short'
			}))
		]);
		const x = view(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), 1000);
		const layout = layoutTimeline(items, x, optionsFor(1000));
		expect(layout[0].marks.map((m) => (m.kind === 'event' ? m.id : m.key))).toEqual(['long']);
		expect(layout[1].marks).toEqual([]);
	});

	it('leaves out the events drawn elsewhere (skip), giving their room to the others', () => {
		const at = (day: number) => Date.UTC(2016, 0, 1) + day * DAY;
		const items = sortForLayout([
			{ id: 'year', lane: 'a', start: at(0), end: at(366), point: false, label: 'A whole year' },
			{ id: 'day', lane: 'a', start: at(10), end: at(11), point: true, label: 'One day' }
		]);
		const x = view(at(5), at(20), 800);
		const ids = (layout: LaneLayout[]) => layout[0].marks.map((m) => (m.kind === 'event' ? m.id : m.key));
		expect(ids(layoutTimeline(items, x, optionsFor(800)))).toEqual(['year', 'day']);
		const skipped = layoutTimeline(items, x, optionsFor(800, { skip: new Set(['year']) }));
		expect(ids(skipped)).toEqual(['day']);
		expect(skipped[0].rows).toBe(1);
	});

	it('lays out one lane alone exactly as it lays it out with the others (layoutLane)', () => {
		const random = seededRandom(5);
		const items = sortForLayout(randomLayoutItems(3000, 9, { lanes: [...LANES, 'unlisted'], range: [FROM, TO] }));
		for (let trial = 0; trial < 20; trial++) {
			const span = (TO - FROM) / (1 + random() * 200);
			const start = FROM + random() * (TO - FROM - span);
			const x = view(start, start + span, 900);
			const skip = new Set(items.filter(() => random() < 0.02).map((item) => item.id));
			const options = optionsFor(900, { skip, maxRows: 1 + Math.floor(random() * 3) });
			const whole = layoutTimeline(items, x, options);
			expect(LANES.map((_, lane) => layoutLane(items, x, options, lane))).toEqual(whole);
		}
	});

	it('lays out 10,000 events at full zoom-out, clustering the dense stretches (timed in npm run bench)', () => {
		const result = benchLayout({ items: 10_000, runs: 1 });
		expect(result.clusters).toBeGreaterThan(0);
	});
});

describe('labels at the right edge', () => {
	it('stop at labelRight, and drop when less than the minimum would fit', () => {
		const DAY = 86_400_000;
		const items = sortForLayout([
			{
				id: 'near-edge',
				lane: 'a',
				start: 90 * DAY,
				end: 91 * DAY,
				point: true,
				label: 'A long title that would run off the edge'
			},
			{ id: 'at-edge', lane: 'a', start: 98 * DAY, end: 99 * DAY, point: true, label: 'Another long title' }
		]);
		const x = (ms: number) => (ms / DAY) * 10;
		const layout = layoutTimeline(items, x, {
			lanes: ['a'],
			maxRows: 2,
			markerRadius: 6,
			gap: 8,
			viewport: [-40, 1040],
			maxLabelWidth: 220,
			minLabelWidth: 56,
			labelRight: 1000
		});
		const marks = Object.fromEntries(layout[0].marks.map((m) => [m.kind === 'event' ? m.id : m.key, m]));
		const near = marks['near-edge'] as EventMark;
		expect(near.labelX + near.labelWidth).toBeLessThanOrEqual(1000);
		expect(near.labelWidth).toBeGreaterThan(56);
		expect((marks['at-edge'] as EventMark).labelWidth).toBe(0);
	});
});
