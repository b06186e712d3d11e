/**
 * A micro-benchmark of the level layout for the bench script: lays out seeded random events at every zoom level
 * from the whole extent down to a day, cold, as a zoom across the whole range would, and reports per-level timings
 * in ms (min, median and max over the levels; `totalMs` for all of them).
 */
import { layoutLevel } from '../../src/lib/timeline/level-layout';
import { randomLayoutItems } from './random';
import { levelAt, levelScale } from '../../src/lib/timeline/zoom-levels';

export interface LayoutBenchOptions {
	items?: number;
	lanes?: number;
	width?: number;
	runs?: number;
	seed?: number;
}

export interface LayoutBenchResult {
	items: number;
	levels: number;
	/** clusters at the level of the whole extent */
	clusters: number;
	medianMs: number;
	minMs: number;
	maxMs: number;
	totalMs: number;
}

/** Times layoutLevel at each level from the whole extent to a day across `width` px. */
export function benchLayout(options: LayoutBenchOptions = {}): LayoutBenchResult {
	const { items: count = 10_000, lanes = 8, width = 1200, seed = 1 } = options;
	const items = randomLayoutItems(count, seed, { lanes });
	const span = Math.max(...items.map((item) => item.end)) - items[0].start;
	const layoutOptions = { laneCount: lanes, maxRows: 4, maxLine: 320, minLabel: 56 };
	const first = levelAt(width / span);
	const last = levelAt(width / 86_400_000);
	const times: number[] = [];
	let clusters = 0;
	for (let level = first; level <= last; level++) {
		const begin = performance.now();
		const layout = layoutLevel(items, levelScale(level), layoutOptions);
		times.push(performance.now() - begin);
		if (level === first) clusters = layout.units.filter((unit) => unit.kind === 'cluster').length;
	}
	const sorted = [...times].sort((a, b) => a - b);
	return {
		items: count,
		levels: times.length,
		clusters,
		medianMs: sorted[Math.floor(sorted.length / 2)],
		minMs: sorted[0],
		maxMs: sorted[sorted.length - 1],
		totalMs: times.reduce((sum, time) => sum + time, 0)
	};
}
