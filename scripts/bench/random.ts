/**
 * Seeded random data for property tests and benchmarks: the same seed always gives the same timeline, so a failing
 * case can be replayed and timings compare like with like.
 */
import { labelShapes } from '../../src/lib/timeline/label-lines';
import type { LayoutItem } from '../../src/lib/timeline/layout-units';

const DAY = 86_400_000;

/** A deterministic PRNG (mulberry32): returns a function giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface RandomItemsOptions {
	lanes?: number;
	/** First and last instant events may start at. */
	range?: [number, number];
	/** Share of events that are day points rather than month/year/span windows. */
	pointShare?: number;
}

/**
 * `count` plausible timeline events, sorted by start: mostly day points, some months and years, a few long spans,
 * clumped in bursts; labels measured at 7 px a character.
 */
export function randomLayoutItems(count: number, seed: number, options: RandomItemsOptions = {}): LayoutItem[] {
	const random = seededRandom(seed);
	const lanes = options.lanes ?? 8;
	const [from, to] = options.range ?? [Date.UTC(1990, 0, 1), Date.UTC(2020, 0, 1)];
	const pointShare = options.pointShare ?? 0.7;
	// Real timelines clump around a few stories, so draw most starts near a handful of burst centres.
	const bursts = Array.from({ length: 12 }, () => from + random() * (to - from));
	const items: LayoutItem[] = [];
	for (let i = 0; i < count; i++) {
		const clumped = random() < 0.6;
		const centre = bursts[Math.floor(random() * bursts.length)];
		const raw = clumped ? centre + (random() - 0.5) * 120 * DAY : from + random() * (to - from);
		const start = Math.floor(Math.min(Math.max(raw, from), to) / DAY) * DAY;
		const kind = random();
		const point = kind < pointShare;
		const length = point
			? DAY
			: kind < pointShare + 0.15
				? 30 * DAY
				: kind < pointShare + 0.25
					? 365 * DAY
					: random() * 4 * 365 * DAY + DAY;
		const words = 1 + Math.floor(random() * 8);
		items.push({
			id: `event-${i}`,
			lane: Math.floor(random() * lanes),
			start,
			end: start + Math.round(length),
			point,
			shapes: labelShapes(
				'Something happened '
					.repeat(words)
					.slice(0, 6 + words * 9)
					.trim(),
				(text) => text.length * 7
			)
		});
	}
	return items.sort((a, b) => a.start - b.start);
}
