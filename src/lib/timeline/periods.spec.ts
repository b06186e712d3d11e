import { describe, expect, it } from 'vitest';
import { firstView, periodBands } from './periods';

const YEAR = 365.25 * 86_400_000;
const at = (year: number) => (year - 1970) * YEAR;
const period = (id: string, from: number, to: number) => ({ id, label: id, start: at(from), end: at(to) });
const periods = [
	period('background', 1990, 2014),
	period('lesotho', 2014.4, 2016),
	period('campaign', 2015.7, 2016.9),
	period('transition', 2016.9, 2018)
];

describe('periodBands', () => {
	it('puts overlapping periods in separate rows and reuses a row once it is free', () => {
		expect(periodBands(periods).map(({ id, row }) => [id, row])).toEqual([
			['background', 0],
			['lesotho', 0],
			['campaign', 1],
			['transition', 0]
		]);
	});
});

describe('firstView', () => {
	it('opens on the chapters of the story, not the decades of background', () => {
		const [start, end] = firstView(periods, [at(1989), at(2018.2)]);
		expect(start).toBeGreaterThan(at(2014.2));
		expect(start).toBeLessThan(at(2014.4));
		expect(end).toBeGreaterThan(at(2018));
	});

	it('opens a narrow screen on the first chapter alone', () => {
		const [start, end] = firstView(periods, [at(1989), at(2018.2)], { narrow: true });
		expect(start).toBeGreaterThan(at(2014.3));
		expect(end).toBeGreaterThan(at(2016));
		expect(end).toBeLessThan(at(2016.1));
	});

	it('shows everything when the data names no periods', () => {
		expect(firstView([], [0, 100])).toEqual([0, 100]);
	});
});
