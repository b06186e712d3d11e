/**
 * What the filter pickers offer and how a chosen filter reads as a chip: every person, tag and source that
 * at least one event carries, with how many events carry it.
 */
import type { TimelineDocument } from '../model/timeline';
import { sourceLabel } from '../reader/source-label';
import type { EventFilters } from './search';

export type FilterGroup = keyof EventFilters;

export interface FilterOption {
	value: string;
	label: string;
	count: number;
}

/** How many events carry each value, an event counted once however often it repeats a value. */
function countPerEvent<T>(events: readonly T[], valuesOf: (event: T, add: (value: string) => void) => void) {
	const counts = new Map<string, number>();
	// The last event that counted each value: no Set per event (this runs over every event of a large file at load).
	const countedBy = new Map<string, number>();
	events.forEach((event, index) =>
		valuesOf(event, (value) => {
			if (countedBy.get(value) === index) return;
			countedBy.set(value, index);
			counts.set(value, (counts.get(value) ?? 0) + 1);
		})
	);
	return counts;
}

/** People by how many events name them (then alphabetically); tags in lane order; sources in document order. */
export function filterOptions(timeline: TimelineDocument): Record<FilterGroup, FilterOption[]> {
	const { events } = timeline;
	const people = countPerEvent(events, (event, add) => event.people.forEach(add));
	const tags = countPerEvent(events, (event, add) => event.tags.forEach(add));
	const sources = countPerEvent(events, (event, add) => event.excerpts.forEach((e) => add(e.source)));
	return {
		people: [...people]
			.map(([value, count]) => ({ value, label: value, count }))
			.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
		tags: timeline.tags
			.filter((tag) => tags.has(tag.id))
			.map((tag) => ({ value: tag.id, label: tag.label, count: tags.get(tag.id) ?? 0 })),
		sources: timeline.sources
			.filter((source) => sources.has(source.id))
			.map((source) => ({ value: source.id, label: sourceLabel(source), count: sources.get(source.id) ?? 0 }))
	};
}

/** The words a chip shows for one filter value; unknown ids are shown as they are. */
export function filterLabel(timeline: TimelineDocument, group: FilterGroup, value: string): string {
	if (group === 'tags') return timeline.tags.find((tag) => tag.id === value)?.label ?? value;
	if (group === 'sources') {
		const source = timeline.sources.find((s) => s.id === value);
		return source ? sourceLabel(source) : value;
	}
	return value;
}

export const GROUP_NAMES: Record<FilterGroup, { singular: string; plural: string }> = {
	people: { singular: 'Person', plural: 'People' },
	tags: { singular: 'Theme', plural: 'Themes' },
	sources: { singular: 'Source', plural: 'Sources' }
};
