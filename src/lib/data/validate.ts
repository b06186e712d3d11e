/**
 * Every check on timeline data, pure so the app (raw imports), the scripts (files read from disk) and the
 * tests share it. Schema checks come from valibot; the rest are the cross-file rules a schema cannot state:
 * ids unique, references resolvable, dates real, quotes verbatim in their sources.
 */
import * as v from 'valibot';
import { dateProblems, dateStringWindow, parseDateString } from '../dates/window';
import { closestPassage } from './closest-passage';
import { conformsUnchanged } from './conforms';
import { MAX_JSON_DEPTH, nestsDeeperThan, tooDeepMessage } from './json-depth';
import { buildTimelineDocument, countOccurrences } from './document';
import { eventRuleProblems } from './event-rules';
import {
	formatPath,
	lineColumnAt,
	offsetOf,
	parseJsonWithOffsets,
	ParsedJsonText,
	withLazyOffsets,
	sortProblems,
	type PathSegment,
	type Problem
} from './problems';
import {
	EventSchema,
	EventsFileSchema,
	NotEventSchema,
	NotEventsFileSchema,
	PeriodSchema,
	PeriodsFileSchema,
	SourceMetaSchema,
	SourceSchema,
	SourcesFileSchema,
	StorySchema,
	TagSchema,
	TagsFileSchema,
	TimelineDocumentSchema,
	type Period,
	type SourceMeta,
	type Tag,
	type TimelineDocument,
	type TimelineEvent
} from './schema';

export type NotEvent = v.InferOutput<typeof NotEventSchema>;

type Kind = 'event' | 'source' | 'tag' | 'period' | 'not-event';

/** Where problems in one file are reported: its label and, for JSON text, the offset of every field. */
interface FileContext {
	file: string;
	text?: string;
	offsets: () => Map<string, number>;
}

/** A value that passed its schema, with where it came from so later checks can point at it. */
export interface Located<T> {
	value: T;
	file: string;
	/** Path of the item in its file, e.g. `['events', 3]` or `[0]`. */
	path: PathSegment[];
	about: { eventId?: string; subject?: string };
	context: FileContext;
}

/** A source as listed, with its text when the text is available. */
export type SourceWithText = SourceMeta & { text?: string };

/** Everything that passed the schema, even when other checks failed: what a report can still use. */
export interface TimelineParts {
	sources: Located<SourceWithText>[];
	tags: Located<Tag>[];
	periods: Located<Period>[];
	events: Located<TimelineEvent>[];
	notEvents: Located<NotEvent>[];
}

export interface ValidationResult {
	/** The built document, or null when there is any problem. */
	document: TimelineDocument | null;
	problems: Problem[];
	/** The parts that passed their schemas, for reports that work on imperfect data. */
	parts: TimelineParts;
}

/** The JSON files of timeline-data/, whether each must exist, and what each item in it is. */
const DATA_FILES = [
	{ name: 'sources.json', required: true },
	{ name: 'tags.json', required: true },
	{ name: 'periods.json', required: false },
	{ name: 'events.json', required: true },
	{ name: 'not-events.json', required: false },
	{ name: 'story.json', required: false }
] as const;

