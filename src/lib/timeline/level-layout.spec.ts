import { describe, expect, it } from 'vitest';
import { labelShapes } from './label-lines';
import { layoutInSteps, layoutLevel } from './level-layout';
import { GAP, type LayoutItem, type LevelLayout, type Unit } from './layout-units';
import { marksInView, neighbours } from './in-view';
import { levelScale } from './zoom-levels';
import { seededRandom } from '../../../scripts/bench/random';

const DAY = 86_400_000;
const measure = (text: string) => text.length * 7;
const item = (id: string, lane: number, startDay: number, endDay = startDay + 1, title = id): LayoutItem => ({
	id,
	lane,
	start: startDay * DAY,
	end: endDay * DAY,
	point: endDay - startDay === 1,
	shapes: labelShapes(title, measure)
});
const options = { laneCount: 2, maxRows: 3, maxLine: 320, minLabel: 40 };
const perDay = (px: number) => px / DAY;

/** `count` events in two lanes over `days` days, half of them a day long, the rest up to `days / 7.5` days. */
function randomItems(seed: number, count: number, days: number, words: (random: () => number) => string) {
	const random = seededRandom(seed);
	return Array.from({ length: count }, (_, i) => {
		const start = Math.floor(random() * days);
		const length = random() < 0.5 ? 1 : Math.ceil((random() * days) / 7.5);
		return item(`event ${i} ${words(random)}`, i % 2, start, start + length);
	}).sort((a, b) => a.start - b.start);
}

/** Every pair of units sharing a row, as [earlier, later]. */
function rowPairs(layout: LevelLayout): [Unit, Unit][] {
	const pairs: [Unit, Unit][] = [];
	for (const unit of layout.units) for (const next of neighbours(layout, unit, 1)) pairs.push([unit, next]);
	return pairs;
}

