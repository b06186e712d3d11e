/**
 * Zoom levels: the layout is worked out once per level (√2 apart) rather than once per frame. A level is a scale in
 * px per ms; the view at any scale draws the level at or just below it, so zooming in only spreads its boxes apart
 * and panning only moves them.
 */

const YEAR_MS = 365.25 * 86_400_000;
/** Level 0: one pixel per year. */
const LEVEL_ZERO = 1 / YEAR_MS;
const STEP = Math.SQRT2;
/** Scales a rounding error below a level's own still count as that level. */
const EPSILON = 1e-9;

/** The level at or just below a scale of `pxPerMs`. */
export function levelAt(pxPerMs: number): number {
	return Math.floor(Math.log(pxPerMs / LEVEL_ZERO) / Math.log(STEP) + EPSILON);
}

/** The scale (px per ms) of a level. */
export function levelScale(level: number): number {
	return LEVEL_ZERO * STEP ** level;
}

/** A cache of layouts by level, for one input: a new input (document, filter, label width) starts a new cache. */
export class LevelCache<T> {
	readonly #layouts = new Map<number, T>();
	readonly #order: number[] = [];

	constructor(
		private readonly compute: (level: number) => T,
		/** How many levels to keep: the oldest is dropped, as a zoom across the whole range visits every level. */
		private readonly capacity = 12
	) {}

	get(level: number): T {
		let layout = this.#layouts.get(level);
		if (layout === undefined) {
			layout = this.compute(level);
			this.#layouts.set(level, layout);
			this.#order.push(level);
			if (this.#order.length > this.capacity) this.#layouts.delete(this.#order.shift()!);
		}
		return layout;
	}
}