/** Checks the files of timeline-data/ (paths relative to it, raw text) and builds the document if all is well. */
export function validateTimelineData(files: Record<string, string>, options: { root?: string } = {}): ValidationResult {
	const root = options.root ?? 'timeline-data/';
	const problems: Problem[] = [];
	const parsed = new Map<string, { context: FileContext; raw: unknown }>();
	for (const { name, required } of DATA_FILES) {
		const text = files[name];
		const file = root + name;
		if (text === undefined) {
			if (required) problems.push({ file, message: 'file is missing' });
			continue;
		}
		const json = parseJsonWithOffsets(text);
		if ('error' in json) {
			problems.push({
				file,
				...lineColumnAt(text, json.error.offset),
				message: `malformed JSON: ${json.error.message}`
			});
			continue;
		}
		parsed.set(name, { context: { file, text, offsets: json.offsets }, raw: json.value });
	}

	const list = <T>(
		name: string,
		fileSchema: v.GenericSchema,
		itemSchema: v.GenericSchema<unknown, T>,
		kind: Kind,
		itemsPath: PathSegment[] = []
	): Located<T>[] => {
		const entry = parsed.get(name);
		if (!entry) return [];
		const collections = [{ path: itemsPath, kind }];
		return checkCollection(entry.context, entry.raw, fileSchema, itemSchema, collections, itemsPath, kind, problems);
	};
	const sourceMetas = list('sources.json', SourcesFileSchema, SourceMetaSchema, 'source');
	const parts: TimelineParts = {
		sources: sourceMetas.map((item) => ({
			...item,
			value: { ...item.value, text: files[`sources/${item.value.file}`] }
		})),
		tags: list('tags.json', TagsFileSchema, TagSchema, 'tag'),
		periods: list('periods.json', PeriodsFileSchema, PeriodSchema, 'period'),
		events: list('events.json', EventsFileSchema, EventSchema, 'event', ['events']),
		notEvents: list('not-events.json', NotEventsFileSchema, NotEventSchema, 'not-event')
	};

	problems.push(...sourceFileProblems(parts.sources, files, root));
	const citedRaw = citedSourceIds(parsed.get('events.json')?.raw, ['events']);
	// A file that could not be read at all would make every reference into it look broken: skip those.
	const readable = {
		sources: parsed.has('sources.json'),
		tags: parsed.has('tags.json'),
		events: parsed.has('events.json')
	};
	const declared = declaredIds(parsed.get('sources.json')?.raw, []);
	problems.push(...contentProblems(parts, citedRaw, root, readable, declared));

	const storyFile = parsed.get('story.json');
	const story = storyFile && v.safeParse(StorySchema, storyFile.raw);
	if (story && !story.success) problems.push(...issueProblems(storyFile.context, storyFile.raw, story.issues, []));

	const document =
		problems.length === 0
			? buildTimelineDocument({
					story: story?.success ? story.output : undefined,
					sources: parts.sources.map(({ value }) => ({ ...value, text: value.text ?? '' })),
					tags: parts.tags.map(({ value }) => value),
					periods: parts.periods.map(({ value }) => value),
					events: parts.events.map(({ value }) => value)
				})
			: null;
	return { document, problems: sortProblems(problems), parts };
}

/** The same checks for a self-contained document (parsed, JSON text, or both), as `?src=<url>` loads it. */
export function validateTimelineDocument(input: unknown, fileLabel: string): ValidationResult {
	const problems: Problem[] = [];
	const empty: TimelineParts = { sources: [], tags: [], periods: [], events: [], notEvents: [] };
	let raw = input;
	const context: FileContext = { file: fileLabel, offsets: () => new Map() };
	if (input instanceof ParsedJsonText) {
		raw = input.value;
		context.text = input.text;
		context.offsets = withLazyOffsets(input.text, input.value).offsets;
	} else if (typeof input === 'string') {
		const json = parseJsonWithOffsets(input);
		if ('error' in json) {
			const at = lineColumnAt(input, json.error.offset);
			problems.push({ file: fileLabel, ...at, message: `malformed JSON: ${json.error.message}` });
			return { document: null, problems, parts: empty };
		}
		raw = json.value;
		context.text = input;
		context.offsets = json.offsets;
	}
	const collections: { path: PathSegment[]; kind: Kind }[] = [
		{ path: ['sources'], kind: 'source' },
		{ path: ['tags'], kind: 'tag' },
		{ path: ['periods'], kind: 'period' },
		{ path: ['events'], kind: 'event' }
	];
	// A document that already is what the schema would make of it is its own output: no copy to build. Only one
	// that is not is measured for depth, before anything recursive (locating its problems) looks into it.
	const inPlace = conformsUnchanged(TimelineDocumentSchema, raw);
	if (!inPlace && nestsDeeperThan(raw, MAX_JSON_DEPTH)) {
		return { document: null, problems: [{ file: fileLabel, message: tooDeepMessage(MAX_JSON_DEPTH) }], parts: empty };
	}
	const whole = inPlace
		? { success: true as const, output: raw as TimelineDocument }
		: v.safeParse(TimelineDocumentSchema, raw);
	if (!whole.success) problems.push(...issueProblems(context, raw, whole.issues, collections));
	// When the whole document passed, its items are its output; only a failing one is checked item by item, to
	// keep the sound items and locate the broken ones (a second schema pass over 10,000 events costs a tenth of a second).
	const valid = whole.success ? whole.output : undefined;
	const pick = <T>(itemSchema: v.GenericSchema<unknown, T>, key: string, kind: Kind, passed?: T[]) =>
		validItems(context, raw, itemSchema, [key], kind, passed);
	const parts: TimelineParts = {
		sources: pick(SourceSchema, 'sources', 'source', valid?.sources),
		tags: pick(TagSchema, 'tags', 'tag', valid?.tags),
		periods: pick(PeriodSchema, 'periods', 'period', valid?.periods),
		events: pick(EventSchema, 'events', 'event', valid?.events),
		notEvents: []
	};
	const readable = { sources: true, tags: true, events: true };
	const declared = declaredIds(raw, ['sources']);
	// When every event passed, the ids they cite come with grouping their quotes; read from the raw events otherwise.
	const cited = whole.success ? null : citedSourceIds(raw, ['events']);
	problems.push(...contentProblems(parts, cited, undefined, readable, declared));
	const document =
		problems.length === 0 && whole.success
			? buildTimelineDocument({
					title: whole.output.title,
					story: whole.output.story,
					sources: whole.output.sources,
					tags: whole.output.tags,
					periods: whole.output.periods,
					events: whole.output.events
				})
			: null;
	return { document, problems: sortProblems(problems), parts };
}

