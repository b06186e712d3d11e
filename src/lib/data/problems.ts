/**
 * Data problems and where they are: the Problem shape every check reports and how it is printed. Line and column
 * numbers come from ../text/json-positions.ts.
 */

/** One thing wrong with the data, located as precisely as the check can. */
export interface Problem {
	/** The file as a reader would open it, e.g. `timeline-data/events.json`, or the URL of a loaded document. */
	file: string;
	eventId?: string;
	/** What the problem is about when it is not an event: `source "cnn"`, `tag "money"`, `not-event [3]`. */
	subject?: string;
	/** Path inside the event (or subject), e.g. `excerpts[0].quote`. */
	field?: string;
	/** 1-based. */
	line?: number;
	/** 1-based. */
	column?: number;
	message: string;
}

/** `file:line:col event "id" › field: message`, one line per problem. */
export function formatProblem(p: Problem): string {
	let where = p.file;
	if (p.line !== undefined) where += `:${p.line}` + (p.column !== undefined ? `:${p.column}` : '');
	const about = p.eventId !== undefined ? `event "${p.eventId}"` : p.subject;
	const target = [about, p.field].filter(Boolean).join(' › ');
	return `${where} ${target ? `${target}: ` : ''}${p.message}`;
}

/** Problems in a stable reading order: by file, then line, then column. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.line ?? Infinity) - (b.line ?? Infinity) ||
			(a.column ?? Infinity) - (b.column ?? Infinity)
	);
}

/** JSON text someone has already parsed: checks read the value and go back to the text only to locate problems. */
export class ParsedJsonText {
	constructor(
		readonly text: string,
		readonly value: unknown
	) {}
}
