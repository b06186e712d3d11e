/**
 * JSON text to a value, with errors a person can act on. A single linear, non-recursive pass checks the syntax first,
 * so every browser reports the same message with a line and column (engines word and place JSON.parse errors
 * differently, and some give no position at all), and so nesting deeper than a sane limit is refused before any
 * recursive code sees it.
 */

import { MAX_JSON_DEPTH, nestsDeeperThan, tooDeepMessage } from '../data/json-depth';

export { MAX_JSON_DEPTH, nestsDeeperThan };

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

/** Line and column (both 1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}

interface SyntaxProblem {
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

/** The first syntax problem in JSON text, or null when it is well formed and no deeper than `maxDepth`. */
export function findJsonProblem(text: string, maxDepth = MAX_JSON_DEPTH): SyntaxProblem | null {
	const stack: number[] = []; // 91 '[' or 123 '{'
	// What may come next: a value, a key (object member), or what follows a value
	let expect: 'value' | 'key' | 'after' = 'value';
	let justOpened = false;
	let afterComma = false;
	let i = 0;
	const n = text.length;
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
			} else if (c === close) {
				i++;
				stack.pop();
			} else if (i >= n) {
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
				i++;
				stack.pop();
				expect = 'after';
				continue;
			}
			if (c !== 34) {
				if (i >= n) return { offset: i, message: "the file ends inside an object (missing '}')" };
				return { offset: i, message: `expected a property name in double quotes, found ${describe(text, i)}` };
			}
			const end = scanString(text, i);
			if (typeof end !== 'number') return end;
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
			i++;
			stack.pop();
			expect = 'after';
			continue;
		}
		justOpened = false;
		afterComma = false;
		if (c === 123 || c === 91) {
			if (stack.length >= maxDepth) {
				return { offset: i, message: `nested more than ${maxDepth} levels deep`, tooDeep: true };
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