function checkCollection<T>(
	context: FileContext,
	raw: unknown,
	fileSchema: v.GenericSchema,
	itemSchema: v.GenericSchema<unknown, T>,
	collections: { path: PathSegment[]; kind: Kind }[],
	itemsPath: PathSegment[],
	kind: Kind,
	problems: Problem[]
): Located<T>[] {
	const whole = v.safeParse(fileSchema, raw);
	if (!whole.success) problems.push(...issueProblems(context, raw, whole.issues, collections));
	return validItems(context, raw, itemSchema, itemsPath, kind);
}

function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
	let value = raw;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PathSegment, unknown>)[key];
	}
	return value;
}

/** How a problem names its item: an event by id, anything else as `source "id"` or `not-event [3]`. */
function aboutItem(kind: Kind, rawItem: unknown, index: number): { eventId?: string; subject?: string } {
	const id = valueAt(rawItem, ['id']);
	if (kind === 'event' && typeof id === 'string') return { eventId: id };
	return { subject: typeof id === 'string' ? `${kind} "${id}"` : `${kind} [${index}]` };
}

/** Items of the array at `itemsPath` that pass `itemSchema` on their own, so one bad item hides no others. */
function validItems<T>(
	context: FileContext,
	raw: unknown,
	itemSchema: v.GenericSchema<unknown, T>,
	itemsPath: PathSegment[],
	kind: Kind,
	/** The items' output when the enclosing schema already passed them all. */
	passed?: T[]
): Located<T>[] {
	const items = valueAt(raw, itemsPath);
	if (!Array.isArray(items)) return [];
	const found: Located<T>[] = [];
	items.forEach((item, index) => {
		let value: T;
		if (passed) value = passed[index];
		else {
			const result = v.safeParse(itemSchema, item);
			if (!result.success) return;
			value = result.output;
		}
		const path = [...itemsPath, index];
		found.push({ value, file: context.file, path, about: aboutItem(kind, item, index), context });
	});
	return found;
}

function locate(context: FileContext, path: readonly PathSegment[]): { line?: number; column?: number } {
	if (context.text === undefined) return {};
	const offset = offsetOf(context.offsets(), path);
	return offset === undefined ? {} : lineColumnAt(context.text, offset);
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
	const key = issue.path?.at(-1)?.key;
	if (issue.expected === 'never' && issue.kind === 'schema') return `unknown field "${String(key)}"`;
	if (issue.received === 'undefined' && issue.kind === 'schema' && issue.path?.at(-1)?.value === undefined) {
		return 'is required';
	}
	if (issue.kind === 'schema') return `must be ${issue.expected}, not ${issue.received}`;
	// Valibot's own wording ("Invalid length: Expected >=1 but received 0") is clearer said plainly.
	if (issue.type === 'min_length' && issue.message.startsWith('Invalid') && issue.requirement === 1) {
		return 'must not be empty';
	}
	return issue.message;
}

function issueProblems(
	context: FileContext,
	raw: unknown,
	issues: readonly v.BaseIssue<unknown>[],
	collections: { path: PathSegment[]; kind: Kind }[]
): Problem[] {
	return issues.map((issue) => {
		const path = (issue.path ?? []).map((item) => item.key as PathSegment);
		const place = locate(context, path);
		const collection = collections.find(
			(c) =>
				path.length > c.path.length &&
				c.path.every((key, i) => path[i] === key) &&
				typeof path[c.path.length] === 'number'
		);
		if (!collection) {
			return { file: context.file, field: formatPath(path) || undefined, ...place, message: issueMessage(issue) };
		}
		const depth = collection.path.length + 1;
		const about = aboutItem(collection.kind, valueAt(raw, path.slice(0, depth)), path[depth - 1] as number);
		const field = formatPath(path.slice(depth)) || undefined;
		return { file: context.file, ...about, field, ...place, message: issueMessage(issue) };
	});
}

function problemAt(item: Located<unknown>, field: PathSegment[], message: string): Problem {
	return {
		file: item.file,
		...item.about,
		field: formatPath(field) || undefined,
		...locate(item.context, [...item.path, ...field]),
		message
	};
}

