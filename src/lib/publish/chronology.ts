/**
 * The printed chronology of what a reader has on screen: the events whose dates fall in the visible window and
 * that match the search and filters, in date order, grouped by year, the articles they quote, and the search and
 * filters that chose them.
 */
import type { Source, TimelineDocument, TimelineEvent } from '../model/timeline';
import { utcYearLabel, windowsOverlap, type TimeWindow } from '../dates/event-dates';
import { filterLabel, GROUP_NAMES } from '../search/filter-options';
import type { EventFilters } from '../search/search';

/** An event with its time window, as the view indexes it. */
export interface Placed {
	event: TimelineEvent;
	window: TimeWindow;
}

export interface ChronologyYear<T extends Placed> {
	/** "2016": the year the events' dates start in. */
	year: string;
	entries: T[];
}

/**
 * The events of the current view, in the order given (the view's date order): those that overlap `[from, to)` and,
 * when a search or filter is on (`matches` not null), match it.
 */
export function eventsOfView<T extends Placed>(
	indexed: readonly T[],
	[from, to]: readonly [number, number],
	matches: ReadonlySet<string> | null
): T[] {
	const shown = { start: from, end: to };
	return indexed.filter(
		(item) => windowsOverlap(item.window, shown) && (matches === null || matches.has(item.event.id))
	);
}

/** Consecutive runs of events by the UTC year their date starts in; `entries` must already be in date order. */
export function groupByYear<T extends Placed>(entries: readonly T[]): ChronologyYear<T>[] {
	const years: ChronologyYear<T>[] = [];
	for (const item of entries) {
		const year = utcYearLabel(new Date(item.window.start));
		const last = years.at(-1);
		if (last?.year === year) last.entries.push(item);
		else years.push({ year, entries: [item] });
	}
	return years;
}

/** The articles the events quote, in the document's order of articles. */
export function sourcesQuoted<S extends Pick<Source, 'id'>>(entries: readonly Placed[], sources: readonly S[]): S[] {
	const quoted = new Set(entries.flatMap((item) => item.event.excerpts.map((excerpt) => excerpt.source)));
	return sources.filter((source) => quoted.has(source.id));
}

/** The search and filters in force, as lines a printed page heads with: `Search: “Banks”`, `People: Nigel Farage`. */
export function findDescription(timeline: TimelineDocument, query: string, filters: EventFilters): string[] {
	const lines = query ? [`Search: “${query}”`] : [];
	for (const group of ['people', 'tags', 'sources'] as const) {
		const values = filters[group];
		if (!values.length) continue;
		const name = GROUP_NAMES[group][values.length === 1 ? 'singular' : 'plural'];
		lines.push(`${name}: ${values.map((value) => filterLabel(timeline, group, value)).join(', ')}`);
	}
	return lines;
}