describe('layoutLevel', () => {
	it('stacks events that share a window one above the other, each with its whole title', () => {
		const items = [
			item('Banks and Wigmore visit Trump Tower', 0, 0, 30),
			item('Banks and Wigmore meet ambassador Yakovenko', 0, 0, 30)
		];
		const layout = layoutLevel(items, perDay(2), options);
		expect(layout.units.map((unit) => unit.kind)).toEqual(['event', 'event']);
		expect(layout.units.map((unit) => unit.row)).toEqual([0, 1]);
		for (const unit of layout.units) expect(unit.kind === 'event' && !unit.truncated).toBe(true);
	});

	it('wraps a long title onto two lines before cutting it', () => {
		const long = 'Wigmore, Arron and Jonathan Banks and James Pryor pictured with the King of Lesotho';
		const layout = layoutLevel([item(long, 0, 0)], perDay(1), { ...options, maxLine: 320 });
		const unit = layout.units[0];
		expect(unit.kind === 'event' && unit.shape.lines).toHaveLength(2);
		expect(unit.rows).toBe(2);
		expect(unit.kind === 'event' && unit.truncated).toBe(false);
	});

	it('cuts the label of a band that runs far beyond the view before a dated event’s title', () => {
		// Two year-long events hold both rows with their labels; a month inside the year still gets its whole title, on
		// the two lines it needs.
		const year = (id: string) => item(id, 0, 0, 365, `${id}: a long title for a year-long event`);
		const month = item('August', 0, 200, 231, 'A month event with a title too long for one line of the label');
		const layout = layoutLevel([year('first'), year('second'), month], perDay(2), { ...options, maxRows: 2 });
		const drawn = layout.unitOf[2];
		expect(drawn.kind === 'event' && !drawn.truncated && drawn.labelWidth > 0).toBe(true);
		expect(drawn.rows).toBe(2);
		const years = [layout.unitOf[0], layout.unitOf[1]];
		expect(years.every((unit) => unit.kind === 'event' && unit.long)).toBe(true);
		expect(years.some((unit) => unit.kind === 'event' && unit.truncated)).toBe(true);
		for (const [a, b] of rowPairs(layout)) expect(a.right + GAP).toBeLessThanOrEqual(b.left);
	});

	it('clusters only when the lane has no row left, and counts every event once', () => {
		const items = Array.from({ length: 5 }, (_, i) => item(`same day ${i}`, 1, 10));
		const layout = layoutLevel(items, perDay(1), { ...options, maxRows: 2 });
		const counted = layout.units.flatMap((unit) => (unit.kind === 'event' ? [unit.item] : unit.members));
		expect(counted.sort()).toEqual([0, 1, 2, 3, 4]);
		expect(layout.units.some((unit) => unit.kind === 'cluster')).toBe(true);
		expect(layout.laneRows).toEqual([0, 2]);
	});

	it('counts an event in a cluster rather than leave it a bare dot beside one with a label cut to nothing', () => {
		const items = Array.from({ length: 40 }, (_, i) => item(`Event number ${i} with a title`, 1, i * 2));
		const layout = layoutLevel(items, perDay(8), { ...options, maxRows: 2 });
		for (const unit of layout.units) if (unit.kind === 'event') expect(unit.labelWidth).toBeGreaterThanOrEqual(40);
		const clusters = layout.units.filter((unit) => unit.kind === 'cluster');
		expect(clusters.length).toBeGreaterThan(0);
	});

	it('lays out in steps, pausing on the way, to the same result as at once', () => {
		const many = Array.from({ length: 1200 }, (_, i) => item(`event ${i}`, i % 2, i));
		const steps = layoutInSteps(many, perDay(4), options);
		let pauses = 0;
		let step = steps.next();
		for (; !step.done; step = steps.next()) pauses++;
		expect(pauses).toBeGreaterThan(2);
		const atOnce = layoutLevel(many, perDay(4), options);
		const shape = (layout: typeof atOnce) => layout.units.map((unit) => [unit.kind, unit.lane, unit.row, unit.left]);
		expect(shape(step.value)).toEqual(shape(atOnce));
	});

	it('never lets two boxes of a row meet, at its own scale or at any larger one', () => {
		const items = randomItems(7, 400, 3000, (random) => 'x'.repeat(Math.floor(random() * 60)));
		for (const level of [8, 11, 14]) {
			const layout = layoutLevel(items, levelScale(level), options);
			for (const spread of [1, 1.4, 3]) {
				const x = { r0: 0, d0: 0, perMs: levelScale(level) * spread };
				const drawn = marksInView(layout, items, x, 1e12, 40);
				const box = new Map<string, { left: number; right: number }>();
				for (const view of drawn.events) box.set(`e${view.item}`, view);
				for (const view of drawn.clusters) box.set(`c${view.key}`, { left: view.left, right: view.left + view.width });
				const key = (unit: Unit) => (unit.kind === 'event' ? `e${unit.item}` : `c${unit.key}`);
				for (const [a, b] of rowPairs(layout)) {
					expect(box.get(key(b))!.left - box.get(key(a))!.right).toBeGreaterThanOrEqual(GAP - 1e-6);
				}
			}
		}
	});

	it('never lets two labels drawn in a row meet, flipped, waiting at the edge or grown, wherever the view is', () => {
		const items = randomItems(11, 300, 2000, (random) => 'word '.repeat(Math.floor(random() * 12)));
		for (const level of [9, 12]) {
			const layout = layoutLevel(items, levelScale(level), options);
			for (const spread of [1, 1.3, 2.5]) {
				for (const [pan, width] of [0, 0.2, 0.35, 0.5, 0.65, 0.8].flatMap((pan) => [
					[pan, 300],
					[pan, 700]
				])) {
					const perMs = levelScale(level) * spread;
					const x = { r0: -pan * 2000 * DAY * perMs, d0: 0, perMs };
					const labels = marksInView(layout, items, x, width, 40)
						.events.filter((view) => view.label)
						.map((view) => ({ view, rows: layout.unitOf[view.item].rows }));
					for (const a of labels) {
						for (const b of labels) {
							if (a === b || a.view.lane !== b.view.lane) continue;
							const shareRow = a.view.row < b.view.row + b.rows && b.view.row < a.view.row + a.rows;
							const [la, lb] = [a.view.label!, b.view.label!];
							const apart = la.left + la.width <= lb.left || lb.left + lb.width <= la.left;
							expect(!shareRow || apart, `${a.view.id} / ${b.view.id}`).toBe(true);
						}
					}
				}
			}
		}
	});
});