/** Ids declared in a raw list, valid or not: a reference to an entry that fails its own schema is not "unknown". */
function declaredIds(raw: unknown, path: PathSegment[]): Set<string> {
	const list = valueAt(raw, path);
	const ids = new Set<string>();
	if (Array.isArray(list))
		for (const item of list) if (typeof valueAt(item, ['id']) === 'string') ids.add(valueAt(item, ['id']) as string);
	return ids;
}

/** Source ids the events cite, read from the raw events so an event failing its schema still counts. */
function citedSourceIds(raw: unknown, eventsPath: PathSegment[]): Set<string> {
	const cited = new Set<string>();
	const events = valueAt(raw, eventsPath);
	if (!Array.isArray(events)) return cited;
	for (const event of events) {
		const excerpts = valueAt(event, ['excerpts']);
		if (!Array.isArray(excerpts)) continue;
		for (const excerpt of excerpts) {
			const source = valueAt(excerpt, ['source']);
			if (typeof source === 'string') cited.add(source);
		}
	}
	return cited;
}

/** Listed source files that are missing, and .txt files under sources/ that nothing lists. */
function sourceFileProblems(
	sources: Located<SourceWithText>[],
	files: Record<string, string>,
	root: string
): Problem[] {
	const problems: Problem[] = [];
	const listed = new Map<string, string>();
	for (const source of sources) {
		const { id, file } = source.value;
		const other = listed.get(file);
		if (other !== undefined)
			problems.push(problemAt(source, ['file'], `file "${file}" is also listed by source "${other}"`));
		else listed.set(file, id);
		if (source.value.text === undefined) {
			problems.push(problemAt(source, ['file'], `source file "sources/${file}" is missing`));
		}
	}
	for (const path of Object.keys(files)) {
		const match = /^sources\/(.+\.txt)$/.exec(path);
		if (match && !listed.has(match[1])) {
			problems.push({ file: root + path, message: `source text is not listed in ${root}sources.json` });
		}
	}
	return problems;
}

function duplicateIdProblems(kind: Kind, items: Located<{ id: string }>[]): Problem[] {
	const problems: Problem[] = [];
	const first = new Map<string, Located<{ id: string }>>();
	for (const item of items) {
		const earlier = first.get(item.value.id);
		if (!earlier) {
			first.set(item.value.id, item);
			continue;
		}
		const where = locate(earlier.context, earlier.path).line;
		const at = where !== undefined ? ` (first at line ${where})` : '';
		problems.push(problemAt(item, ['id'], `duplicate ${kind} id "${item.value.id}"${at}`));
	}
	return problems;
}

