/**
 * Reads timeline-data/ from disk into the `{ relative path: raw text }` map the pure validator takes, so the
 * scripts check exactly what the app imports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The timeline-data/ folder of this checkout. */
export const TIMELINE_DATA_DIR = join(import.meta.dirname, '..', 'timeline-data');

/** The JSON files and sources/*.txt under `dir`, keyed by path relative to it with forward slashes. */
export function readTimelineData(dir: string = TIMELINE_DATA_DIR): Record<string, string> {
	const files: Record<string, string> = {};
	if (!existsSync(dir)) return files;
	const visit = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			const key = relative(dir, path).split(sep).join('/');
			if (entry.isDirectory()) {
				if (key === 'sources') visit(path);
			} else if (key.startsWith('sources/') ? key.endsWith('.txt') : key.endsWith('.json') && key !== 'schema.json') {
				files[key] = readFileSync(path, 'utf8');
			}
		}
	};
	visit(dir);
	return files;
}
