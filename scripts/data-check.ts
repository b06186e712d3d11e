/**
 * `npm run data:check`: validates timeline-data/ with the same code the app uses, checks schema.json is
 * current, prints one line per problem and a summary, and exits 1 on any problem so the build stops.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timelineJsonSchemaText } from '../src/lib/data/json-schema';
import { formatProblem, type Problem } from '../src/lib/data/problems';
import { validateTimelineData, validateTimelineDocument } from '../src/lib/data/validate';
import { readTimelineData, TIMELINE_DATA_DIR } from './read-timeline-data';

const started = performance.now();
// An optional folder argument checks another copy of the data (e.g. a test fixture); schema.json is then not compared.
const dir = process.argv[2];
// A Sourceline JSON file (an export, what `?src=` opens) is checked as the app checks a file it opens.
if (dir?.endsWith('.json')) {
	const { document, problems } = validateTimelineDocument(readFileSync(dir, 'utf8'), dir);
	for (const problem of problems) console.log(formatProblem(problem));
	const events = document?.events.length ?? 0;
	console.log(`${dir}: ${events} events, ${document?.sources.length ?? 0} sources, ${problems.length} problems`);
	process.exit(problems.length ? 1 : 0);
}
const root = dir ? `${dir.replace(/\/$/, '')}/` : 'timeline-data/';
const files = readTimelineData(dir);
const { parts, problems } = validateTimelineData(files, { root });

const schemaPath = join(TIMELINE_DATA_DIR, 'schema.json');
const schemaProblems: Problem[] = [];
if (!dir && (!existsSync(schemaPath) || readFileSync(schemaPath, 'utf8') !== timelineJsonSchemaText())) {
	schemaProblems.push({
		file: 'timeline-data/schema.json',
		message: `${existsSync(schemaPath) ? 'is out of date' : 'is missing'}; run \`npx tsx scripts/write-json-schema.ts\``
	});
}

const all = [...problems, ...schemaProblems];
for (const problem of all) console.log(formatProblem(problem));
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const elapsed = Math.round(performance.now() - started);
// Count events as written, not only those passing their schema, so the total does not jump while fixing one.
let eventCount = parts.events.length;
try {
	const raw = JSON.parse(files['events.json'] ?? '') as { events?: unknown };
	if (Array.isArray(raw.events)) eventCount = raw.events.length;
} catch {
	// Malformed JSON is already a reported problem.
}
console.log(
	`${root.replace(/\/$/, '')}: ${count(eventCount, 'event')}, ${count(parts.sources.length, 'source')}, ` +
		`${count(all.length, 'problem')} (${elapsed} ms)`
);
process.exit(all.length ? 1 : 0);
