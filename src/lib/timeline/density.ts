/**
 * How many events fall in each slice of time, for the overview histogram under the zoom brush.
 */
import type { TimeWindow } from '../dates/event-dates';

export interface DensityBin {
	/** Bin start, ms (inclusive). */
	x0: number;
	/** Bin end, ms (exclusive, except the last bin, which includes the domain's end). */
	x1: number;
	count: number;
}

/** Counts of events per equal-width bin over `domain`; windows count at their midpoint, values outside are ignored. */
export function densityBins(
	windows: TimeWindow[] | number[],
	domain: [number, number],
	binCount: number
): DensityBin[] {
	const [d0, d1] = domain;
	const count = Math.floor(binCount);
	if (!(d1 > d0) || !(count >= 1)) return [];
	const step = (d1 - d0) / count;
	// Bin i holds [d0 + i·step, d0 + (i+1)·step); the last one also holds d1. The edges are the ones d3's `bin` would
	// use with these thresholds, and a value on an edge goes to the bin the edge opens, as it would there too.
	const edges = Array.from({ length: count + 1 }, (_, i) => (i === 0 ? d0 : i === count ? d1 : d0 + i * step));
	const counts = new Array<number>(count).fill(0);
	for (const w of windows) {
		const mid = typeof w === 'number' ? w : w.start + (w.end - w.start) / 2;
		if (!(mid >= d0 && mid <= d1)) continue;
		let i = Math.min(count - 1, Math.floor((mid - d0) / step));
		while (i > 0 && mid < edges[i]) i--;
		while (i < count - 1 && mid >= edges[i + 1]) i++;
		counts[i]++;
	}
	return counts.map((n, i) => ({ x0: edges[i], x1: edges[i + 1], count: n }));
}
