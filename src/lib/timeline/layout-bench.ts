/**
 * A micro-benchmark of layoutTimeline for the bench script: lays out seeded random events at full zoom-out (the
 * worst case: every event in view) and reports timings in ms.
 */
import { scaleUtc } from 'd3';
import { layoutTimeline, sortForLayout, type LayoutOptions } from './layout';
import { randomLayoutItems } from './random';

export interface LayoutBenchOptions {
	items?: number;
	lanes?: number;
	width?: number;
	runs?: number;
	seed?: number;
}

export interface LayoutBenchResult {
	items: number;
	runs: number;
	width: number;
	/** marks drawn in the last run, events and clusters together */
	marks: number;
	clusters: number;
	medianMs: number;
	meanMs: number;
	minMs: number;
	maxMs: number;
}

/** Times layoutTimeline over `runs` runs (after one warm-up) on seeded random data at full zoom-out. */
export function benchLayout(options: LayoutBenchOptions = {}): LayoutBenchResult {
	const { items: count = 10_000, lanes: laneCount = 8, width = 1200, runs = 30, seed = 1 } = options;
	const lanes = Array.from({ length: laneCount }, (_, i) => `lane-${i}`);
	const items = sortForLayout(randomLayoutItems(count, seed, { lanes }));
	const domain: [number, number] = [items[0].start, Math.max(...items.map((item) => item.end))];
	const x = scaleUtc().domain(domain).range([0, width]);
	const layoutOptions: LayoutOptions = {
		lanes,
		maxRows: 4,
		markerRadius: 5,
		gap: 4,
		viewport: [-50, width + 50],
		maxLabelWidth: 180,
		minLabelWidth: 40
	};
	let result = layoutTimeline(items, x, layoutOptions);
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const begin = performance.now();
		result = layoutTimeline(items, x, layoutOptions);
		times.push(performance.now() - begin);
	}
	times.sort((a, b) => a - b);
	const marks = result.flatMap((lane) => lane.marks);
	return {
		items: count,
		runs,
		width,
		marks: marks.length,
		clusters: marks.filter((mark) => mark.kind === 'cluster').length,
		medianMs: times[Math.floor(times.length / 2)] ?? 0,
		meanMs: times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length),
		minMs: times[0] ?? 0,
		maxMs: times[times.length - 1] ?? 0
	};
}
