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
		/** How many levels to keep (the oldest is dropped): every level from the whole extent to a day fits. */
		private readonly capacity = 40
	) {}

	get(level: number): T {
		let layout = this.#layouts.get(level);
		if (layout === undefined) this.set(level, (layout = this.compute(level)));
		return layout;
	}

	/** Keeps a layout worked out elsewhere (in idle time). */
	set(level: number, layout: T): void {
		if (this.#layouts.has(level)) return;
		this.#layouts.set(level, layout);
		this.#order.push(level);
		if (this.#order.length > this.capacity) this.#layouts.delete(this.#order.shift()!);
	}

	has(level: number): boolean {
		return this.#layouts.has(level);
	}

	/** The deepest level at or below `level` already worked out, if any: drawing it at `level` only spreads it apart. */
	nearestAtOrBelow(level: number): number | undefined {
		let best: number | undefined;
		for (const known of this.#layouts.keys()) if (known <= level && (best === undefined || known > best)) best = known;
		return best;
	}
}

/** The levels from `from` to `to`, nearest to `target` first (a finer one before a coarser at the same distance). */
export function levelsOutward(target: number, from: number, to: number): number[] {
	const order: number[] = [];
	const farthest = Math.max(Math.abs(target - from), Math.abs(to - target));
	for (let distance = 0; distance <= farthest; distance++) {
		for (const level of distance ? [target + distance, target - distance] : [target]) {
			if (level >= from && level <= to) order.push(level);
		}
	}
	return order;
}
