/**
 * The one place that reads positions in JSON text. JSON.parse gives values but no positions, and engines word and
 * place its errors differently (some give none), so a single linear, non-recursive scan says where and why a text
 * is not JSON (the same message in every browser), refuses nesting deeper than a sane limit before any recursive
 * code sees it, and, when a problem in a sound file needs locating, records where each value starts.
 */
import { MAX_JSON_DEPTH, nestsDeeperThan, tooDeepMessage } from './json-depth';

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

/** 1-based line and column of a character offset (columns count UTF-16 units, as editors mostly do). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
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

/** `path` with one more segment: `events[3]`, `events[3].quote`, `["odd key"]`. */
function childPath(path: string, segment: PathSegment): string {
	if (typeof segment === 'number') return `${path}[${segment}]`;
	if (/^[A-Za-z_$][\w$]*$/.test(segment)) return path ? `${path}.${segment}` : segment;
	return `${path}[${JSON.stringify(segment)}]`;
}

/** `events[3].excerpts[0].quote` from `['events', 3, 'excerpts', 0, 'quote']`: the keys of `jsonOffsets`. */
export function formatPath(path: readonly PathSegment[]): string {
	return path.reduce<string>(childPath, '');
}

/** Offset of the deepest known part of `path`: the field itself or, when it is missing, its nearest parent. */
export function offsetOf(offsets: Map<string, number>, path: readonly PathSegment[]): number | undefined {
	for (let n = path.length; n >= 0; n--) {
		const offset = offsets.get(formatPath(path.slice(0, n)));
		if (offset !== undefined) return offset;
	}
	return undefined;
}

export interface SyntaxProblem {
	offset: number;
	message: string;
	/** Set when the text is well formed so far but nested too deeply. */
	tooDeep?: boolean;
}

const WS = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const DIGIT = (c: number) => c >= 48 && c <= 57;

