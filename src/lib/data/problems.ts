/**
 * Data problems and where they are: the Problem shape every check reports, how it is printed, and the JSON
 * helpers that turn parse errors and field paths into line and column numbers.
 */
import { MAX_JSON_DEPTH } from './json-depth';

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

/** 1-based line and column of a character offset (columns count UTF-16 units, as editors mostly do). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	const end = Math.min(Math.max(offset, 0), text.length);
	for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: end - lineStart + 1 };
}

export type PathSegment = string | number;

/** `events[3].excerpts[0].quote` from `['events', 3, 'excerpts', 0, 'quote']`. */
export function formatPath(path: readonly PathSegment[]): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
		else out += `[${JSON.stringify(segment)}]`;
	}
	return out;
}

/** A JSON text parsed, with the offset of every value (of its key, for object members) by formatted path. */
export interface ParsedJson {
	value: unknown;
	/** Computed on first call: locating values costs a second pass that valid data never needs. */
	offsets: () => Map<string, number>;
}

/** JSON text someone has already parsed: checks read the value and go back to the text only to locate problems. */
export class ParsedJsonText {
	constructor(
		readonly text: string,
		readonly value: unknown
	) {}
}

/** A parsed value with its text's offsets, computed only if a problem needs locating. */
export function withLazyOffsets(text: string, value: unknown): ParsedJson {
	let offsets: Map<string, number> | undefined;
	return {
		value,
		offsets: () => {
			if (!offsets) {
				const scanned = scanJson(text);
				offsets = 'error' in scanned ? new Map() : scanned.offsets;
			}
			return offsets;
		}
	};
}

/** Parses JSON, or says where and why it is malformed. Never throws. */
export function parseJsonWithOffsets(text: string): ParsedJson | { error: { message: string; offset: number } } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const native = error instanceof Error ? error.message : String(error);
		const scanned = scanJson(text);
		// V8 gives a position for most errors but not all ("Unexpected token '}', ... is not valid JSON"), so the
		// scanner's own position stands in; the two agree where both exist.
		const position = /at position (\d+)/.exec(native);
		const offset = position ? Number(position[1]) : 'error' in scanned ? scanned.error.offset : text.length;
		return { error: { message: cleanJsonMessage(native), offset } };
	}
	return withLazyOffsets(text, value);
}

function cleanJsonMessage(message: string): string {
	return message
		.replace(/, .*is not valid JSON$/s, '')
		.replace(/ (?:in JSON )?at position \d+/, '')
		.replace(/ \(line \d+ column \d+\)/, '')
		.trim();
}

/** Offset of the deepest known part of `path`: the field itself or, when it is missing, its nearest parent. */
export function offsetOf(offsets: Map<string, number>, path: readonly PathSegment[]): number | undefined {
	for (let n = path.length; n >= 0; n--) {
		const offset = offsets.get(formatPath(path.slice(0, n)));
		if (offset !== undefined) return offset;
	}
	return undefined;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * A small strict JSON scanner. JSON.parse gives values but no positions, so this records where each value
 * starts, and finds the error offset where V8's message has none.
 */
function scanJson(text: string): { offsets: Map<string, number> } | { error: { offset: number } } {
	const offsets = new Map<string, number>();
	let i = 0;
	class ScanError extends Error {}
	const fail = (): never => {
		throw new ScanError();
	};
	const skip = () => {
		while (i < text.length && WHITESPACE.has(text[i])) i++;
	};
	const string = (): string => {
		const start = i;
		i++;
		while (i < text.length && text[i] !== '"') {
			const code = text.charCodeAt(i);
			if (code < 0x20) fail();
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
			}
			i++;
		}
		if (i >= text.length) fail();
		i++;
		return JSON.parse(text.slice(start, i)) as string;
	};
	const literal = (word: string) => {
		for (const char of word) {
			if (text[i] !== char) fail();
			i++;
		}
	};
	const number = () => {
		const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!match) fail();
		i += match![0].length;
	};
	const value = (path: PathSegment[], keyOffset?: number) => {
		// Recursion this deep would overflow the stack; what is that deep is refused before it is located anyway.
		if (path.length > MAX_JSON_DEPTH) {
			i = text.length;
			fail();
		}
		skip();
		offsets.set(formatPath(path), keyOffset ?? i);
		const char = text[i];
		if (char === '{') {
			i++;
			skip();
			if (text[i] === '}') return void i++;
			for (;;) {
				skip();
				if (text[i] !== '"') fail();
				const at = i;
				const key = string();
				skip();
				if (text[i] !== ':') fail();
				i++;
				value([...path, key], at);
				skip();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else fail();
			}
		} else if (char === '[') {
			i++;
			skip();
			if (text[i] === ']') return void i++;
			for (let index = 0; ; index++) {
				value([...path, index]);
				skip();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else fail();
			}
		} else if (char === '"') string();
		else if (char === 't') literal('true');
		else if (char === 'f') literal('false');
		else if (char === 'n') literal('null');
		else number();
	};
	try {
		value([]);
		skip();
		if (i < text.length) fail();
		return { offsets };
	} catch (error) {
		if (error instanceof ScanError) return { error: { offset: i } };
		throw error;
	}
}
