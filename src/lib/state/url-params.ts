/**
 * The view as URL search parameters, so a reload or a shared link opens the same view:
 * `event` (selected id), `from`/`to` (visible window, YYYY-MM-DD), `q` (search), `person`, `tag`,
 * `source` (filters, repeatable), `src` (another timeline to open) and `timeline` (a personal timeline saved in
 * this browser, by its local id). Parsing never throws: a bad value
 * is dropped and described in `errors`, so the rest of the link still works.
 */
import { dateStringWindow } from '../dates/event-dates';
import { DATE_PATTERN } from '../model/timeline';

export interface ViewParams {
	event: string | null;
	window: [number, number] | null;
	query: string;
	people: string[];
	tags: string[];
	sources: string[];
	src: string | null;
	timeline?: string | null;
}

export const EMPTY_PARAMS: ViewParams = {
	event: null,
	window: null,
	query: '',
	people: [],
	tags: [],
	sources: [],
	src: null
};

/** Reads view parameters; problems (a malformed date, a window that ends before it starts) go to `errors`. */
export function parseViewParams(params: URLSearchParams): { params: ViewParams; errors: string[] } {
	const errors: string[] = [];
	const from = params.get('from');
	const to = params.get('to');
	let span: [number, number] | null = null;
	if (from !== null || to !== null) {
		const start = readDate('from', from, errors);
		const end = readDate('to', to, errors);
		if (start !== null && end !== null) {
			if (end.end <= start.start)
				errors.push(`URL parameter "to" (${to}) is not after "from" (${from}); showing everything.`);
			else span = [start.start, end.end];
		}
	}
	const list = (name: string) => [
		...new Set(
			params
				.getAll(name)
				.map((value) => value.trim())
				.filter(Boolean)
		)
	];
	return {
		params: {
			event: params.get('event')?.trim() || null,
			window: span,
			query: params.get('q')?.trim() ?? '',
			people: list('person'),
			tags: list('tag'),
			sources: list('source'),
			src: params.get('src')?.trim() || null,
			timeline: params.get('timeline')?.trim() || null
		},
		errors
	};
}

function readDate(name: string, value: string | null, errors: string[]) {
	if (value === null) {
		errors.push(`URL parameter "${name}" is missing; "from" and "to" go together.`);
		return null;
	}
	if (!DATE_PATTERN.test(value)) {
		errors.push(`URL parameter "${name}" should be a date like 2016-08-24, not "${value}".`);
		return null;
	}
	try {
		return dateStringWindow(value);
	} catch (error) {
		errors.push(`URL parameter "${name}": ${(error as Error).message}.`);
		return null;
	}
}

function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** Writes view parameters in a fixed order, leaving out what is empty. */
export function serializeViewParams(view: ViewParams): URLSearchParams {
	const params = new URLSearchParams();
	if (view.src) params.set('src', view.src);
	if (view.timeline) params.set('timeline', view.timeline);
	if (view.event) params.set('event', view.event);
	if (view.window) {
		params.set('from', isoDay(view.window[0]));
		// The window's end is exclusive; the URL names the last day shown.
		params.set('to', isoDay(Math.max(view.window[0], view.window[1] - 1)));
	}
	if (view.query) params.set('q', view.query);
	for (const person of view.people) params.append('person', person);
	for (const tag of view.tags) params.append('tag', tag);
	for (const source of view.sources) params.append('source', source);
	return params;
}

/**
 * What changed from one view to the next, as far as the history cares: a new selection, search or filter is a step
 * a reader may undo with Back; a moved window (panning, zooming) is not. `src` counts as a selection: another
 * timeline is another page.
 */
export type ViewChange = 'selection' | 'filters' | 'query' | 'window' | 'none';

export function viewChange(before: ViewParams, after: ViewParams): ViewChange {
	const same = (a: string[], b: string[]) => a.length === b.length && a.every((value, i) => value === b[i]);
	if (
		before.event !== after.event ||
		before.src !== after.src ||
		(before.timeline ?? null) !== (after.timeline ?? null)
	) {
		return 'selection';
	}
	if (!same(before.people, after.people) || !same(before.tags, after.tags) || !same(before.sources, after.sources)) {
		return 'filters';
	}
	if (before.query !== after.query) return 'query';
	const days = (view: ViewParams) => serializeViewParams({ ...EMPTY_PARAMS, window: view.window }).toString();
	return days(before) === days(after) ? 'none' : 'window';
}

/**
 * Whether a change becomes a history entry of its own ('push') or rewrites the current one ('replace'). A search
 * typed with pauses reaches the view a few words at a time: edits of the query within `typingMs` of the last one
 * rewrite its entry, so Back undoes the whole search at once.
 */
export function historyStep(
	change: ViewChange,
	lastQueryEditAt: number,
	now: number,
	typingMs = 1500
): 'push' | 'replace' | 'none' {
	if (change === 'none') return 'none';
	if (change === 'window') return 'replace';
	if (change === 'query' && now - lastQueryEditAt < typingMs) return 'replace';
	return 'push';
}
