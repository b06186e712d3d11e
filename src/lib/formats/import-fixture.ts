/** Test helpers for the format specs: a file of tests/fixtures/import, and what importing some text gives. */
import { readFileSync } from 'node:fs';
import type { TimelineDocument } from '../model/timeline';
import { importTimeline } from './import';

export const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

/** The document `text` imports as, named `name`; throws with the import's message when it does not. */
export function load(text: string, name: string): TimelineDocument {
	const result = importTimeline(text, name);
	if (!result.ok) throw new Error(result.error);
	return result.document;
}
