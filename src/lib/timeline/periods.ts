/**
 * The data's named periods on the timeline: bands in as few rows as keep them apart, and the first view, which
 * shows the periods the story happens in rather than the decades of background before them.
 */

export interface PeriodWindow {
	id: string;
	label: string;
	/** ms; end exclusive */
	start: number;
	end: number;
}

export interface PeriodBand extends PeriodWindow {
	row: number;
}

/** Periods in rows: each in the first row where it overlaps no other. */
export function periodBands(periods: readonly PeriodWindow[]): PeriodBand[] {
	const rowEnds: number[] = [];
	return [...periods]
		.sort((a, b) => a.start - b.start)
		.map((period) => {
			let row = rowEnds.findIndex((end) => end <= period.start);
			if (row < 0) row = rowEnds.push(period.end) - 1;
			else rowEnds[row] = period.end;
			return { ...period, row };
		});
}

/**
 * The window the timeline opens on: the periods that are chapters of the story (each at most a quarter of the whole
 * extent), from the first to the last, with a little room each side; the whole extent when there are none. A narrow
 * screen opens on the first chapter alone, where its events have the room to be drawn as themselves.
 */
export function firstView(
	periods: readonly PeriodWindow[],
	domain: [number, number],
	{ narrow = false } = {}
): [number, number] {
	const span = domain[1] - domain[0];
	const chapters = periods.filter((period) => period.end - period.start <= span / 4);
	if (chapters.length === 0) return domain;
	const start = Math.min(...chapters.map((period) => period.start));
	const first = chapters.find((period) => period.start === start)!;
	const end = narrow ? first.end : Math.max(...chapters.map((period) => period.end));
	const pad = (end - start) * 0.03;
	return [Math.max(domain[0], start - pad), Math.min(domain[1], end + pad)];
}
