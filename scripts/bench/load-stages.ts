/**
 * Where loading a big linked document spends its time before the view gets it, stage by stage, in Node: the
 * synthetic document as the text `?src=` fetches, imported (parse, detect, validate, order) and indexed for the view.
 * `npx tsx scripts/bench/load-stages.ts [events=10000] [runs=3]` prints ms per stage: the first (cold) run, as a
 * page load sees it, and the best of the later ones (which find the quotes' offsets remembered from the first).
 */
import * as v from 'valibot';
import { syntheticTimeline } from './synthetic';
import { parseJsonText } from '../../src/lib/text/json-positions';
import { detectJsonFormat } from '../../src/lib/formats/detect';
import { EventSchema, TimelineDocumentSchema } from '../../src/lib/data/schema';
import { contentProblems, declaredIds } from '../../src/lib/data/content-rules';
import { validItems, type FileContext } from '../../src/lib/data/locate-problems';
import { buildTimelineDocument } from '../../src/lib/data/document';
import { eventOrder } from '../../src/lib/data/event-order';
import { eventWindow } from '../../src/lib/dates/event-dates';
import type { TimelineDocument } from '../../src/lib/model/timeline';

const count = Number(process.argv[2] ?? 10_000);
const runs = Math.max(1, Number(process.argv[3] ?? 3));
// Decoded from bytes, as a fetched text is: JSON.stringify's own result is flattened on first use, which took tens
// of milliseconds that would be counted against the parse.
const text = Buffer.from(JSON.stringify(syntheticTimeline(count))).toString('utf8');

function timed<T>(times: Map<string, number[]>, stage: string, work: () => T): T {
	const begin = performance.now();
	const result = work();
	const list = times.get(stage) ?? [];
	list.push(performance.now() - begin);
	times.set(stage, list);
	return result;
}

const times = new Map<string, number[]>();
for (let run = 0; run < runs; run++) {
	// The stages one by one, in the order importTimeline and the view run them.
	const parsed = timed(times, 'parse JSON', () => parseJsonText(text, 'bench.json', Infinity));
	if (!parsed.ok) throw new Error(parsed.error);
	const raw = parsed.value as TimelineDocument;
	timed(times, 'detect format', () => detectJsonFormat(raw, 'bench.json'));
	const whole = timed(times, 'schema (valibot)', () => v.safeParse(TimelineDocumentSchema, raw));
	if (!whole.success) throw new Error('schema failed');
	const context: FileContext = { file: 'bench.json', offsets: () => new Map() };
	const out = whole.output;
	const parts = timed(times, 'locate items', () => ({
		sources: validItems(context, raw, v.any(), ['sources'], 'source', out.sources),
		tags: validItems(context, raw, v.any(), ['tags'], 'tag', out.tags),
		periods: validItems(context, raw, v.any(), ['periods'], 'period', out.periods),
		events: validItems(context, raw, EventSchema, ['events'], 'event', out.events),
		notEvents: []
	}));
	const declared = timed(times, 'declared ids', () => declaredIds(raw, ['sources']));
	const problems = timed(times, 'content rules', () =>
		contentProblems(parts, null, undefined, { sources: true, tags: true, events: true }, declared)
	);
	if (problems.length) throw new Error(`${problems.length} problems`);
	const built = timed(times, 'build (order events)', () => buildTimelineDocument(out));
	timed(times, 'view: windows + order', () => {
		const windows = built.events.map((event) => eventWindow(event.date));
		return eventOrder(
			built.events,
			built.sources,
			windows.map((w) => w.start)
		);
	});
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${count} events, ${(text.length / 1e6).toFixed(1)} MB of JSON, ${runs} run(s)`);
console.log(`${pad('stage', 26)}${'cold ms'.padStart(9)}${'warm ms'.padStart(9)}`);
const warmest = (list: number[]) => (list.length > 1 ? Math.min(...list.slice(1)) : NaN);
for (const [stage, list] of times) {
	console.log(`${pad(stage, 26)}${list[0].toFixed(1).padStart(9)}${warmest(list).toFixed(1).padStart(9)}`);
}
const all = [...times.values()];
const cold = all.reduce((sum, list) => sum + list[0], 0);
const warm = all.reduce((sum, list) => sum + warmest(list), 0);
console.log(`${pad('all stages', 26)}${cold.toFixed(1).padStart(9)}${warm.toFixed(1).padStart(9)}`);