/** Quote marks, dashes and runs of spaces folded, to tell a typographic slip from a real misquote. */
function fold(text: string): string {
	return text
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

function notFoundMessage(quote: string, sourceId: string, text: string, sourceFile: string | undefined): string {
	const closest = closestPassage(text, quote);
	let message = `not found verbatim in source "${sourceId}"`;
	if (!closest || closest.distance >= quote.length) return `${message}; no similar passage`;
	const { line } = lineColumnAt(text, closest.start);
	const where = sourceFile ? `${sourceFile}:${line}` : `line ${line}`;
	if (fold(closest.passage) === fold(quote)) message += ' (it differs only in quote marks, dashes or spacing)';
	return `${message}; closest passage (${where}): ${JSON.stringify(closest.passage)}`;
}

/** The quotes of every excerpt, grouped by the source they cite. */
function groupQuotesBySource(events: Located<TimelineEvent>[]): Map<string, string[]> {
	const grouped = new Map<string, string[]>();
	for (const event of events) {
		for (const { source, quote } of event.value.excerpts) {
			const list = grouped.get(source);
			if (list) list.push(quote);
			else grouped.set(source, [quote]);
		}
	}
	return grouped;
}

/** The cross-reference, date and quotation checks shared by both entry points. */
function contentProblems(
	parts: TimelineParts,
	/** Source ids cited by any event, schema-valid or not; null when every event is in `parts`. */
	cited: Set<string> | null,
	root: string | undefined,
	readable: { sources: boolean; tags: boolean; events: boolean },
	declaredSources: Set<string>
): Problem[] {
	const problems: Problem[] = [];
	problems.push(...duplicateIdProblems('source', parts.sources));
	problems.push(...duplicateIdProblems('tag', parts.tags));
	problems.push(...duplicateIdProblems('period', parts.periods));
	problems.push(...duplicateIdProblems('event', parts.events));

	const sources = new Map(parts.sources.map((s) => [s.value.id, s.value]));
	const tags = new Set(parts.tags.map((t) => t.value.id));
	const sourceFile = (id: string) => (root !== undefined ? `${root}sources/${sources.get(id)?.file}` : undefined);
	const known = (ids: Iterable<string>) => {
		const all = [...ids];
		return all.length && all.length <= 12 ? ` (known: ${all.join(', ')})` : '';
	};

	const quotesBySource = groupQuotesBySource(parts.events);
	const citedIds = cited ?? quotesBySource;
	for (const source of parts.sources) {
		if (source.value.published !== null) {
			const date = parseDateString(source.value.published);
			if ('error' in date) problems.push(problemAt(source, ['published'], date.error));
		}
		if (readable.events && !citedIds.has(source.value.id)) {
			problems.push(problemAt(source, ['id'], `source "${source.value.id}" is never cited by any event`));
		}
	}

	for (const period of parts.periods) {
		const bad = (['start', 'end'] as const).filter((field) => {
			const date = parseDateString(period.value[field]);
			if ('error' in date) problems.push(problemAt(period, [field], date.error));
			return 'error' in date;
		});
		if (bad.length) continue;
		if (dateStringWindow(period.value.end).start < dateStringWindow(period.value.start).start) {
			problems.push(problemAt(period, ['end'], `end ${period.value.end} is before start ${period.value.start}`));
		}
	}

	// Every quote of a source is counted in one pass over its text, on first need.
	const countsBySource = new Map<string, Map<string, number>>();
	const quoteCounts = (sourceId: string, text: string) => {
		let counts = countsBySource.get(sourceId);
		if (!counts) {
			const quotes = quotesBySource.get(sourceId) ?? [];
			counts = countOccurrences(text, quotes);
			countsBySource.set(sourceId, counts);
		}
		return counts;
	};

	for (const event of parts.events) {
		const { date, excerpts, tags: eventTags } = event.value;
		for (const problem of dateProblems(date)) {
			problems.push(problemAt(event, problem.field.split('.'), problem.message));
		}
		excerpts.forEach((excerpt, index) => {
			const source = sources.get(excerpt.source);
			if (!source) {
				// A source that exists but fails its schema has its own problem; do not call it unknown too.
				if (!readable.sources || declaredSources.has(excerpt.source)) return;
				const message = `unknown source "${excerpt.source}"${known(sources.keys())}`;
				problems.push(problemAt(event, ['excerpts', index, 'source'], message));
				return;
			}
			if (source.text === undefined) return;
			const count = quoteCounts(source.id, source.text).get(excerpt.quote) ?? 0;
			if (count === 0) {
				const message = notFoundMessage(excerpt.quote, source.id, source.text, sourceFile(source.id));
				problems.push(problemAt(event, ['excerpts', index, 'quote'], message));
			} else if (excerpt.occurrence !== undefined && excerpt.occurrence > count) {
				const times = count === 1 ? 'once' : `${count} times`;
				const message = `is ${excerpt.occurrence} but the quote appears only ${times} in source "${source.id}"`;
				problems.push(problemAt(event, ['excerpts', index, 'occurrence'], message));
			} else if (count > 1 && excerpt.occurrence === undefined) {
				const message = `appears ${count} times in source "${source.id}"; add "occurrence" (1-${count}) to say which`;
				problems.push(problemAt(event, ['excerpts', index, 'quote'], message));
			}
		});
		// An event has a tag or two: looking back along its own list costs less than a Set per event.
		eventTags.forEach((tag, index) => {
			if (!tags.has(tag)) {
				if (readable.tags) problems.push(problemAt(event, ['tags', index], `unknown tag "${tag}"${known(tags)}`));
			} else if (eventTags.indexOf(tag) < index) {
				problems.push(problemAt(event, ['tags', index], `tag "${tag}" is listed twice`));
			}
		});
	}

	for (const notEvent of parts.notEvents) {
		const source = sources.get(notEvent.value.source);
		if (!source) {
			const message = `unknown source "${notEvent.value.source}"${known(sources.keys())}`;
			if (readable.sources) problems.push(problemAt(notEvent, ['source'], message));
			continue;
		}
		if (source.text === undefined || source.text.includes(notEvent.value.sentence)) continue;
		const message = notFoundMessage(notEvent.value.sentence, source.id, source.text, sourceFile(source.id));
		problems.push(problemAt(notEvent, ['sentence'], message));
	}
	for (const rule of eventRuleProblems(parts.events.map((event) => event.value))) {
		problems.push(problemAt(parts.events[rule.event], rule.field, rule.message));
	}
	return problems;
}
