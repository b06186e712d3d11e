/**
 * The chronological list as rows of fixed heights: year headings, month headings and events, with the
 * arithmetic that virtualises it (which rows a scroll position shows) and ties it to the timeline (which
 * stretch of time the rows in view cover, which row a visible window starts at).
 */
import type { IndexedEvent } from '../../state/timeline-view.svelte';
import { MONTH_NAMES } from '../../dates/event-dates';

export type Row =
	| { kind: 'year'; key: string; label: string }
	| { kind: 'month'; key: string; label: string }
	| { kind: 'event'; key: string; item: IndexedEvent };

export interface RowHeights {
	year: number;
	month: number;
	event: number;
}

/**
 * Events (already in date order) under a heading for each year and, where the date names a month, for each
 * month. Events dated only to a year sit under the year heading itself.
 */
export function buildRows(items: readonly IndexedEvent[]): Row[] {
	const rows: Row[] = [];
	let year = '';
	let month = '';
	for (const item of items) {
		const start = item.event.date.start;
		const itemYear = start.slice(0, 4);
		const itemMonth = start.length >= 7 ? start.slice(0, 7) : '';
		if (itemYear !== year) {
			year = itemYear;
			month = '';
			rows.push({ kind: 'year', key: `year:${itemYear}`, label: itemYear });
		}
		if (itemMonth && itemMonth !== month) {
			month = itemMonth;
			rows.push({
				kind: 'month',
				key: `month:${itemMonth}`,
				label: `${MONTH_NAMES[Number(itemMonth.slice(5, 7)) - 1]} ${itemYear}`
			});
		}
		rows.push({ kind: 'event', key: `event:${item.event.id}`, item });
	}
	return rows;
}

/** Top offset of every row, plus the total height as the last entry. */
export function rowOffsets(rows: readonly Row[], heights: RowHeights): Float64Array {
	const offsets = new Float64Array(rows.length + 1);
	for (let i = 0; i < rows.length; i++) offsets[i + 1] = offsets[i] + heights[rows[i].kind];
	return offsets;
}

/** Index of the row under `y` (clamped to the rows). */
export function rowAt(offsets: Float64Array, y: number): number {
	const count = offsets.length - 1;
	if (count <= 0) return 0;
	let low = 0;
	let high = count - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (offsets[mid] <= y) low = mid;
		else high = mid - 1;
	}
	return low;
}

/** Rows to render for a scroll position: those in view plus `overscan` on each side, as [first, end). */
export function renderRange(offsets: Float64Array, scrollTop: number, height: number, overscan = 6): [number, number] {
	const count = offsets.length - 1;
	if (count <= 0) return [0, 0];
	const first = Math.max(0, rowAt(offsets, scrollTop) - overscan);
	const last = Math.min(count, rowAt(offsets, scrollTop + height) + 1 + overscan);
	return [first, last];
}

/** The events whose rows are at least half in view, in order. */
export function eventsInView(
	rows: readonly Row[],
	offsets: Float64Array,
	scrollTop: number,
	height: number
): IndexedEvent[] {
	const found: IndexedEvent[] = [];
	const bottom = scrollTop + height;
	for (let i = rowAt(offsets, scrollTop); i < rows.length && offsets[i] < bottom; i++) {
		const row = rows[i];
		const middle = (offsets[i] + offsets[i + 1]) / 2;
		if (row.kind === 'event' && middle >= scrollTop && middle <= bottom) found.push(row.item);
	}
	return found;
}

const DAY = 86_400_000;

/**
 * The stretch of time the timeline should show for the events in view in the list: from the first one's
 * start to the last one's start (long spans count only their first month), padded, at least `minDays` wide.
 */
export function windowForEvents(items: readonly IndexedEvent[], minDays = 10): [number, number] | null {
	if (!items.length) return null;
	let from = Infinity;
	let to = -Infinity;
	for (const { window: span } of items) {
		from = Math.min(from, span.start);
		to = Math.max(to, Math.min(span.end, span.start + 31 * DAY));
	}
	const pad = (to - from) * 0.04;
	[from, to] = [from - pad, to + pad];
	const short = minDays * DAY - (to - from);
	if (short > 0) [from, to] = [from - short / 2, to + short / 2];
	// Keep the first event's start in view despite the centring above.
	return [Math.min(from, items[0].window.start - DAY / 2), to];
}

/**
 * The row the list should start at for a visible window: the first event starting inside it, else the last
 * event that began before it and still runs into it; -1 when no event is in view at all.
 */
export function rowForWindow(rows: readonly Row[], span: readonly [number, number]): number {
	const [from, to] = span;
	let overlapping = -1;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i];
		if (row.kind !== 'event') continue;
		const { start, end } = row.item.window;
		if (start >= to) break;
		if (start >= from) return i;
		if (end > from) overlapping = i;
	}
	return overlapping;
}

/** The row to scroll to for row `index`: its month or year heading when the heading sits right above it. */
export function headingAbove(rows: readonly Row[], index: number): number {
	let at = index;
	while (at > 0 && rows[at - 1].kind !== 'event') at--;
	return at;
}
