import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/random';
import { chooseTicks, labelWidth, type Tick, type TickLevel } from './ticks';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const ORDER: TickLevel[] = ['decade', 'half-decade', 'year', 'quarter', 'month', 'week', 'day'];

/** Pairs of neighbouring labels closer than either label is wide (whether drawn from the tick or centred on it). */
function collisions(ticks: Tick[]): string[] {
	const found: string[] = [];
	for (let i = 1; i < ticks.length; i++) {
		const [a, b] = [ticks[i - 1], ticks[i]];
		if (b.x - a.x < Math.max(labelWidth(a.label), labelWidth(b.label)) - 1e-6) found.push(`${a.label}|${b.label}`);
	}
	return found;
}

function expectNoCollisions(ticks: Tick[]) {
	expect(collisions(ticks)).toEqual([]);
}

describe('labelWidth', () => {
	it('is 7 px a character plus a 12 px gap', () => {
		expect(labelWidth('2016')).toBe(40);
		expect(labelWidth('')).toBe(12);
	});
});

describe('chooseTicks', () => {
	it('never lets labels in a row collide, for random windows and widths', () => {
		const random = seededRandom(11);
		const problems: string[] = [];
		for (let i = 0; i < 600; i++) {
			const width = 300 + random() * 1700;
			const span = Math.exp(Math.log(6 * 3_600_000) + random() * Math.log((300 * YEAR) / (6 * 3_600_000)));
			const start = Date.UTC(1800, 0, 1) + random() * 200 * YEAR;
			const set = chooseTicks([start, start + span], width);
			const ticks = [...set.major, ...set.context];
			problems.push(
				...collisions(set.major),
				...collisions(set.context),
				...ticks.filter((t) => t.x < 0 || t.x > width).map((t) => `outside: ${t.label}`),
				...set.major.filter((t) => t.value < start).map((t) => `before start: ${t.label}`)
			);
		}
		expect(problems).toEqual([]);
	});

	it('goes from decades to days as the window shrinks, at 1200 px', () => {
		const end = Date.UTC(2017, 0, 1);
		const spans = [
			300 * YEAR,
			200 * YEAR,
			100 * YEAR,
			30 * YEAR,
			10 * YEAR,
			3 * YEAR,
			YEAR,
			180 * DAY,
			60 * DAY,
			21 * DAY,
			3 * DAY
		];
		const levels = spans.map((span) => chooseTicks([end - span, end], 1200).level);
		expect(levels[0]).toBe('decade');
		expect(levels[levels.length - 1]).toBe('day');
		for (let i = 1; i < levels.length; i++)
			expect(ORDER.indexOf(levels[i])).toBeGreaterThanOrEqual(ORDER.indexOf(levels[i - 1]));
		// Every level of the ladder is reached on the way down.
		const continuous = Array.from(
			{ length: 400 },
			(_, i) => chooseTicks([end - 300 * YEAR * Math.pow((3 * DAY) / (300 * YEAR), i / 399), end], 1200).level
		);
		expect(new Set(continuous)).toEqual(new Set(ORDER));
	});

	it('chooses the finest level whose labels fit: 30 years across 1200 px shows every five years', () => {
		// A year would be 39.4 px apart against a 40 px label, so one label every five years it is.
		const set = chooseTicks([Date.UTC(1987, 0, 1), Date.UTC(2017, 0, 1)], 1200);
		expect(set.level).toBe('half-decade');
		expect(set.major.map((t) => t.label)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015']);
		expect(set.context).toEqual([]);
	});

	it('labels quarters and months with years beneath', () => {
		const quarters = chooseTicks([Date.UTC(2014, 1, 1), Date.UTC(2017, 1, 1)], 600);
		expect(quarters.level).toBe('quarter');
		expect(quarters.major[0].label).toBe('Q2');
		expect(quarters.context.map((t) => t.label)).toEqual(['2014', '2015', '2016', '2017']);
		expect(quarters.context[0]).toEqual({ value: Date.UTC(2014, 0, 1), x: 0, label: '2014' });

		const months = chooseTicks([Date.UTC(2016, 6, 15), Date.UTC(2017, 2, 1)], 400);
		expect(months.level).toBe('month');
		expect(months.major.map((t) => t.label).slice(0, 3)).toEqual(['Aug', 'Sep', 'Oct']);
		expect(months.context.map((t) => t.label)).toEqual(['2016', '2017']);
		expect(chooseTicks([Date.UTC(2016, 6, 15), Date.UTC(2017, 2, 1)], 800, { contextRow: false }).major[0].label).toBe(
			'Aug 2016'
		);
	});

	it('labels days with the month beneath, pinning the month at the left edge', () => {
		const set = chooseTicks([Date.UTC(2016, 7, 12, 6), Date.UTC(2016, 7, 20)], 1200);
		expect(set.level).toBe('day');
		expect(set.major.map((t) => t.label)).toEqual(['13', '14', '15', '16', '17', '18', '19']);
		expect(set.context).toEqual([{ value: Date.UTC(2016, 7, 1), x: 0, label: 'Aug 2016' }]);

		const week = chooseTicks([Date.UTC(2016, 7, 1), Date.UTC(2016, 10, 1)], 1000);
		expect(week.level).toBe('week');
		// Weeks start on Mondays; 1 Aug 2016 was one.
		expect(week.major.slice(0, 3).map((t) => t.label)).toEqual(['1', '8', '15']);
		expect(week.context.map((t) => t.label)).toEqual(['Aug 2016', 'Sep 2016', 'Oct 2016']);
	});

	it('drops the left-edge context label when the next one is too close', () => {
		// The window opens late on 31 August: "Sep 2016" would be drawn over "Aug 2016".
		const set = chooseTicks([Date.UTC(2016, 7, 31, 18), Date.UTC(2016, 8, 7)], 700);
		expect(set.level).toBe('day');
		expect(set.context.map((t) => t.label)).toEqual(['Sep 2016']);
	});

	it('thins decades rather than crowd them over centuries', () => {
		const set = chooseTicks([Date.UTC(1000, 0, 1), Date.UTC(2500, 0, 1)], 300);
		expect(set.level).toBe('decade');
		expect(set.major.length).toBeGreaterThan(1);
		expectNoCollisions(set.major);
	});

	it('writes years with four digits, and a sign before year 1', () => {
		const early = chooseTicks([Date.UTC(798, 0, 1), Date.UTC(803, 0, 1)], 600);
		expect(early.context.map((t) => t.label)).toEqual(['0798', '0799', '0800', '0801', '0802']);
		const bce = new Date(Date.UTC(2000, 0, 1));
		bce.setUTCFullYear(-44);
		const set = chooseTicks([bce.getTime(), bce.getTime() + 200 * DAY], 600, { contextRow: false });
		expect(set.major[0].label).toMatch(/^[A-Z][a-z]{2} -0044$/);
	});

	it('returns nothing for an empty window or width', () => {
		expect(chooseTicks([5, 5], 100)).toEqual({ level: 'day', major: [], context: [] });
		expect(chooseTicks([0, DAY], 0).major).toEqual([]);
	});
});
