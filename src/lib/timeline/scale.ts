/**
 * The time axis as d3-zoom sees it: a base linear scale of ms over the whole timeline mapped to the plot width, and zoom
 * transforms {k, x} relative to it. These helpers convert between a transform and the window of time it shows, so
 * the URL, the overview brush and the keyboard can all speak in windows while d3-zoom keeps its own state.
 */
import { utcYear } from 'd3-time';
import type { TimeWindow } from '../dates/event-dates';

const DAY = 86_400_000;

/** Narrowest whole-timeline domain; a single day-long event should still be seen in context, not fill the screen. */
export const MIN_DOMAIN_MS = 30 * DAY;

/** By default the deepest zoom shows about a day and a half across the plot. */
export const DEFAULT_MIN_VISIBLE_MS = DAY * 1.5;

export interface ZoomTransformLike {
	k: number;
	x: number;
}

/** The extent of all windows plus a margin each side; at least MIN_DOMAIN_MS wide; the current UTC year when empty. */
export function fullDomain(windows: TimeWindow[], marginFraction = 0.03, now = Date.now()): [number, number] {
	if (windows.length === 0) {
		const year = utcYear.floor(new Date(now));
		return [year.getTime(), utcYear.offset(year, 1).getTime()];
	}
	let lo = Infinity;
	let hi = -Infinity;
	for (const span of windows) {
		if (span.start < lo) lo = span.start;
		if (span.end > hi) hi = span.end;
	}
	if (hi - lo < MIN_DOMAIN_MS) {
		const centre = lo + (hi - lo) / 2;
		lo = centre - MIN_DOMAIN_MS / 2;
		hi = centre + MIN_DOMAIN_MS / 2;
	}
	const margin = (hi - lo) * Math.max(0, marginFraction);
	return [Math.floor(lo - margin), Math.ceil(hi + margin)];
}

/**
 * [minK, maxK] for d3-zoom's scaleExtent: 1 shows the whole domain, maxK shows minVisibleMs across the plot.
 * The ratio does not depend on the width (k is relative to the base scale); width is taken so callers need not care.
 */
export function zoomExtent(
	domain: [number, number],
	width: number,
	minVisibleMs = DEFAULT_MIN_VISIBLE_MS
): [number, number] {
	const span = domain[1] - domain[0];
	if (!(span > 0) || !(width > 0) || !(minVisibleMs > 0)) return [1, 1];
	return [1, Math.max(1, span / minVisibleMs)];
}

/** A linear time scale as plain numbers: px = r0 + (ms - d0) · perMs. */
export interface LinearScale {
	r0: number;
	d0: number;
	perMs: number;
}

/**
 * The scale a zoom transform draws at: the whole domain across `width` px (the base scale d3-zoom rescales, at
 * {k: 1, x: 0}), zoomed by k and moved by x. Plain arithmetic on ms: a d3 `scaleUtc` would bring d3-time-format to
 * the first page for tick formats the axis never asks it for.
 */
export function zoomedScale(
	domain: readonly [number, number],
	width: number,
	transform: ZoomTransformLike = { k: 1, x: 0 }
): LinearScale {
	return {
		r0: transform.x,
		d0: domain[0],
		perMs: (Math.max(1, width) * transform.k) / Math.max(1, domain[1] - domain[0])
	};
}

/** px of the time `ms` on `scale`. */
export function pxOf(scale: LinearScale, ms: number): number {
	return scale.r0 + (ms - scale.d0) * scale.perMs;
}

/** The time, ms, at `px` on `scale`. */
export function msAt(scale: LinearScale, px: number): number {
	return scale.d0 + (px - scale.r0) / scale.perMs;
}

/** The d3-zoom transform (y = 0) that shows `window`, clamped to the zoom extent and kept inside the domain. */
export function windowToTransform(
	domain: [number, number],
	width: number,
	window: [number, number],
	minVisibleMs = DEFAULT_MIN_VISIBLE_MS
): ZoomTransformLike {
	const span = domain[1] - domain[0];
	if (!(span > 0) || !(width > 0)) return { k: 1, x: 0 };
	const [minK, maxK] = zoomExtent(domain, width, minVisibleMs);
	const wanted = Math.max(window[1] - window[0], 1);
	const k = clamp(span / wanted, minK, maxK);
	// Centre on the requested window so a window narrower than the deepest zoom stays in the middle of the view.
	const centre = pxOf(zoomedScale(domain, width), window[0] + (window[1] - window[0]) / 2);
	// A translate extent of [0, width] means the view never slides past either end of the domain.
	const x = clamp(width / 2 - k * centre, width - k * width, 0);
	return { k, x: x === 0 ? 0 : x };
}

/** The window of time [start, end] ms a d3-zoom transform shows over the base scale. */
export function transformToWindow(domain: [number, number], width: number, t: ZoomTransformLike): [number, number] {
	if (!(width > 0) || !(t.k > 0)) return [domain[0], domain[1]];
	const shown = zoomedScale(domain, width, t);
	return [msAt(shown, 0), msAt(shown, width)];
}

function clamp(value: number, lo: number, hi: number): number {
	return value < lo ? lo : value > hi ? hi : value;
}