describe('marksInView', () => {
	const title = 'A long enough title';
	const items = [item(title, 0, 200)];
	const layout = layoutLevel(items, perDay(1), options);

	it('flips a label to the left of its marker at the right edge', () => {
		const drawn = marksInView(layout, items, { r0: 0, d0: 0, perMs: perDay(1) }, 250, 40);
		expect(drawn.events[0].label?.side).toBe('left');
		expect(drawn.events[0].label!.left + drawn.events[0].label!.width).toBeLessThanOrEqual(200);
	});

	it('keeps the label of an event just off the left edge whole at the edge', () => {
		const drawn = marksInView(layout, items, { r0: -210, d0: 0, perMs: perDay(1) }, 500, 40);
		expect(drawn.events[0].label).toMatchObject({ side: 'edge', left: 4, truncated: false });
	});

	it('finds every event in view when a coarse level is drawn at a much finer scale', () => {
		const random = seededRandom(3);
		const many = Array.from({ length: 300 }, (_, i) => {
			const start = Math.floor(random() * 2000);
			return item(`e${i}`, i % 2, start, start + (random() < 0.5 ? 1 : 1 + Math.ceil(random() * 60)));
		}).sort((a, b) => a.start - b.start);
		const coarse = layoutLevel(many, levelScale(20), options);
		for (const [spread, from] of [
			[4, 300],
			[16, 1200]
		]) {
			const x = { r0: -from * DAY * levelScale(20) * spread, d0: 0, perMs: levelScale(20) * spread };
			const drawn = marksInView(coarse, many, x, 1000, 40);
			const expected = many
				.map((event, index) => ({ index, at: x.r0 + ((event.start + event.end) / 2) * x.perMs }))
				.filter(({ index, at }) => coarse.unitOf[index].kind === 'event' && at > 0 && at < 1000)
				.map(({ index }) => index);
			const found = new Set(drawn.events.map((view) => view.item));
			expect(expected.length).toBeGreaterThan(0);
			for (const index of expected) expect(found.has(index)).toBe(true);
			expect(drawn.events.map((view) => view.item)).toEqual([...found].sort((a, b) => a - b));
		}
	});

	it('writes a band’s label after the band, not over it, and reserves that room in the row', () => {
		// A 40-day band at 2 px a day: its marker at its middle (day 120), its end at day 140.
		// The next event's marker (day 203) would clear a label written from the band's marker, not one after its end.
		const band = [item(title, 0, 100, 140), item('next', 0, 203)];
		const level = layoutLevel(band, perDay(2), { ...options, maxRows: 2 });
		const drawn = marksInView(level, band, { r0: 0, d0: 0, perMs: perDay(2) }, 2000, 40);
		const label = drawn.events.find((view) => view.id === title)!.label!;
		expect(label).toMatchObject({ side: 'right', truncated: false, onBand: false });
		expect(label.left).toBeGreaterThanOrEqual(280);
		expect(level.unitOf.map((unit) => [unit.kind, unit.row])).toEqual([
			['event', 0],
			['event', 1]
		]);
	});

	it('writes a band’s label over the band, from its marker, when only there the whole title fits', () => {
		// The title takes 141 px: after the band it would end at 425 px, over it at 391, and the next marker is at 406.
		const band = [item(title, 0, 100, 140), item('next', 0, 203)];
		const level = layoutLevel(band, perDay(2), { ...options, maxRows: 1 });
		expect(level.unitOf.map((unit) => unit.kind)).toEqual(['event', 'event']);
		const drawn = marksInView(level, band, { r0: 0, d0: 0, perMs: perDay(2) }, 2000, 40);
		const label = drawn.events.find((view) => view.id === title)!.label!;
		expect(label).toMatchObject({ side: 'right', truncated: false, onBand: true });
		expect(label.left).toBeLessThan(280);
	});

	it('draws a title cut short at a coarse level whole at a finer scale, where its row has the room', () => {
		// At 1 px a day the next marker (day 120) leaves the first title about 96 px; at 4 px a day it has room to spare.
		const cut = [item('A title far too long for the room it has here', 0, 0), item('next', 0, 120)];
		const coarse = layoutLevel(cut, perDay(1), { ...options, maxRows: 1 });
		const first = coarse.unitOf[0];
		expect(first.kind === 'event' && first.truncated).toBe(true);
		const label = (perMs: number) =>
			marksInView(coarse, cut, { r0: 0, d0: 0, perMs }, 2000, 40).events.find((view) => view.item === 0)!.label!;
		expect(label(perDay(1))).toMatchObject({ truncated: true });
		expect(label(perDay(4))).toMatchObject({ truncated: false, width: cut[0].shapes.one.width });
		// In between, it shows as much of itself as the row has room for, up to a gap before the next marker.
		const between = label(perDay(1.5));
		expect(between.truncated).toBe(true);
		expect(between.width).toBeGreaterThan(first.kind === 'event' ? first.labelWidth : Infinity);
		expect(between.left + between.width).toBeLessThanOrEqual(120 * 1.5 - 6 - GAP);
	});

	it('shows more of a title cut short at a coarser level when it flips, and all of it where there is room', () => {
		const cut = [item('A title far too long for the room it has here', 0, 0), item('next', 0, 120)];
		const coarse = layoutLevel(cut, perDay(1), { ...options, maxRows: 1 });
		const reserved = coarse.unitOf[0].kind === 'event' ? coarse.unitOf[0].labelWidth : 0;
		const flipped = (r0: number, width: number) =>
			marksInView(coarse, cut, { r0, d0: 0, perMs: perDay(1) }, width, 40).events.find((view) => view.item === 0)!
				.label!;
		const some = flipped(200, 260);
		expect(some).toMatchObject({ side: 'left', truncated: true });
		expect(some.width).toBeGreaterThan(reserved + 40);
		expect(some.left).toBeGreaterThanOrEqual(4);
		expect(flipped(360, 420)).toMatchObject({ side: 'left', truncated: false, width: cut[0].shapes.one.width });
	});

	it('writes a title over its own band, from its marker, when near the right edge it fits whole only there', () => {
		// At 1 px a day: a 200-day band from day 100, its marker at 200; the title takes 141 px. After the band it would
		// end at 445 px, beyond a view 420 px wide; before the band or before the marker, the first title leaves too
		// little room; from the marker to the edge there are about 200 px.
		const pair = [item('An earlier', 0, 0), item(title, 0, 100, 300)];
		const level = layoutLevel(pair, perDay(1), { ...options, laneCount: 1, maxRows: 1 });
		const [earlier, banded] = marksInView(level, pair, { r0: 0, d0: 0, perMs: perDay(1) }, 420, 40).events;
		expect(banded.label).toMatchObject({ side: 'right', truncated: false, onBand: true, width: 141 });
		expect(banded.label!.left).toBeGreaterThan(banded.x);
		expect(banded.label!.left + banded.label!.width).toBeLessThanOrEqual(416);
		expect(earlier.right).toBeLessThan(banded.left);
	});

	it('flips a label before its own band, not over it', () => {
		const band = [item(title, 0, 180, 220)];
		const drawn = marksInView(layoutLevel(band, perDay(1), options), band, { r0: 0, d0: 0, perMs: perDay(1) }, 250, 40);
		expect(drawn.events[0].label?.side).toBe('left');
		expect(drawn.events[0].label!.left + drawn.events[0].label!.width).toBeLessThanOrEqual(180);
	});

	it('flips a label over its own band, up to its marker, when it fits there whole but not before the band', () => {
		const tight = [item('b', 0, 0), item(title, 0, 120, 280)];
		const level = layoutLevel(tight, perDay(1), options);
		const drawn = marksInView(level, tight, { r0: 0, d0: 0, perMs: perDay(1) }, 300, 40);
		const label = drawn.events.find((view) => view.id === title)!.label!;
		expect(label).toMatchObject({ side: 'left', truncated: false });
		expect(label.left + label.width).toBeLessThanOrEqual(200 - 6 - 4);
		expect(label.left + label.width).toBeGreaterThan(120);
	});

	it('cuts a label short on the wider side when neither side has room for it whole', () => {
		// The title needs 141 px: about 45 px are left after the marker, about 120 px before it.
		const tight = [item('before', 0, 0), item(title, 0, 200)];
		const level = layoutLevel(tight, perDay(1), options);
		const drawn = marksInView(level, tight, { r0: 0, d0: 0, perMs: perDay(1) }, 260, 40);
		const label = drawn.events.find((view) => view.id === title)!.label!;
		expect(label).toMatchObject({ side: 'left', truncated: true });
		expect(label.left).toBeGreaterThanOrEqual(drawn.events.find((view) => view.id === 'before')!.right + GAP);
		expect(label.left + label.width).toBeLessThanOrEqual(200 - 6 - 4);
		expect(label.width).toBeGreaterThan(100);
	});

	it('never lets a label waiting at the left edge run into one flipped at the right edge', () => {
		const narrow = [item('A long enough title', 0, -150), item('Another long title', 0, 150)];
		const level = layoutLevel(narrow, perDay(1), options);
		expect(level.unitOf[0].row).toBe(level.unitOf[1].row);
		const drawn = marksInView(level, narrow, { r0: 0, d0: 0, perMs: perDay(1) }, 200, 40);
		const labels = drawn.events.flatMap((view) => (view.label ? [view.label] : []));
		expect(drawn.events.find((view) => view.item === 1)?.label?.side).toBe('left');
		for (const a of labels) {
			for (const b of labels) if (a !== b) expect(a.left + a.width <= b.left || b.left + b.width <= a.left).toBe(true);
		}
	});

	it('gives a label flipped at the right edge the room a label waiting at the left edge would take', () => {
		// The first label runs from off the left edge to about 50 px; the second needs about 200 px before its marker.
		const pair = [item(title, 0, -100), item('Another title, long enough to', 0, 230)];
		const level = layoutLevel(pair, perDay(1), options);
		expect(level.unitOf[0].row).toBe(level.unitOf[1].row);
		const drawn = marksInView(level, pair, { r0: 0, d0: 0, perMs: perDay(1) }, 250, 40);
		expect(drawn.events.find((view) => view.item === 1)!.label).toMatchObject({ side: 'left', truncated: false });
		expect(drawn.events.find((view) => view.item === 0)?.label ?? null).toBeNull();
	});

	it('draws no label for a marker beyond the right edge with too little of its bar in view, and nothing for a band that only touches the view', () => {
		const band = [item(title, 0, 250, 290)];
		const layout = layoutLevel(band, perDay(1), options);
		const reaching = marksInView(layout, band, { r0: 0, d0: 0, perMs: perDay(1) }, 260, 40);
		expect(reaching.events[0].label).toBeNull();
		expect(reaching.events[0].band).not.toBeNull();
		expect(marksInView(layout, band, { r0: 0, d0: 0, perMs: perDay(1) }, 250, 40).events).toEqual([]);
	});

	it('writes the title over the part of a bar in view when its marker is beyond the right edge', () => {
		// A 200-day bar from day 100 at 1 px a day: its marker at day 200, beyond a view 180 px wide.
		const band = [item(title, 0, 100, 300)];
		const layout = layoutLevel(band, perDay(1), options);
		const label = marksInView(layout, band, { r0: 0, d0: 0, perMs: perDay(1) }, 180, 40).events[0].label!;
		expect(label).toMatchObject({ side: 'edge', left: 104 });
		expect(label.left + label.width).toBeLessThanOrEqual(176);
		// Narrower, the room left over the bar is too little to read: no label.
		expect(marksInView(layout, band, { r0: 0, d0: 0, perMs: perDay(1) }, 140, 40).events[0].label).toBeNull();
	});

	it('leaves out what is far outside the view', () => {
		expect(marksInView(layout, items, { r0: 1000, d0: 0, perMs: perDay(1) }, 500, 40).events).toEqual([]);
	});
});