function describe(text: string, i: number): string {
	if (i >= text.length) return 'the end of the file';
	const ch = String.fromCodePoint(text.codePointAt(i)!);
	return /^[\x21-\x7e]$/.test(ch)
		? `'${ch}'`
		: `character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Index after a string starting at `i` (on its opening quote), or a problem. */
function scanString(text: string, i: number): number | SyntaxProblem {
	const start = i;
	i++;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (c === 34) return i + 1;
		if (c === 92) {
			const e = text.charCodeAt(i + 1);
			if (e === 117) {
				if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
					return { offset: i, message: 'invalid \\u escape in a string (needs four hex digits)' };
				}
				i += 6;
				continue;
			}
			if (![34, 92, 47, 98, 102, 110, 114, 116].includes(e)) {
				return { offset: i, message: `invalid escape \\${text[i + 1] ?? ''} in a string` };
			}
			i += 2;
			continue;
		}
		if (c < 32) {
			return {
				offset: i,
				message:
					c === 10 ? 'a string runs onto a new line (missing closing quote?)' : 'a control character inside a string'
			};
		}
		i++;
	}
	return { offset: start, message: 'a string is never closed (missing closing quote)' };
}

/** Index after a number starting at `i`, or a problem. */
function scanNumber(text: string, i: number): number | SyntaxProblem {
	const start = i;
	if (text.charCodeAt(i) === 45) i++;
	if (text.charCodeAt(i) === 48) {
		i++;
		if (DIGIT(text.charCodeAt(i))) return { offset: start, message: 'a number has a leading zero' };
	} else if (DIGIT(text.charCodeAt(i))) while (DIGIT(text.charCodeAt(i))) i++;
	else return { offset: start, message: 'a number is malformed' };
	if (text.charCodeAt(i) === 46) {
		i++;
		if (!DIGIT(text.charCodeAt(i))) return { offset: start, message: 'a number is malformed (digits must follow ".")' };
		while (DIGIT(text.charCodeAt(i))) i++;
	}
	if (text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69) {
		i++;
		if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++;
		if (!DIGIT(text.charCodeAt(i))) return { offset: start, message: 'a number is malformed (bad exponent)' };
		while (DIGIT(text.charCodeAt(i))) i++;
	}
	return i;
}

/**
 * The first syntax problem in JSON text, or null when it is well formed and no deeper than `maxDepth`. With
 * `offsets`, records there where each value starts (an object member: where its key starts), by formatted path.
 */
export function findJsonProblem(
	text: string,
	maxDepth = MAX_JSON_DEPTH,
	offsets?: Map<string, number>
): SyntaxProblem | null {
	const stack: number[] = []; // 91 '[' or 123 '{'
	// With `offsets`: each open container's path and, for a list, how many items it has had so far.
	const paths: string[] = [];
	const counts: number[] = [];
	let valuePath = ''; // the path of the value expected next
	// What may come next: a value, a key (object member), or what follows a value
	let expect: 'value' | 'key' | 'after' = 'value';
	let justOpened = false;
	let afterComma = false;
	let i = 0;
	const n = text.length;
	const closeContainer = () => {
		i++;
		stack.pop();
		paths.pop();
		counts.pop();
		expect = 'after';
	};
	while (true) {
		while (i < n && WS(text.charCodeAt(i))) i++;
		const c = text.charCodeAt(i);
		const top = stack[stack.length - 1];
		if (expect === 'after') {
			if (top === undefined) {
				return i >= n
					? null
					: { offset: i, message: `unexpected ${describe(text, i)} after the end of the JSON value` };
			}
			const close = top === 91 ? 93 : 125;
			if (c === 44) {
				i++;
				expect = top === 91 ? 'value' : 'key';
				justOpened = false;
				afterComma = true;
			} else if (c === close) closeContainer();
			else if (i >= n) {
				return {
					offset: i,
					message: `the file ends inside ${top === 91 ? 'a list' : 'an object'} (missing '${String.fromCharCode(close)}')`
				};
			} else {
				const what = top === 91 ? "',' or ']' after a list item" : "',' or '}' after a property value";
				return { offset: i, message: `expected ${what}, found ${describe(text, i)}` };
			}
			continue;
		}
		if (expect === 'key') {
			if (c === 125 && (justOpened || afterComma)) {
				if (afterComma) return { offset: i, message: "a trailing comma before '}'" };
				closeContainer();
				continue;
			}
			if (c !== 34) {
				if (i >= n) return { offset: i, message: "the file ends inside an object (missing '}')" };
				return { offset: i, message: `expected a property name in double quotes, found ${describe(text, i)}` };
			}
			const end = scanString(text, i);
			if (typeof end !== 'number') return end;
			if (offsets) {
				valuePath = childPath(paths[paths.length - 1], JSON.parse(text.slice(i, end)) as string);
				offsets.set(valuePath, i);
			}
			i = end;
			while (i < n && WS(text.charCodeAt(i))) i++;
			if (text.charCodeAt(i) !== 58) {
				return { offset: i, message: `expected ':' after a property name, found ${describe(text, i)}` };
			}
			i++;
			expect = 'value';
			justOpened = false;
			afterComma = false;
			continue;
		}
		// expect === 'value'
		if (c === 93 && top === 91 && (justOpened || afterComma)) {
			if (afterComma) return { offset: i, message: "a trailing comma before ']'" };
			closeContainer();
			continue;
		}
		justOpened = false;
		afterComma = false;
		if (offsets && top !== 123 && i < n) {
			valuePath = top === 91 ? childPath(paths[paths.length - 1], counts[counts.length - 1]++) : '';
			offsets.set(valuePath, i);
		}
		if (c === 123 || c === 91) {
			if (stack.length >= maxDepth) {
				return { offset: i, message: `nested more than ${maxDepth} levels deep`, tooDeep: true };
			}
			if (offsets) {
				paths.push(valuePath);
				counts.push(0);
			}
			stack.push(c);
			i++;
			expect = c === 123 ? 'key' : 'value';
			justOpened = true;
			continue;
		}
		let end: number | SyntaxProblem;
		if (c === 34) end = scanString(text, i);
		else if (c === 45 || DIGIT(c)) end = scanNumber(text, i);
		else if (text.startsWith('true', i)) end = i + 4;
		else if (text.startsWith('false', i)) end = i + 5;
		else if (text.startsWith('null', i)) end = i + 4;
		else if (i >= n) {
			return { offset: i, message: stack.length ? 'the file ends where a value should be' : 'there is no JSON value' };
		} else return { offset: i, message: `expected a value, found ${describe(text, i)}` };
		if (typeof end !== 'number') return end;
		i = end;
		expect = 'after';
	}
}

/**
 * Parses JSON text, or says where and why it is not JSON (line, column), naming `fileLabel`. With `maxDepth`
 * Infinity the depth is left to the caller, and a sound text is not walked at all.
 */
export function parseJsonText(text: string, fileLabel: string, maxDepth = MAX_JSON_DEPTH): JsonParse {
	// The native parser first (V8's is iterative, so deep nesting cannot overflow it): sound files, by far the most
	// common, then skip the character-by-character scan, which only runs to say where and why a file is wrong.
	let value: unknown;
	try {
		value = JSON.parse(text);
		if (maxDepth === Infinity || !nestsDeeperThan(value, maxDepth)) return { ok: true, value };
	} catch {
		// located below
	}
	const problem = findJsonProblem(text, maxDepth);
	if (problem) {
		const { line, column } = lineColumn(text, problem.offset);
		if (problem.tooDeep) {
			return { ok: false, error: `${fileLabel} is ${tooDeepMessage(maxDepth, `line ${line}, column ${column}`)}.` };
		}
		return { ok: false, error: `${fileLabel} is not valid JSON: line ${line}, column ${column}: ${problem.message}.` };
	}
	// The scan found nothing the native parser objected to: say what the parser said.
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		return { ok: false, error: `${fileLabel} is not valid JSON: ${(error as Error).message}` };
	}
}

/** The message for JSON text that parses but nests deeper than `maxDepth`, saying where. */
export function tooDeepError(text: string, fileLabel: string, maxDepth = MAX_JSON_DEPTH): string {
	const problem = findJsonProblem(text, maxDepth);
	const at = problem?.tooDeep ? lineColumn(text, problem.offset) : null;
	return `${fileLabel} is ${tooDeepMessage(maxDepth, at && `line ${at.line}, column ${at.column}`)}.`;
}

/** A JSON text parsed, with the offset of every value (of its key, for object members) by formatted path. */
export interface ParsedJson {
	value: unknown;
	/** Computed on first call: locating values costs a second pass that valid data never needs. */
	offsets: () => Map<string, number>;
}

/** A parsed value with its text's offsets, computed only if a problem needs locating. */
export function withLazyOffsets(text: string, value: unknown): ParsedJson {
	let offsets: Map<string, number> | undefined;
	return {
		value,
		offsets: () => {
			if (!offsets) {
				offsets = new Map();
				if (findJsonProblem(text, Infinity, offsets)) offsets.clear();
			}
			return offsets;
		}
	};
}

/** Parses JSON, or says where and why it is malformed (at any depth). Never throws. */
export function parseJsonWithOffsets(text: string): ParsedJson | { error: SyntaxProblem } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const problem = findJsonProblem(text, Infinity);
		return { error: problem ?? { offset: text.length, message: (error as Error).message } };
	}
	return withLazyOffsets(text, value);
}
