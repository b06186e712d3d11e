/**
 * The one order of a timeline's events, used by the timeline, the list, Previous/Next and the event pages: by the
 * instant each date starts; where the articles say one event followed another (`follows`), that one comes after,
 * even when its vaguer date starts earlier; events starting together in the order the article they were first
 * told in tells them; then by title, then id. "Follows" is not a relation between any two events, so the whole
 * list is ordered at once (Kahn's topological sort, always taking the earliest event whose predecessors are out).
 */
import { eventWindow } from '../dates/event-dates';
import { occurrencesOfEach } from '../text/many-quotes';
import type { Source, TimelineEvent } from '../model/timeline';

type OrderedEvent = Pick<TimelineEvent, 'id' | 'title' | 'date' | 'excerpts' | 'follows'>;

/** Where an event is first told: which source (by its place in the document) and at what offset. */
interface Telling {
	source: number;
	offset: number;
}

const UNTOLD: Telling = { source: Infinity, offset: Infinity };

function startOf(event: OrderedEvent): number {
	try {
		return eventWindow(event.date).start;
	} catch {
		// An impossible date is reported by the validator; ordering it last keeps the order total.
		return Infinity;
	}
}

/**
 * Where each event that starts at the same instant as another is first told (the only ones ever compared by it):
 * for every source, all their quotes from it are found in one pass over its text, rather than a search per quote,
 * which took a good part of a second over 10,000 events. The others are left untold.
 */
function tellingsOf(
	events: readonly OrderedEvent[],
	sources: readonly Pick<Source, 'id' | 'text'>[],
	starts: readonly number[]
): Telling[] {
	const sharing = new Map<number, number>();
	for (const start of starts) sharing.set(start, (sharing.get(start) ?? 0) + 1);
	const tied = (i: number) => sharing.get(starts[i])! > 1;
	const sourceIndex = new Map(sources.map((source, index) => [source.id, index]));
	const quotes: string[][] = sources.map(() => []);
	events.forEach((event, i) => {
		if (!tied(i)) return;
		for (const excerpt of event.excerpts) {
			const source = sourceIndex.get(excerpt.source);
			if (source !== undefined) quotes[source].push(excerpt.quote);
		}
	});
	const found = sources.map((source, index) => occurrencesOfEach(source.text, quotes[index]));
	return events.map((event, i) => {
		let told = UNTOLD;
		if (!tied(i)) return told;
		for (const excerpt of event.excerpts) {
			const source = sourceIndex.get(excerpt.source);
			if (source === undefined || source > told.source) continue;
			const offset = found[source].get(excerpt.quote)?.[Math.max(1, excerpt.occurrence ?? 1) - 1];
			if (offset === undefined) continue;
			if (source < told.source || offset < told.offset) told = { source, offset };
		}
		return told;
	});
}

/** Ids by UTF-16 code unit: the same in every reader's locale. */
function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Indices into `events`, in timeline order. `sources` gives the texts that decide between events starting at the
 * same instant; a document already in order with no `follows` costs one pass.
 */
export function eventOrder(
	events: readonly OrderedEvent[],
	sources: readonly Pick<Source, 'id' | 'text'>[],
	starts: readonly number[] = events.map(startOf)
): number[] {
	// Found for all the events that need them on the first need: none when no two events start together.
	let tellings: Telling[] | undefined;
	const tellingOf = (i: number): Telling => (tellings ??= tellingsOf(events, sources, starts))[i];
	const compare = (a: number, b: number): number => {
		const byStart = starts[a] - starts[b];
		if (byStart) return byStart;
		const ta = tellingOf(a);
		const tb = tellingOf(b);
		return (
			ta.source - tb.source ||
			ta.offset - tb.offset ||
			compareCodeUnits(events[a].title, events[b].title) ||
			compareCodeUnits(events[a].id, events[b].id)
		);
	};

	const indices = events.map((_, i) => i);
	const anyFollows = events.some((event) => event.follows?.length);
	if (!anyFollows) {
		const inOrder = indices.every((i) => i === 0 || compare(i - 1, i) < 0);
		return inOrder ? indices : indices.sort(compare);
	}

	const byId = new Map(events.map((event, i) => [event.id, i]));
	const waitingFor = new Array<number>(events.length).fill(0);
	const followers: number[][] = events.map(() => []);
	events.forEach((event, i) => {
		for (const id of new Set(event.follows ?? [])) {
			const before = byId.get(id);
			// Unknown ids and an event following itself are the validator's to report; here they are ignored.
			if (before === undefined || before === i) continue;
			followers[before].push(i);
			waitingFor[i]++;
		}
	});
	const ready = new MinHeap<number>(compare);
	indices.forEach((i) => waitingFor[i] === 0 && ready.push(i));
	const order: number[] = [];
	while (ready.size) {
		const next = ready.pop()!;
		order.push(next);
		for (const after of followers[next]) if (--waitingFor[after] === 0) ready.push(after);
	}
	// Events caught in a cycle (the validator names it) keep their place by date, after the rest.
	if (order.length < events.length) {
		order.push(...indices.filter((i) => waitingFor[i] > 0).sort(compare));
	}
	return order;
}

/** A binary heap: the smallest item by `compare` comes out first. */
class MinHeap<T> {
	#items: T[] = [];
	constructor(private readonly compare: (a: T, b: T) => number) {}

	get size(): number {
		return this.#items.length;
	}

	push(item: T): void {
		const items = this.#items;
		items.push(item);
		for (let i = items.length - 1; i > 0;) {
			const parent = (i - 1) >> 1;
			if (this.compare(items[i], items[parent]) >= 0) break;
			[items[i], items[parent]] = [items[parent], items[i]];
			i = parent;
		}
	}

	pop(): T | undefined {
		const items = this.#items;
		const top = items[0];
		const last = items.pop();
		if (items.length && last !== undefined) {
			items[0] = last;
			for (let i = 0; ;) {
				const left = 2 * i + 1;
				const right = left + 1;
				let smallest = i;
				if (left < items.length && this.compare(items[left], items[smallest]) < 0) smallest = left;
				if (right < items.length && this.compare(items[right], items[smallest]) < 0) smallest = right;
				if (smallest === i) break;
				[items[i], items[smallest]] = [items[smallest], items[i]];
				i = smallest;
			}
		}
		return top;
	}
}
