/** Small number helpers for the bench: frame statistics and table printing. */

export interface FrameStats {
	frames: number;
	median: number;
	p95: number;
	max: number;
	over50: number;
}

/** The value below which `q` (0..1) of the sorted values fall, nearest-rank. */
export function quantile(sorted: number[], q: number): number {
	if (!sorted.length) return NaN;
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[rank];
}

/** Median, p95, max and count of frames over 50 ms for a list of frame durations. */
export function frameStats(durations: number[]): FrameStats {
	const sorted = [...durations].sort((a, b) => a - b);
	return {
		frames: sorted.length,
		median: quantile(sorted, 0.5),
		p95: quantile(sorted, 0.95),
		max: sorted.length ? sorted[sorted.length - 1] : NaN,
		over50: sorted.filter((d) => d > 50).length
	};
}

/** `1234.5` → `1.2 KB`; bytes under 1 KB stay bytes. */
export function kb(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Milliseconds with one decimal, or `n/a`. */
export function ms(value: number | null | undefined): string {
	return value === null || value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} ms`;
}

/** Rows of cells as an aligned plain-text table, first row as the header. */
export function table(rows: string[][]): string {
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
	const line = (row: string[]) => row.map((cell, column) => (cell ?? '').padEnd(widths[column])).join('  ');
	return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
