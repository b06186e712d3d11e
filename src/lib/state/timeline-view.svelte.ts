/**
 * The shared view state of one timeline page: the document on show, the zoom transform (a ZoomTransform, which
 * d3-zoom moves once the Timeline component has attached it), the selection and hover. Components reach it through
 * `getTimelineView()`; buttons, keys, the overview brush and the period shortcuts all move the one transform.
 */
import { createContext } from 'svelte';
import type { TimelineDocument, TimelineEvent } from '../model/timeline';
import { eventWindow, formatEventDate, type TimeWindow } from '../dates/event-dates';
import { fullDomain, transformToWindow } from '../timeline/scale';
import { ZoomTransform } from './zoom-transform.svelte';
import {
	buildSearchIndex,
	matchEvents,
	type EventFilters,
	type FullTextFactory,
	type SearchIndex
} from '../search/search';

export interface ZoomTransformLike {
	k: number;
	x: number;
}

export interface IndexedEvent {
	event: TimelineEvent;
	window: TimeWindow;
	/** The date as the reader sees it ("mid-2016"), formatted once rather than on every frame. */
	readonly dateLabel: string;
	/** Position in date order. */
	readonly order: number;
}

export class TimelineView {
	document: TimelineDocument = $state.raw() as TimelineDocument;
	width = $state(0);
	/** The zoom transform and the d3-zoom behaviour that moves it. */
	readonly zoom = new ZoomTransform(() => ({ domain: this.domain, width: this.width }));
	selectedId: string | null = $state(null);
	hoveredId: string | null = $state(null);
	/** The search box's text; with the filters it narrows which events match. */
	query = $state('');
	filters: EventFilters = $state({ people: [], tags: [], sources: [] });
	/** The window a link asked for, applied once the timeline knows its width. */
	initialWindow: [number, number] | null = null;
	/**
	 * The domain whose first window the timeline has shown (first-view.svelte.ts); until it matches `domain` the
	 * transform is not yet the one the reader will see, and nothing is laid out for it.
	 */
	openedDomain: [number, number] | null = $state.raw(null);

	/** Events in date order with their windows, built once per document. */
	readonly indexed: IndexedEvent[] = $derived(indexEvents(this.document));
	// An old id (an alias of a merged, split or renamed event) finds its successor, so old links still open it.
	// Rebuilt whole by $derived when the document changes and never mutated, so a plain Map is right here.
	readonly byId: Map<string, IndexedEvent> = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		new Map(this.indexed.flatMap((item) => [item.event.id, ...(item.event.aliases ?? [])].map((id) => [id, item])))
	);
	readonly domain: [number, number] = $derived(fullDomain(this.indexed.map((item) => item.window)));
	readonly visibleWindow: [number, number] = $derived(
		this.width > 0 ? transformToWindow(this.domain, this.width, this.transform) : this.domain
	);
	/** The full-text engine, loaded on the first search (see loadFullText). */
	fullTextFactory: FullTextFactory | null = $state.raw(null);
	readonly searchIndex: SearchIndex = $derived(buildSearchIndex(this.document, this.fullTextFactory ?? undefined));
	/** Ids of the events that match the query and filters, or null when neither is set (everything shows). */
	readonly matches: Set<string> | null = $derived(matchEvents(this.searchIndex, this.query, this.filters));
	readonly selected: IndexedEvent | undefined = $derived(this.selectedId ? this.byId.get(this.selectedId) : undefined);
	/** The events the timeline lays out: the matches, or every event when nothing narrows the view. */
	readonly shown: IndexedEvent[] = $derived(
		this.matches ? this.indexed.filter((item) => this.matches!.has(item.event.id)) : this.indexed
	);

	/** How the timeline brings one event into view as itself (it knows where events are drawn). */
	#revealer: ((id: string) => void) | null = null;

	constructor(timeline: TimelineDocument) {
		this.document = timeline;
	}

	/** Loads the full-text search engine; until it arrives a query does not narrow the events yet. */
	async loadFullText(): Promise<void> {
		if (this.fullTextFactory) return;
		const { createFullTextIndex } = await import('../search/full-text');
		this.fullTextFactory = createFullTextIndex;
	}

	/** The zoom transform {k, x} over the base scale; `visibleWindow` says it in time. */
	get transform(): ZoomTransformLike {
		return this.zoom.value;
	}

	set transform(value: ZoomTransformLike) {
		this.zoom.value = value;
	}

	/** Called by the Timeline component with the way it reveals an event, or null when it goes. */
	attachRevealer(revealer: ((id: string) => void) | null): void {
		this.#revealer = revealer;
	}

	zoomBy(factor: number): void {
		this.zoom.zoomBy(factor);
	}

	panBy(pixels: number): void {
		this.zoom.panBy(pixels);
	}

	fit(): void {
		this.zoom.fit();
	}

	showWindow(span: [number, number], options?: { animate?: boolean }): void {
		this.zoom.showWindow(span, options);
	}

	/** Brings an event into view: drawn as itself where the timeline is there to say how, else just in the window. */
	reveal(id: string): void {
		const item = this.byId.get(id);
		if (!item) return;
		if (this.#revealer) return this.#revealer(id);
		const [from, to] = this.visibleWindow;
		const width = to - from;
		const { start, end } = item.window;
		if (start >= from && end <= to) return;
		const span = Math.max(width, (end - start) * 1.5);
		const mid = start + (end - start) / 2;
		this.showWindow([mid - span / 2, mid + span / 2], { animate: true });
	}

	/**
	 * The stretch of time the matching events cover, with room after the last for its label (labels run to the right
	 * of their marker), or null while nothing narrows the view or nothing matches.
	 */
	matchesWindow(): [number, number] | null {
		if (!this.matches || !this.shown.length) return null;
		const [from, to] = fullDomain(
			this.shown.map((item) => item.window),
			0
		);
		return [from - (to - from) * 0.05, to + (to - from) * 0.3];
	}

	select(id: string | null): void {
		this.selectedId = (id && this.byId.get(id)?.event.id) || null;
	}

	/** Replaces the document (an imported timeline): selection cleared, view at `span` or everything. */
	load(timeline: TimelineDocument, span: [number, number] | null = null): void {
		this.initialWindow = span;
		this.document = timeline;
		this.query = '';
		this.filters = { people: [], tags: [], sources: [] };
		this.selectedId = null;
		this.hoveredId = null;
	}
}

/** One event with its window; its display date is formatted when first asked for, not for all 10,000 at load. */
class IndexedEntry implements IndexedEvent {
	#dateLabel: string | undefined;

	constructor(
		readonly event: TimelineEvent,
		readonly window: TimeWindow,
		readonly order: number
	) {}

	get dateLabel(): string {
		return (this.#dateLabel ??= formatEventDate(this.event.date));
	}
}

/**
 * The events with their windows, in the document's order: timeline order, since every document is assembled by
 * `buildTimelineDocument` (the built-in one at build time, the others as they are checked on opening). A linked
 * document drawn before its check keeps the file's order of events that start together until the check has put
 * them right (unchecked-import.ts).
 */
export function indexEvents(timeline: TimelineDocument): IndexedEvent[] {
	return timeline.events.map((event, order) => new IndexedEntry(event, eventWindow(event.date), order));
}

export const [getTimelineView, setTimelineView] = createContext<TimelineView>();
