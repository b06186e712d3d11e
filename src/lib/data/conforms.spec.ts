import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { syntheticTimeline } from '../../../scripts/bench/synthetic';
import { conformsUnchanged } from './conforms';
import { TimelineDocumentSchema } from './schema';

/** What conformsUnchanged promises: valibot accepts the value and gives back a deep copy of it. */
function valibotKeepsItAsItIs(schema: v.GenericSchema, value: unknown): boolean {
	const result = v.safeParse(schema, value);
	return result.success && isDeepStrictEqualJson(result.output, value);
}

function isDeepStrictEqualJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	if (keysA.length !== keysB.length) return false;
	return keysA.every((key) => Object.hasOwn(b, key) && isDeepStrictEqualJson((a as never)[key], (b as never)[key]));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `root`, containers included. */
function pathsOf(root: Json, prefix: (string | number)[] = []): (string | number)[][] {
	const paths = [prefix];
	if (Array.isArray(root)) root.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
	else if (root && typeof root === 'object') {
		for (const [key, item] of Object.entries(root)) paths.push(...pathsOf(item, [...prefix, key]));
	}
	return paths;
}

/** A copy of `root` with the value at `path` replaced, or (with `remove`) deleted. */
function withChange(root: Json, path: (string | number)[], change: (value: Json) => Json | typeof REMOVE): Json {
	const copy = structuredClone(root);
	if (path.length === 0) return change(copy) as Json;
	let parent: Json = copy;
	for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key];
	const last = path.at(-1)!;
	const next = change((parent as Record<string | number, Json>)[last]);
	if (next === REMOVE) {
		if (Array.isArray(parent)) parent.splice(last as number, 1);
		else delete (parent as Record<string, Json>)[last];
	} else (parent as Record<string | number, Json>)[last] = next;
	return copy;
}

const REMOVE = Symbol('remove');

/** Changes a careless editor or a hostile file could make to any one value. */
const CHANGES: [string, (value: Json) => Json | typeof REMOVE][] = [
	['removed', () => REMOVE],
	['null', () => null],
	['empty string', () => ''],
	['blank string', () => '   '],
	['padded', (value) => (typeof value === 'string' ? ` ${value} ` : value)],
	['number', () => 1.5],
	['zero', () => 0],
	['boolean', () => true],
	['empty array', () => []],
	['empty object', () => ({})],
	['array holding it', (value) => [value]],
	[
		'unknown key',
		(value) => (value && typeof value === 'object' && !Array.isArray(value) ? { ...value, extra: 1 } : value)
	],
	['too long', (value) => (typeof value === 'string' ? value.repeat(40) : value)],
	['not a date', (value) => (typeof value === 'string' ? `${value}x` : value)],
	['uppercased', (value) => (typeof value === 'string' ? value.toUpperCase() : value)],
	['broken address', (value) => (typeof value === 'string' ? 'https://[' : value)]
];

describe('conformsUnchanged', () => {
	// Every kind of field the schema has, optional ones included, so every rule gets changed at least once.
	const parsed = structuredClone(syntheticTimeline(6));
	parsed.events[0].excerpts[0].occurrence = 1;
	parsed.events[1].date.startPrecision = 'season';
	parsed.events[1].date.endPrecision = 'quarter';
	parsed.tags[0].description = 'A theme';
	parsed.sources[1].author = null;
	const document = JSON.parse(JSON.stringify(parsed)) as Json;

	it('accepts a sound document as it is, as valibot does', () => {
		expect(valibotKeepsItAsItIs(TimelineDocumentSchema, document)).toBe(true);
		expect(conformsUnchanged(TimelineDocumentSchema, document)).toBe(true);
	});

	it('agrees with valibot on every single change to every value of a document', () => {
		const paths = pathsOf(document);
		let tried = 0;
		const disagreements: string[] = [];
		for (const path of paths) {
			for (const [name, change] of CHANGES) {
				const changed = withChange(document, path, change);
				tried++;
				const expected = valibotKeepsItAsItIs(TimelineDocumentSchema, changed);
				if (conformsUnchanged(TimelineDocumentSchema, changed) !== expected) {
					disagreements.push(`${name} at ${path.join('.') || '(root)'}: valibot says ${expected}`);
				}
			}
		}
		expect(tried).toBeGreaterThan(3000);
		expect(disagreements).toEqual([]);
	});

	it('leaves text that valibot would trim to valibot, which returns it trimmed', () => {
		const padded = withChange(document, ['title'], (title) => ` ${title}`);
		expect(v.safeParse(TimelineDocumentSchema, padded).success).toBe(true);
		expect(conformsUnchanged(TimelineDocumentSchema, padded)).toBe(false);
	});

	it('refuses unknown keys, also on objects that do not come from JSON', () => {
		const tag = { id: 'a', label: 'A' };
		const TagsSchema = v.array(v.strictObject({ id: v.string(), label: v.string() }));
		expect(conformsUnchanged(TagsSchema, [tag])).toBe(true);
		expect(conformsUnchanged(TagsSchema, [Object.assign(Object.create({ inherited: 1 }), tag)])).toBe(false);
		expect(conformsUnchanged(TagsSchema, [Object.assign(Object.create(null), tag)])).toBe(true);
		expect(conformsUnchanged(TagsSchema, [{ ...tag, more: 1 }])).toBe(false);
	});

	it('counts a default valibot would fill in as a change', () => {
		const WithDefault = v.strictObject({ id: v.string(), kind: v.optional(v.string(), 'plain') });
		expect(v.safeParse(WithDefault, { id: 'a' }).success).toBe(true);
		expect(conformsUnchanged(WithDefault, { id: 'a' })).toBe(false);
		expect(conformsUnchanged(WithDefault, { id: 'a', kind: 'x' })).toBe(true);
	});

	it('leaves schemas it does not walk, such as unions, to valibot', () => {
		const Either = v.union([v.strictObject({ a: v.string() }), v.strictObject({ b: v.number() })]);
		expect(v.safeParse(Either, { a: 'x' }).success).toBe(true);
		// valibot copies the object, so the value cannot stand for the output: the caller must ask valibot.
		expect(conformsUnchanged(Either, { a: 'x' })).toBe(false);
		expect(conformsUnchanged(v.array(v.union([v.string(), v.number()])), ['x', 1])).toBe(true);
	});
});
