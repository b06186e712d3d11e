/**
 * A Sourceline JSON timeline drawn before it is checked: the check (validate.ts: about a fifth of a second of the
 * page's time at 10,000 events) runs beside the first draw, in a worker (import-check.ts), and the page falls back to
 * the built-in timeline when it fails. Only a document the check cannot change takes this path: Sourceline JSON whose
 * events carry the fields ordering and drawing read, and whose strings need no trimming (the schema trims them), so
 * that once it passes it is the document the full import builds.
 *
 * Its events keep the file's order when their starts never go back and none says what it follows: only events that
 * start together could then be out of order, and telling which the articles tell first means reading every article
 * (some 40 ms at 10,000 events). The check says so when they are, and the page puts them right.
 */
import { buildTimelineDocument } from '../data/document';
import { eventWindow } from '../dates/event-dates';
import type { TimelineDocument, TimelineEvent } from '../model/timeline';
import { parseJsonText } from '../text/json-positions';
import { isJsonObject } from '../text/json-object';
import { WEB_ADDRESS } from '../text/web-address';
import { DEFAULT_MAX_BYTES, sizeProblem } from './import-size';

/** White space, as `String.prototype.trim` removes it (`\s` is the same set). */
const SPACE = /\s/;

/** Whether `code` is white space: printable ASCII is not, without asking the pattern (most strings' ends are). */
function isSpace(code: number): boolean {
	return !(code > 32 && code < 127) && SPACE.test(String.fromCharCode(code));
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** Whether any string in `value` starts or ends with white space. */
function hasPaddedString(value: unknown): boolean {
	if (typeof value === 'string') {
		return value.length > 0 && (isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)));
	}
	if (Array.isArray(value)) return value.some(hasPaddedString);
	if (isJsonObject(value)) {
		for (const key in value) if (hasPaddedString(value[key])) return true;
	}
	return false;
}

/**
 * What ordering the events and drawing them read of a source, whose address (drawn as a link from the first frame) is
 * only ever a web address.
 */
function drawableSource(source: unknown): boolean {
	return (
		isJsonObject(source) &&
		isString(source.id) &&
		isString(source.text) &&
		(source.url === null || (isString(source.url) && WEB_ADDRESS.test(source.url)))
	);
}

/** What ordering the events and drawing the first view read of an event. */
function drawableEvent(event: unknown): boolean {
	if (!isJsonObject(event) || !isJsonObject(event.date)) return false;
	const { date } = event;
	return (
		isString(event.id) &&
		isString(event.title) &&
		isString(date.start) &&
		isString(date.end) &&
		isString(date.precision) &&
		isStrings(event.tags) &&
		event.tags.length > 0 &&
		isStrings(event.people) &&
		Array.isArray(event.excerpts) &&
		event.excerpts.every((excerpt) => isJsonObject(excerpt) && isString(excerpt.source) && isString(excerpt.quote)) &&
		(event.follows === undefined || isStrings(event.follows))
	);
}

/** Whether the events' starts never go back and none follows another: then only ties could be out of order. */
function inOrderByStart(events: readonly TimelineEvent[]): boolean {
	let previous = -Infinity;
	for (const event of events) {
		if (event.follows?.length) return false;
		const { start } = eventWindow(event.date);
		if (start < previous) return false;
		previous = start;
	}
	return true;
}

/** Whether `value` is a Sourceline document that can be drawn now and that checking would leave as it is. */
function drawableAsItIs(value: unknown): value is TimelineDocument {
	if (!isJsonObject(value) || !isString(value.title)) return false;
	const { sources, tags, periods, events } = value;
	if (!Array.isArray(sources) || !Array.isArray(tags) || !Array.isArray(periods) || !Array.isArray(events))
		return false;
	if (!sources.every(drawableSource)) return false;
	if (!tags.every((tag) => isJsonObject(tag) && isString(tag.id) && isString(tag.label))) return false;
	if (!events.every(drawableEvent)) return false;
	// An article's text is kept byte for byte; everything else is trimmed by the schema.
	return !hasPaddedString({ ...value, sources: sources.map((source) => ({ ...source, text: '' })) });
}

/**
 * The document in `text`, built without its check, when it is Sourceline JSON that checking would leave as it is;
 * else null, and the caller imports it in full (which says what is wrong with it, if anything).
 */
export function importUnchecked(text: string, fileLabel: string): TimelineDocument | null {
	const body = text.replace(/^\ufeff/, '');
	if (sizeProblem(body, DEFAULT_MAX_BYTES, fileLabel)) return null;
	try {
		const parsed = parseJsonText(body, fileLabel, Infinity);
		// (What passes is Sourceline JSON: it has the sources, tags and periods TimelineJS JSON lacks.)
		if (!parsed.ok || !drawableAsItIs(parsed.value)) return null;
		const { title, story, sources, tags, periods, events } = parsed.value;
		if (inOrderByStart(events)) return { title, ...(story ? { story } : {}), sources, tags, periods, events };
		return buildTimelineDocument({ title, story, sources, tags, periods, events });
	} catch {
		// Anything odd enough to throw here (nesting too deep to walk, say) is for the full import to describe.
		return null;
	}
}
