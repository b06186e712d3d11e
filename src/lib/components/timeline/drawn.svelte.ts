/**
 * What the timeline draws, derived from the view: the lanes that have shown events, the events as layout items, the
 * layout of the zoom level at or below the live scale (cached per level), and the marks of it in view at that scale.
 * Nothing here writes state; the Timeline component reads it and renders.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- every Map and Set here is built whole by a $derived, never changed */
import { untrack } from 'svelte';
import type { TimelineView } from '../../state/timeline-view.svelte';
import { marksInView, type MarksInView } from '../../timeline/in-view';
import { steadyMarks } from '../../timeline/steady-marks';
import { pxOf, zoomedScale, zoomExtent, type LinearScale } from '../../timeline/scale';
import { translationShowing } from '../../timeline/show-event';
import { layoutInSteps, layoutLevel } from '../../timeline/level-layout';
import { labelStartAt, midOf, type ClusterUnit, type LayoutItem, type LevelLayout } from '../../timeline/layout-units';
import type { LabelShapes } from '../../timeline/label-lines';
import { LevelCache, levelAt, levelScale, levelsOutward } from '../../timeline/zoom-levels';

export const ROW = 18;
/** Every other lane is shaded, from the second; the titles of its events take its shade (EventMarker). */
export const shadedLane = (lane: number) => lane % 2 === 1;
export const LANE_HEADER = 15;
/** Narrower than this, px, the timeline is one lane (a phone). */
export const COMPACT_WIDTH = 600;
const laneHeight = (rows: number) => LANE_HEADER + rows * ROW + (rows ? 3 : 0);
/**
 * Rows a lane may take before its events cluster: 10, and fewer in a document of more than 500 events (7 at 1,000, 3
 * at 10,000), where a lane of ten rows of titles is more than anyone reads and counts say more, and where each mark
 * drawn costs every frame of a zoom (at 1,000 events, 10 rows dropped frames that 7 do not).
 */
export const rowsPerLane = (events: number) =>
	Math.max(3, Math.min(10, Math.floor(10 * Math.sqrt(500 / Math.max(1, events)))));
/** A label cut shorter than this is not drawn: the hover card and the list carry the title. */
export const MIN_LABEL = 110;
/** In motion, the levels drawn are this many apart (a factor of 4 in scale). */
const MOTION_STEP = 4;
/** The longest stretch of layout work in idle time, ms. */
const SLICE_MS = 5;
/**
 * A browser may give a page no idle period for a long while once it stops drawing frames (Chromium, after a wheel
 * zoom, for seconds): an idle callback then runs as a plain task after this long, ms, and does one slice.
 */
const IDLE_WAIT_MS = 100;
/** Idle callbacks, or where a browser has none, a timer that allows a few ms. */
const requestIdle: (run: (deadline: IdleDeadline) => void) => number =
	typeof requestIdleCallback === 'function'
		? (run) => requestIdleCallback(run, { timeout: IDLE_WAIT_MS })
		: (run) =>
				globalThis.setTimeout(() => {
					const end = performance.now() + 8;
					run({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) });
				}, 16) as unknown as number;
const cancelIdle: (handle: number) => void = globalThis.cancelIdleCallback ?? clearTimeout;
/** The layouts of one input by level, and a way to work one out in steps. */
interface Levels {
	cache: LevelCache<LevelLayout>;
	inSteps: (level: number) => Generator<void, LevelLayout, void>;
}
const nothing: MarksInView = { events: [], clusters: [], laneRows: [] };

