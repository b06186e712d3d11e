/**
 * The cross-file rules a schema cannot state, shared by both entry points of ./validate.ts: ids unique, references
 * resolvable, source files listed, dates real, quotes verbatim in their sources.
 */
import { dateProblems, dateStringWindow, parseDateString } from '../dates/event-dates';
import { lineColumn, type PathSegment } from '../text/json-positions';
import { closestPassage } from '../text/closest-passage';
import { occurrencesOfEach } from '../text/many-quotes';
import { eventRuleProblems } from './event-rules';
import {
	problemAt,
	locate,
	valueAt,
	type Kind,
	type Located,
	type SourceWithText,
	type TimelineParts
} from './locate-problems';
import type { Problem } from './problems';
import type { TimelineEvent } from '../model/timeline';

/** Ids declared in a raw list, valid or not: a reference to an entry that fails its own schema is not "unknown". */
export function declaredIds(raw: unknown, path: PathSegment[]): Set<string> {
	const list = valueAt(raw, path);
	const ids = new Set<string>();
	if (Array.isArray(list))
		for (const item of list) if (typeof valueAt(item, ['id']) === 'string') ids.add(valueAt(item, ['id']) as string);
	return ids;
}

/** Source ids the events cite, read from the raw events so an event failing its schema still counts. */
export function citedSourceIds(raw: unknown, eventsPath: PathSegment[]): Set<string> {
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
export function sourceFileProblems(
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
	const { line } = lineColumn(text, closest.start);
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
export function contentProblems(
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

	// Every quote of a source is found in one pass over its text, on first need.
	const foundBySource = new Map<string, ReadonlyMap<string, readonly number[]>>();
	const quoteCount = (sourceId: string, text: string, quote: string) => {
		let found = foundBySource.get(sourceId);
		if (!found) {
			found = occurrencesOfEach(text, quotesBySource.get(sourceId) ?? []);
			foundBySource.set(sourceId, found);
		}
		return found.get(quote)?.length ?? 0;
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
			const count = quoteCount(source.id, source.text, excerpt.quote);
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
