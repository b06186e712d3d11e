/**
 * `npm run data:report`: how much of the sources the timeline covers. Counts events per source, year and
 * precision, then lists for each source the dated sentences that no event quote and no not-events entry
 * overlaps, so what is still unread is visible. Always exits 0: it is a report, not a gate.
 */
import { datedSentences, reviewSentences } from '../src/lib/text/dated-sentences';
import type { TextRange } from '../src/lib/text/range';
import { locateQuote, occurrencesOf } from '../src/lib/text/locate-quote';
import { lineColumn } from '../src/lib/text/json-positions';
import { validateTimelineData } from '../src/lib/data/validate';
import { readTimelineData } from './read-timeline-data';

// An optional folder argument reports on another copy of the data (e.g. a test fixture).
const dir = process.argv[2];
const files = readTimelineData(dir);
const root = dir ? `${dir.replace(/\/$/, '')}/` : 'timeline-data/';
const { parts, problems } = validateTimelineData(files, { root });
const events = parts.events.map((item) => item.value);
const out: string[] = [];
const tally = (keys: string[]) => {
	const counts = new Map<string, number>();
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	return counts;
};
const table = (counts: Map<string, number>, order?: readonly string[]) => {
	const keys = order ? order.filter((k) => counts.has(k)) : [...counts.keys()].sort();
	const width = Math.max(0, ...keys.map((k) => k.length));
	return keys.map((key) => `  ${key.padEnd(width)}  ${counts.get(key)}`);
};
const shorten = (text: string, max = 240) =>
	(text.length > max ? `${text.slice(0, max - 1)}…` : text).replace(/\s*\n\s*/g, ' ');

out.push(`timeline-data report: ${events.length} events, ${parts.sources.length} sources`);
if (problems.length) {
	out.push(`(data:check finds ${problems.length} problems; this report uses only the entries that pass their schemas)`);
}
out.push('', 'Events per source (an event citing two sources counts for both):');
const perSource = tally(events.flatMap((event) => [...new Set(event.excerpts.map((excerpt) => excerpt.source))]));
for (const source of parts.sources) if (!perSource.has(source.value.id)) perSource.set(source.value.id, 0);
out.push(...table(perSource));
out.push('', 'Events per year (of the date start):');
out.push(...table(tally(events.map((event) => event.date.start.slice(0, 4)))));
out.push('', 'Events per precision:');
out.push(
	...table(tally(events.map((event) => event.date.precision)), ['day', 'month', 'season', 'quarter', 'year', 'span'])
);
out.push(`Approximate dates: ${events.filter((event) => event.date.approximate).length} of ${events.length}`);

let totalDated = 0;
let totalByEvent = 0;
let totalByNotEventOnly = 0;
let totalUnreviewed = 0;
out.push('', 'Dated sentences not yet reviewed (no event quote and no not-events entry overlaps them):');
// Texts not yet listed in sources.json are reported too, under their file name, so gaps show early.
const listed = new Set(parts.sources.map((item) => item.value.file));
const unlisted = Object.keys(files)
	.filter((key) => key.startsWith('sources/') && !listed.has(key.slice('sources/'.length)))
	.map((key) => ({
		id: `(unlisted) ${key.slice('sources/'.length)}`,
		file: key.slice('sources/'.length),
		text: files[key]
	}));
for (const source of [...parts.sources.map((item) => item.value), ...unlisted]) {
	const path = `${root}sources/${source.file}`;
	if (source.text === undefined) {
		out.push(`  ${source.id}: ${path} is missing`);
		continue;
	}
	const text = source.text;
	const eventRanges: TextRange[] = events.flatMap((event) =>
		event.excerpts
			.filter((excerpt) => excerpt.source === source.id)
			.flatMap((excerpt) => locateQuote(text, excerpt.quote, excerpt.occurrence) ?? [])
	);
	const notEventRanges: TextRange[] = parts.notEvents
		.filter((item) => item.value.source === source.id)
		.flatMap(({ value }) =>
			occurrencesOf(text, value.sentence).map((start) => ({ start, end: start + value.sentence.length }))
		);
	const reviews = reviewSentences(datedSentences(text), eventRanges, notEventRanges);
	const byEvent = reviews.filter((r) => r.byEvent).length;
	const byNotEventOnly = reviews.filter((r) => !r.byEvent && r.byNotEvent).length;
	const open = reviews.filter((r) => !r.byEvent && !r.byNotEvent);
	totalDated += reviews.length;
	totalByEvent += byEvent;
	totalByNotEventOnly += byNotEventOnly;
	totalUnreviewed += open.length;
	out.push(
		`  ${source.id} (${path}): ${reviews.length} dated sentences, ${byEvent} covered by events, ` +
			`${byNotEventOnly} by not-events only, ${open.length} not yet reviewed`
	);
	for (const { sentence } of open) {
		const { line, column } = lineColumn(text, sentence.start);
		out.push(`    ${path}:${line}:${column} [${sentence.cues.join(', ')}] ${JSON.stringify(shorten(sentence.text))}`);
	}
}
out.push(
	'',
	`Dated sentences: ${totalDated}; covered by events ${totalByEvent}, by not-events only ${totalByNotEventOnly}.`,
	`${totalUnreviewed} dated sentences not yet reviewed`
);
console.log(out.join('\n'));
