/** Test helpers for the validator's specs: the valid fixture as the scripts read it, and ways to break it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Problem } from './problems';
import { validateTimelineData } from './validate';

const FIXTURE = join(import.meta.dirname, '../../../tests/fixtures/data/valid');

/** A fresh copy of the valid fixture, as the scripts would read it. */
export function load(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(FIXTURE)) {
		if (name.endsWith('.json')) files[name] = readFileSync(join(FIXTURE, name), 'utf8');
	}
	for (const name of readdirSync(join(FIXTURE, 'sources'))) {
		files[`sources/${name}`] = readFileSync(join(FIXTURE, 'sources', name), 'utf8');
	}
	return files;
}

export type Json = Record<string, unknown> & { events?: Record<string, unknown>[] };

/** Rewrites one JSON file of the fixture through `edit`. */
export function editJson(files: Record<string, string>, name: string, edit: (data: Json & unknown[]) => void) {
	const data = JSON.parse(files[name]);
	edit(data);
	files[name] = JSON.stringify(data, null, '\t');
}

export function event(data: Json, id: string): Record<string, unknown> & { date: Record<string, unknown> } {
	const found = data.events!.find((e) => e.id === id);
	if (!found) throw new Error(`no fixture event ${id}`);
	return found as Record<string, unknown> & { date: Record<string, unknown> };
}

export function check(files: Record<string, string>): Problem[] {
	const { problems, document: timelineDocument } = validateTimelineData(files);
	expect(timelineDocument).toBeNull();
	return problems;
}

/** 1-based line of the first occurrence of `needle` after `after` in `text`. */
export function lineOf(text: string, needle: string, after = ''): number {
	const from = after ? text.indexOf(after) : 0;
	const at = text.indexOf(needle, from);
	expect(at).toBeGreaterThanOrEqual(0);
	return text.slice(0, at).split('\n').length;
}
