/**
 * Every check on timeline data, pure so the app (raw imports), the scripts (files read from disk) and the
 * tests share it: the files of timeline-data/ or one self-contained document in, problems (located by
 * ./locate-problems.ts) and the built document out. Schema checks come from valibot; the rest are the rules of
 * ./content-rules.ts.
 */
import * as v from 'valibot';
import { MAX_JSON_DEPTH, nestsDeeperThan, tooDeepMessage } from '../text/json-depth';
import { lineColumn, parseJsonWithOffsets, withLazyOffsets, type PathSegment } from '../text/json-positions';
import { citedSourceIds, contentProblems, declaredIds, sourceFileProblems } from './content-rules';
import { buildTimelineDocument } from './document';
import {
	checkCollection,
	issueProblems,
	validItems,
	type FileContext,
	type Kind,
	type Located,
	type TimelineParts
} from './locate-problems';
import { ParsedJsonText, sortProblems, type Problem } from './problems';
import type { TimelineDocument } from '../model/timeline';
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
	TimelineDocumentSchema
} from './schema';

export type { Located, NotEvent, SourceWithText, TimelineParts } from './locate-problems';

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
				...lineColumn(text, json.error.offset),
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

	const timelineDocument =
		problems.length === 0
			? buildTimelineDocument({
					story: story?.success ? story.output : undefined,
					sources: parts.sources.map(({ value }) => ({ ...value, text: value.text ?? '' })),
					tags: parts.tags.map(({ value }) => value),
					periods: parts.periods.map(({ value }) => value),
					events: parts.events.map(({ value }) => value)
				})
			: null;
	return { document: timelineDocument, problems: sortProblems(problems), parts };
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
			const at = lineColumn(input, json.error.offset);
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
	// The schema goes no deeper than its own fields, so it may look first; a document it passes nests no deeper than
	// they do, and only one it fails is measured for depth before locating its problems walks into it.
	const whole = v.safeParse(TimelineDocumentSchema, raw);
	if (!whole.success && nestsDeeperThan(raw, MAX_JSON_DEPTH)) {
		return { document: null, problems: [{ file: fileLabel, message: tooDeepMessage(MAX_JSON_DEPTH) }], parts: empty };
	}
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
	const timelineDocument =
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
	return { document: timelineDocument, problems: sortProblems(problems), parts };
}
