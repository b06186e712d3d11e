/**
 * `npm run extract -- <article.txt> [--source-id ID] [--out candidates.json] [--all]`: reads a plain-text article
 * and writes candidate events as JSON (stdout, or --out). Candidates that an event in timeline-data/events.json
 * already covers are left out unless --all. Progress and the summary go to stderr so stdout stays JSON.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TimelineEvent } from '../src/lib/data/schema';
import { EXTRACT_USAGE, parseExtractArgs, sourceIdFromFileName } from '../src/lib/extract/args';
import { extractCandidates } from '../src/lib/extract/candidates';
import { TIMELINE_DATA_DIR } from './read-timeline-data';

function fail(message: string, usage = false): never {
	console.error(`extract: ${message}`);
	if (usage) console.error(`\n${EXTRACT_USAGE}`);
	process.exit(usage ? 2 : 1);
}

/** A JSON file under timeline-data/, or undefined when absent; a broken one is reported and ignored. */
function readDataJson(name: string): unknown {
	const path = join(TIMELINE_DATA_DIR, name);
	if (!existsSync(path)) return undefined;
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		console.error(`extract: ignoring timeline-data/${name}: ${(error as Error).message}`);
		return undefined;
	}
}

const args = parseExtractArgs(process.argv.slice(2));
if ('error' in args) fail(args.error, true);
if (args.help) {
	console.log(EXTRACT_USAGE);
	process.exit(0);
}
if (!existsSync(args.file)) fail(`no such file: ${args.file}`);
if (!statSync(args.file).isFile()) fail(`not a file: ${args.file}`);

const text = readFileSync(args.file, 'utf8');
if (text.includes('\u0000')) fail(`${args.file} looks binary; give a plain-text article`);

const sources = readDataJson('sources.json');
const known = Array.isArray(sources)
	? (sources as { id?: unknown; file?: unknown }[]).find((source) => source.file === basename(args.file))
	: undefined;
const sourceId = args.sourceId ?? (typeof known?.id === 'string' ? known.id : sourceIdFromFileName(args.file));

const eventsFile = readDataJson('events.json') as { events?: unknown } | undefined;
const events = (Array.isArray(eventsFile?.events) ? eventsFile.events : []).filter(
	(event): event is TimelineEvent =>
		typeof event === 'object' &&
		event !== null &&
		Array.isArray((event as TimelineEvent).excerpts) &&
		typeof (event as TimelineEvent).date === 'object'
);

const started = performance.now();
let lastTenth = 0;
const candidates = extractCandidates(text, {
	sourceId,
	existingEvents: events,
	referenceYear: args.referenceYear,
	onProgress: ({ fraction, done, total }) => {
		// Only long runs report, at each tenth.
		const tenth = Math.floor(Math.round(fraction * 1000) / 100);
		if (total < 1000 || tenth <= lastTenth) return;
		lastTenth = tenth;
		console.error(`extract: ${Math.round(fraction * 100)}% (${done}/${total} sentences)`);
	}
});
const seconds = (performance.now() - started) / 1000;

const matched = candidates.filter((candidate) => candidate.matches);
const listed = args.all ? candidates : candidates.filter((candidate) => !candidate.matches);
const json = `${JSON.stringify({ source: sourceId, file: basename(args.file), candidates: listed }, null, '\t')}\n`;
if (args.out) writeFileSync(args.out, json);
else process.stdout.write(json);

const coveredEvents = new Set(matched.flatMap((candidate) => [candidate.matches!, ...(candidate.alsoMatches ?? [])]));
const anchored = candidates.filter((candidate) => candidate.anchor).length;
console.error(
	`extract: ${sourceId}: ${candidates.length} candidates, ${matched.length} matching existing events (${coveredEvents.size} events), ` +
		`${candidates.length - matched.length} new; ${anchored} dated by leaning on another date (see "anchor"); ` +
		`listed ${listed.length}${args.out ? ` in ${args.out}` : ''} (${seconds.toFixed(2)} s)`
);
