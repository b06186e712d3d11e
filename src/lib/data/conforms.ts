/**
 * A schema pass that copies nothing. valibot's `safeParse` builds a new object for every object and array it
 * checks (10,000 events make about 50,000, and the garbage collector then moves them), although a document
 * that needs no trimming and no defaults comes out equal to what went in. This walks the objects and arrays
 * itself and tests each leaf (a string, number, boolean or picklist) and each pipe step it knows (trim, regex,
 * length and value bounds, integer, url) with the step's own requirement, so the rules stay the schema's; any
 * schema or step it does not know is run by valibot. conforms.spec.ts holds it to valibot's answer on every
 * one-field change to a document.
 */
import * as v from 'valibot';

type Check = (value: unknown) => boolean;

/** The parts of a valibot schema this walk reads; anything else is left to valibot. */
interface SchemaNode {
	kind: string;
	type: string;
	entries?: Record<string, SchemaNode>;
	item?: SchemaNode;
	wrapped?: SchemaNode;
	default?: unknown;
	fallback?: unknown;
	pipe?: readonly SchemaNode[];
	'~run': (
		dataset: { typed?: boolean; value: unknown },
		config: v.Config<v.BaseIssue<unknown>>
	) => {
		typed: boolean;
		value: unknown;
		issues?: unknown;
	};
}

const CONFIG = v.getGlobalConfig({ abortEarly: true });
const compiled = new WeakMap<object, Check>();

/**
 * True when `v.safeParse(schema, value)` succeeds and its output equals `value`, so `value` itself can serve as
 * the output. False means only "ask valibot": the value may be invalid, or valid once trimmed or defaulted.
 */
export function conformsUnchanged(schema: v.GenericSchema, value: unknown): boolean {
	return checkFor(schema as unknown as SchemaNode)(value);
}

function checkFor(schema: SchemaNode): Check {
	let check = compiled.get(schema);
	if (!check) {
		check = build(schema);
		compiled.set(schema, check);
	}
	return check;
}

/** A schema this walk does not know: valibot runs it, and it must hand back the very same value. */
function byValibot(schema: SchemaNode): Check {
	return (value) => {
		const out = schema['~run']({ value }, CONFIG);
		return !out.issues && out.value === value;
	};
}

/**
 * The test a pipe step makes, read from the step itself (its regex, its bound, its function), for the steps the
 * schema uses; null for any other, which then goes to valibot. A `trim` keeps the value only when there is nothing
 * to trim.
 */
function stepTest(step: SchemaNode & { requirement?: unknown }): Check | null {
	const requirement = step.requirement as never;
	switch (step.type) {
		case 'trim':
			return (value) => value === (value as string).trim();
		case 'regex':
			return (requirement as unknown) instanceof RegExp
				? (value) => (requirement as RegExp).test(value as string)
				: null;
		case 'min_length':
			return (value) => (value as string | unknown[]).length >= requirement;
		case 'max_length':
			return (value) => (value as string | unknown[]).length <= requirement;
		case 'min_value':
			return (value) => (value as number) >= requirement;
		case 'integer':
		case 'url':
			return typeof requirement === 'function' ? (value) => (requirement as Check)(value) : null;
		default:
			return null;
	}
}

/** The type test of a leaf schema, as valibot's own `~run` makes it; null for any other schema. */
function leafTest(schema: SchemaNode & { options?: readonly unknown[] }): Check | null {
	switch (schema.type) {
		case 'string':
			return (value) => typeof value === 'string';
		case 'number':
			return (value) => typeof value === 'number' && !isNaN(value);
		case 'boolean':
			return (value) => typeof value === 'boolean';
		case 'picklist': {
			const options = schema.options!;
			return (value) => options.includes(value);
		}
		default:
			return null;
	}
}

/** The schema at the head of a pipe (itself perhaps a pipe), then every later step on the unchanged value. */
function pipeCheck(pipe: readonly SchemaNode[]): Check {
	const tests = [checkFor(pipe[0])];
	for (const step of pipe.slice(1)) {
		if (step.kind === 'metadata') continue;
		tests.push(stepTest(step) ?? byValibotStep(step));
	}
	if (tests.length === 1) return tests[0];
	if (tests.length === 2) {
		const [a, b] = tests;
		return (value) => a(value) && b(value);
	}
	return (value) => tests.every((test) => test(value));
}

function byValibotStep(step: SchemaNode): Check {
	return (value) => {
		const out = step['~run']({ typed: true, value }, CONFIG);
		return !out.issues && out.value === value;
	};
}

const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish']);

/** Whether a key may be missing without valibot adding it to the output. */
function mayBeMissing(entry: SchemaNode): boolean {
	return OPTIONAL.has(entry.type) && entry.default === undefined && entry.fallback === undefined;
}

function build(schema: SchemaNode): Check {
	// `v.pipe(head, ...steps)` copies the head's properties, so its type is the head's: read the pipe first.
	if (schema.pipe) return pipeCheck(schema.pipe);
	switch (schema.type) {
		case 'strict_object':
			return strictObjectCheck(schema.entries!);
		case 'array': {
			const item = checkFor(schema.item!);
			return (value) => {
				if (!Array.isArray(value)) return false;
				for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
				return true;
			};
		}
		case 'nullable':
		case 'optional': {
			if (schema.default !== undefined || schema.fallback !== undefined) return byValibot(schema);
			const wrapped = checkFor(schema.wrapped!);
			const empty = schema.type === 'nullable' ? null : undefined;
			return (value) => value === empty || wrapped(value);
		}
		default:
			return leafTest(schema) ?? byValibot(schema);
	}
}

function strictObjectCheck(entries: Record<string, SchemaNode>): Check {
	const keys = Object.keys(entries);
	const checks = keys.map((key) => checkFor(entries[key]));
	const optional = keys.map((key) => mayBeMissing(entries[key]));
	const inheritable = keys.some((key) => key in Object.prototype);
	return (value) => {
		// valibot takes any non-null object here, arrays included.
		if (!value || typeof value !== 'object') return false;
		const record = value as Record<string, unknown>;
		let present = 0;
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i];
			if (key in record) {
				if (!checks[i](record[key])) return false;
				present++;
			} else if (!optional[i]) return false;
		}
		// No unknown keys. A plain object (all JSON gives) inherits none of the schema's keys and no enumerable
		// ones, so counting its own keys is enough and far cheaper than valibot's for-in.
		const prototype = Object.getPrototypeOf(record);
		if (!inheritable && (prototype === Object.prototype || prototype === null)) {
			return Object.keys(record).length === present;
		}
		for (const key in record) if (!Object.hasOwn(entries, key)) return false;
		return true;
	};
}