export class DrawnTimeline {
	constructor(
		private readonly view: TimelineView,
		private readonly shape: (title: string) => LabelShapes
	) {
		// Constructed in a component's setup: the level at rest is where the next motion starts from.
		$effect(() => {
			if (!this.view.zoom.moving) this.#restLevel = this.level;
		});
		// Works only while the view is still (in motion its frames come first, and it draws a coarser level meanwhile),
		// starting again from the live level when it or the layout's input changes; a level worked out does not.
		$effect(() => {
			const levels = this.#levels;
			const from = this.level;
			if (this.view.zoom.moving) return;
			return untrack(() => this.#workAheadWhenIdle(levels, from));
		});
	}

	readonly compact = $derived.by(() => this.view.width < COMPACT_WIDTH);

	/**
	 * The document's lanes that hold at least one shown event; an event outside every lane goes in the last. On a
	 * phone, one lane for all: a strip that leaves the page room, rather than ten lanes of two rows.
	 */
	readonly lanes = $derived.by(() => {
		if (this.compact) return [{ id: '', label: 'All events' }];
		const tags = this.view.document.tags;
		const laneOf = (tag: string | undefined) => (tags.some((t) => t.id === tag) ? tag : tags[tags.length - 1]?.id);
		const used = new Set(this.view.shown.map((item) => laneOf(item.event.tags[0])));
		return tags.filter((tag) => used.has(tag.id));
	});

	/** The shown events by start (ties keep the view's order), as the layout takes them. */
	readonly items: LayoutItem[] = $derived.by(() => {
		const laneIndex = new Map(this.lanes.map((tag, index) => [tag.id, index]));
		const last = this.lanes.length - 1;
		// (On a phone the one lane has the id '', which no event's tag has: every event falls to it.)
		return this.view.shown
			.map((item) => ({
				id: item.event.id,
				lane: laneIndex.get(item.event.tags[0]) ?? last,
				start: item.window.start,
				end: item.window.end,
				point: item.event.date.precision === 'day',
				shapes: this.shape(item.event.title)
			}))
			.sort((a, b) => a.start - b.start);
	});

	/** Item index by event id. */
	readonly indexOf = $derived(new Map(this.items.map((item, index) => [item.id, index])));

	readonly #levels: Levels = $derived.by(() => {
		const items = this.items;
		const options = {
			laneCount: this.lanes.length,
			maxRows: this.compact ? 6 : rowsPerLane(items.length),
			maxLine: this.compact ? 220 : 360,
			minLabel: MIN_LABEL
		};
		return {
			cache: new LevelCache((level) => layoutLevel(items, levelScale(level), options)),
			inSteps: (level: number) => layoutInSteps(items, levelScale(level), options)
		};
	});

	/** The live scale as plain numbers. */
	readonly scale: LinearScale = $derived.by(() => zoomedScale(this.view.domain, this.view.width, this.view.transform));

	/** The level of the live scale. */
	readonly level = $derived(levelAt(this.scale.perMs));
	/** Bumped when a level is worked out in idle time, so the view can move on to it. */
	#worked = $state(0);
	/** The level of the view when it last came to rest. */
	#restLevel = $state(0);
	/**
	 * The level drawn: at rest, the live one. In motion, the level it started from, then every fourth level from there
	 * (drawn at a larger scale a level only spreads apart), so that a pan redraws no row and a zoom across many levels
	 * redraws rows and labels a few times rather than at every √2. Only a level already worked out is drawn (else the
	 * deepest below it that is), so neither a wheel event nor the frame where the view comes to rest waits for a
	 * layout: the live level follows from idle time. Only the first frame, with nothing worked out, lays one out.
	 */
	readonly drawnLevel = $derived.by(() => {
		void this.#worked;
		const { cache } = this.#levels;
		if (!this.view.zoom.moving) return cache.nearestAtOrBelow(this.level) ?? this.level;
		const steps = Math.floor((this.level - this.#restLevel) / MOTION_STEP);
		const wanted = this.#restLevel + steps * MOTION_STEP;
		return cache.nearestAtOrBelow(wanted) ?? cache.nearestAtOrBelow(this.level) ?? this.level;
	});
	readonly layout = $derived(this.#levels.cache.get(this.drawnLevel));
	/** A coarser level stands in for the live one, which idle time is still working out (or the view is moving). */
	readonly provisional = $derived(this.drawnLevel !== this.level);
	/** Where the mark layer starts, px of the view: it moves with the zoom's translation, so a pan moves the layer. */
	readonly origin = $derived(this.scale.r0);
	/** The marks of the frame before, which `marks` hands on where they have not changed (a memo, not state). */
	#lastMarks: MarksInView | null = null;
	/**
	 * The marks in view, in the mark layer's pixels (add `origin` for the view's). Nothing until the first window is
	 * shown: a layout for the transform before it would be thrown away at once.
	 */
	readonly marks: MarksInView = $derived.by(() => {
		if (this.view.width <= 0 || this.view.openedDomain !== this.view.domain) return nothing;
		const inView = marksInView(this.layout, this.items, this.scale, this.view.width, MIN_LABEL);
		return (this.#lastMarks = steadyMarks(inView, this.origin, this.#lastMarks));
	});

	/**
	 * Top of each lane and the height of all, px: a lane is its header and the rows its events in view take, so a lane
	 * with nothing in view folds to its header. Rows belong to the level, so an event keeps its row while the reader
	 * pans; only the lanes' heights follow what is in view.
	 */
	readonly laneTops = $derived.by(() => {
		let top = 0;
		return this.lanes.map((_, lane) => {
			const at = top;
			top += laneHeight(this.marks.laneRows[lane] ?? 0);
			return at;
		});
	});
	readonly height = $derived.by(() => {
		const last = this.lanes.length - 1;
		return last < 0 ? 0 : this.laneTops[last] + laneHeight(this.marks.laneRows[last] ?? 0);
	});

	/** The top of a row of a lane, px. */
	rowTop(lane: number, row: number): number {
		return (this.laneTops[lane] ?? 0) + LANE_HEADER + row * ROW;
	}

	/**
	 * Works out the other levels of the zoom's range in idle time, nearest to the live level first, in slices that
	 * stop when the browser's idle period does, so that zooming finds them ready rather than laying out inside a wheel
	 * event, and no frame waits for a whole level.
	 */
	#workAheadWhenIdle({ cache, inSteps }: Levels, from: number): () => void {
		// The live level always, even where rounding puts it beyond the zoom's range: the view at rest waits for it.
		const pending = levelsOutward(from, Math.min(from, this.coarsest), Math.max(from, this.deepest));
		let level: number | undefined;
		let steps: ReturnType<typeof inSteps> | null = null;
		let handle: number;
		const work = (deadline: IdleDeadline) => {
			// An idle period may last 50 ms; a slice stops well before, so a press or a wheel step then is not kept waiting.
			const stop = performance.now() + SLICE_MS;
			while ((deadline.didTimeout || deadline.timeRemaining() > 1) && performance.now() < stop) {
				if (!steps) {
					level = pending.shift();
					if (level === undefined) return;
					if (!cache.has(level)) steps = inSteps(level);
					continue;
				}
				const step = steps.next();
				if (step.done) {
					cache.set(level!, step.value);
					steps = null;
					// The view may now draw this level: that redraw ends the slice, rather than adding to a full one.
					this.#worked++;
					break;
				}
			}
			handle = requestIdle(work);
		};
		handle = requestIdle(work);
		return () => cancelIdle(handle);
	}

	/** The zoom k at which a level is drawn exactly. */
	kOf(level: number): number {
		return levelScale(level) / zoomedScale(this.view.domain, this.view.width).perMs;
	}

	/** The level of the whole extent, the coarsest the zoom reaches. */
	get coarsest(): number {
		return levelAt(zoomedScale(this.view.domain, this.view.width).perMs);
	}

	/** The deepest level the zoom reaches. */
	get deepest(): number {
		const { domain, width } = this.view;
		return levelAt(zoomedScale(domain, width, { k: zoomExtent(domain, width)[1], x: 0 }).perMs);
	}

	/** A level's layout for an action (never inside a $derived): one worked out now is drawn from now on too. */
	#levelFor(level: number) {
		const known = this.#levels.cache.has(level);
		const layout = this.#levels.cache.get(level);
		if (!known) this.#worked++;
		return layout;
	}

	/** How an event is drawn at a level. */
	unitAt(level: number, index: number) {
		return this.#levelFor(level).unitOf[index];
	}

	/** The first level from `from` on where an event is drawn as itself (with its whole title, if asked); or null. */
	levelDrawing(index: number, from: number, whole = false): number | null {
		for (let level = from; level <= this.deepest; level++) {
			const unit = this.#levelFor(level).unitOf[index];
			if (unit?.kind === 'event' && (!whole || (unit.labelWidth > 0 && !unit.truncated))) return level;
		}
		return null;
	}

	/**
	 * The zoom k and translation x that show an event as itself (with its whole title when `whole`), zooming in only as
	 * far as that takes; with the cluster to list when no level draws it as itself. Null for an event not laid out.
	 */
	showing(id: string, whole: boolean): { k: number; x: number; toList: ClusterUnit | null } | null {
		const index = this.indexOf.get(id);
		if (index === undefined) return null;
		const { domain, width, transform } = this.view;
		const level = this.levelDrawing(index, this.level, whole) ?? this.levelDrawing(index, this.level);
		const unit = level === null ? this.layout.unitOf[index] : this.unitAt(level, index);
		const item = this.items[index];
		const k = level === null || level === this.level ? transform.k : this.kOf(level);
		const labelWidth = unit.kind === 'event' ? unit.labelWidth : 0;
		const at = (ms: number) => pxOf(zoomedScale(domain, width, { k, x: 0 }), ms);
		const markerAtZero = at(midOf(item));
		const x = translationShowing({
			markerAtZero,
			x: k === transform.k ? transform.x : 0,
			width,
			labelRoom: labelStartAt(item, unit.kind === 'cluster' || unit.overBand, at) - markerAtZero + labelWidth,
			labelWidth,
			whole
		});
		return { k, x, toList: level === null && unit.kind === 'cluster' ? unit : null };
	}

	/** The first level deeper than now where a cluster's members are no longer all counted together; or null. */
	levelSeparating(cluster: ClusterUnit): number | null {
		for (let level = this.drawnLevel + 1; level <= this.deepest; level++) {
			const { unitOf } = this.#levelFor(level);
			const first = unitOf[cluster.members[0]];
			if (first.kind === 'event' || cluster.members.some((member) => unitOf[member] !== first)) return level;
		}
		return null;
	}
}
