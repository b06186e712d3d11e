/**
 * Where a problem is: values that passed their schema remember their file, path and item, so any check can point at
 * the line and column of the field it objects to; valibot's issues are turned into problems the same way.
 */
import * as v from 'valibot';
import { formatPath, lineColumn, offsetOf, type PathSegment } from '../text/json-positions';
import type { Problem } from './problems';
import type { Period, SourceMeta, Tag, TimelineEvent } from '../model/timeline';
import type { NotEventSchema } from './schema';

export type NotEvent = v.InferOutput<typeof NotEventSchema>;

export type Kind = 'event' | 'source' | 'tag' | 'period' | 'not-event';

/** Where problems in one file are reported: its label and, for JSON text, the offset of every field. */
export interface FileContext {
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

export function checkCollection<T>(
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

export function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
	let value = raw;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PathSegment, unknown>)[key];
	}
	return value;
}

/** How a problem names its item: an event by id, anything else as `source "id"` or `not-event [3]`. */
export function aboutItem(kind: Kind, rawItem: unknown, index: number): { eventId?: string; subject?: string } {
	const id = valueAt(rawItem, ['id']);
	if (kind === 'event' && typeof id === 'string') return { eventId: id };
	return { subject: typeof id === 'string' ? `${kind} "${id}"` : `${kind} [${index}]` };
}

/** Items of the array at `itemsPath` that pass `itemSchema` on their own, so one bad item hides no others. */
export function validItems<T>(
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

export function locate(context: FileContext, path: readonly PathSegment[]): { line?: number; column?: number } {
	if (context.text === undefined) return {};
	const offset = offsetOf(context.offsets(), path);
	return offset === undefined ? {} : lineColumn(context.text, offset);
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

export function issueProblems(
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

export function problemAt(item: Located<unknown>, field: PathSegment[], message: string): Problem {
	return {
		file: item.file,
		...item.about,
		field: formatPath(field) || undefined,
		...locate(item.context, [...item.path, ...field]),
		message
	};
}
