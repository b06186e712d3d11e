/**
 * A Sourceline JSON timeline drawn before it is checked: the check (validate.ts: about a fifth of a second of the
 * page's time at 10,000 events) runs beside the first draw, in a worker (import-check.ts), and the page falls back to
 * the built-in timeline when it fails. Only a document the check cannot change takes this path: Sourceline JSON whose
 * events carry the fields ordering and drawing read, and whose strings need no trimming (the schema trims them), so
 * that once it passes it is exactly the document the full import builds.
 */
import { buildTimelineDocument } from '../data/document';
import type { TimelineDocument } from '../model/timeline';
import { parseJsonText } from '../text/json-positions';
import { detectJsonFormat, looksLikeJson } from './detect';
import { DEFAULT_MAX_BYTES, sizeProblem } from './import';

/** White space where `String.prototype.trim` would remove some (`\s` is the same set). */
const PADDED = /^\s|\s$/;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** Whether any string in `value` starts or ends with white space. */
function hasPaddedString(value: unknown): boolean {
	if (typeof value === 'string') return PADDED.test(value);
	if (Array.isArray(value)) return value.some(hasPaddedString);
	if (isRecord(value)) {
		for (const key in value) if (hasPaddedString(value[key])) return true;
	}
	return false;
}

/** What ordering the events and drawing the first view read of an event. */
function drawableEvent(event: unknown): boolean {
	if (!isRecord(event) || !isRecord(event.date)) return false;
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
		event.excerpts.every((excerpt) => isRecord(excerpt) && isString(excerpt.source) && isString(excerpt.quote)) &&
		(event.follows === undefined || isStrings(event.follows))
	);
}

/** Whether `value` is a Sourceline document that can be drawn now and that checking would leave as it is. */
function drawableAsItIs(value: unknown): value is TimelineDocument {
	if (!isRecord(value) || !isString(value.title)) return false;
	const { sources, tags, periods, events } = value;
	if (!Array.isArray(sources) || !Array.isArray(tags) || !Array.isArray(periods) || !Array.isArray(events))
		return false;
	if (!sources.every((source) => isRecord(source) && isString(source.id) && isString(source.text))) return false;
	if (!tags.every((tag) => isRecord(tag) && isString(tag.id) && isString(tag.label))) return false;
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
	if (!looksLikeJson(body) || sizeProblem(body, DEFAULT_MAX_BYTES, fileLabel)) return null;
	try {
		const parsed = parseJsonText(body, fileLabel, Infinity);
		if (!parsed.ok || detectJsonFormat(parsed.value, fileLabel) !== 'sourceline') return null;
		if (!drawableAsItIs(parsed.value)) return null;
		const { title, story, sources, tags, periods, events } = parsed.value;
		return buildTimelineDocument({ title, story, sources, tags, periods, events });
	} catch {
		// Anything odd enough to throw here (nesting too deep to walk, say) is for the full import to describe.
		return null;
	}
}
