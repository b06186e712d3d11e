/**
 * How many events fall in each slice of time, for the overview histogram under the zoom brush.
 */
import { bin } from 'd3-array';
import type { TimeWindow } from '../dates/window';

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
	const mids = windows.map((w) => (typeof w === 'number' ? w : w.start + (w.end - w.start) / 2));
	const step = (d1 - d0) / count;
	// Explicit thresholds: d3's default would "nice" the bins and change their number.
	const thresholds = Array.from({ length: count - 1 }, (_, i) => d0 + (i + 1) * step);
	const bins = bin().domain([d0, d1]).thresholds(thresholds)(mids);
	return bins.map((b) => ({ x0: b.x0 ?? d0, x1: b.x1 ?? d1, count: b.length }));
}
