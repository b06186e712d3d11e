/**
 * The pure modules' own speed, measured in Node and printed by `npm run bench` (the unit tests check what
 * they do, not how fast): lane layout at 10,000 events, validating a 10,000-event document, and extracting
 * candidate events from 1 MB of article text; and, as a yardstick for the machine, a JSON.parse of that document.
 */
import { readFileSync } from 'node:fs';
import { syntheticTimeline } from './synthetic';
import { validateTimelineDocument } from '../../src/lib/data/validate';
import { extractCandidates } from '../../src/lib/extract/candidates';
import { benchLayout } from './layout-bench';

function timed<T>(work: () => T): { result: T; ms: number } {
	const started = performance.now();
	const result = work();
	return { result, ms: performance.now() - started };
}

/** Runs the module benchmarks and returns one printable line each. */
export function benchModules(): string[] {
	const lines: string[] = [];
	const layout = benchLayout({ items: 10_000, runs: 10 });
	lines.push(
		`layoutLevel, 10,000 events, each of the ${layout.levels} √2 zoom levels from the whole extent to a day: min ${layout.minMs.toFixed(1)} ms, median ${layout.medianMs.toFixed(1)} ms, max ${layout.maxMs.toFixed(1)} ms a level, ${layout.totalMs.toFixed(0)} ms in all (${layout.clusters} clusters at the widest)`
	);
	const synthetic = syntheticTimeline(10_000);
	const text = JSON.stringify(synthetic);
	// None of Sourceline's code: a fixed piece of work that shows how fast the machine is at the time of the run, since
	// a shared machine's speed drifts by a fifth and more within an hour.
	const parses = Array.from({ length: 5 }, () => timed(() => JSON.parse(text)).ms).sort((a, b) => a - b);
	lines.push(`machine: JSON.parse of the 10,000-event document in Node, median of 5: ${parses[2].toFixed(1)} ms`);
	const validation = timed(() => validateTimelineDocument(text, 'synthetic-10000.json'));
	lines.push(
		`validateTimelineDocument, 10,000 events (${(text.length / 1e6).toFixed(1)} MB of JSON): ${validation.ms.toFixed(0)} ms, ${validation.result.problems.length} problems`
	);
	const article = readFileSync('timeline-data/sources/banks-wigmore-lesotho-mississippi-russia.txt', 'utf8');
	const big = article.repeat(Math.ceil(1_000_000 / article.length));
	const extraction = timed(() => extractCandidates(big, { sourceId: 'bench' }));
	lines.push(
		`extractCandidates, ${(big.length / 1e6).toFixed(2)} MB of article text: ${(extraction.ms / 1000).toFixed(2)} s, ${extraction.result.length} candidates`
	);
	return lines;
}
