/**
 * A schema pass that copies nothing. valibot's `safeParse` builds a new object for every object and array it
 * checks (10,000 events make about 50,000, and the garbage collector then moves them), although a document
 * that needs no trimming and no defaults comes out equal to what went in. This walks the objects and arrays
 * itself and hands every leaf (a string, number, boolean or picklist with its pipe) to valibot's own code, so
 * the rules stay the schema's, not a copy of them.
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

/** A leaf, or a container this walk does not know: valibot runs it, and it must hand back the very same value. */
function byValibot(schema: SchemaNode): Check {
	return (value) => {
		const out = schema['~run']({ value }, CONFIG);
		return !out.issues && out.value === value;
	};
}

/** Runs the pipe's steps after its first (the container itself, walked here) on the unchanged value. */
function withPipe(schema: SchemaNode, check: Check): Check {
	const steps = (schema.pipe ?? []).slice(1).filter((step) => step.kind !== 'metadata');
	if (!steps.length) return check;
	return (value) => {
		if (!check(value)) return false;
		for (const step of steps) {
			const out = step['~run']({ typed: true, value }, CONFIG);
			if (out.issues || out.value !== value) return false;
		}
		return true;
	};
}

const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish']);

/** Whether a key may be missing without valibot adding it to the output. */
function mayBeMissing(entry: SchemaNode): boolean {
	return OPTIONAL.has(entry.type) && entry.default === undefined && entry.fallback === undefined;
}

function build(schema: SchemaNode): Check {
	switch (schema.type) {
		case 'strict_object':
			return withPipe(schema, strictObjectCheck(schema.entries!));
		case 'array': {
			const item = checkFor(schema.item!);
			return withPipe(schema, (value) => {
				if (!Array.isArray(value)) return false;
				for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
				return true;
			});
		}
		case 'nullable':
		case 'optional': {
			if (schema.pipe || schema.default !== undefined || schema.fallback !== undefined) return byValibot(schema);
			const wrapped = checkFor(schema.wrapped!);
			const empty = schema.type === 'nullable' ? null : undefined;
			return (value) => value === empty || wrapped(value);
		}
		default:
			return byValibot(schema);
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
