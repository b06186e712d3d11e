/**
 * `npm run extract:speed`: how fast the extractor reads news, in seconds per MB of text. The text is the
 * development corpus's articles (../shared/corpora/news-dev/timeml) and the three built-in sources, repeated to
 * 1 MB and read as articles of their own size with their publication dates, as authoring and the CLI read them.
 * It prints figures; it is not a test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCandidates } from '../src/lib/extract/candidates';
import { readTimelineArticle } from '../src/lib/extract/eval/corpus';
import { TIMELINE_DATA_DIR } from './read-timeline-data';

const CORPUS = ['../../shared', '../../../shared']
	.map((up) => join(import.meta.dirname, up, 'corpora/news-dev/timeml'))
	.find((path) => existsSync(path));
const articles: { text: string; published: string | null }[] = [];
for (const file of CORPUS ? readdirSync(CORPUS).filter((name) => name.endsWith('.tml')) : []) {
	const article = readTimelineArticle(file, readFileSync(join(CORPUS!, file), 'utf8'));
	articles.push({ text: article.text, published: article.published || null });
}
const sources = join(TIMELINE_DATA_DIR, 'sources');
for (const file of readdirSync(sources).filter((name) => name.endsWith('.txt')))
	articles.push({ text: readFileSync(join(sources, file), 'utf8'), published: null });

const MB = 1_000_000;
const batch: typeof articles = [];
let size = 0;
for (let i = 0; size < MB; i++) {
	const article = articles[i % articles.length];
	batch.push(article);
	size += article.text.length;
}

/** Seconds of CPU time (user and system) for one pass: on a machine shared with others, wall time says more about them. */
function run(): { cpu: number; wall: number } {
	const started = performance.now();
	const cpu = process.cpuUsage();
	batch.forEach(({ text, published }, i) =>
		extractCandidates(text, { sourceId: `a${i}`, published, referenceYear: published ? undefined : 2016 })
	);
	const used = process.cpuUsage(cpu);
	return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - started) / 1000 };
}

// The first run pays for compiling (regexes, chrono's parsers, the JIT), as a fresh worker does.
const first = run();
const runs = [run(), run(), run()].sort((a, b) => a.cpu - b.cpu);
const perMB = (seconds: number) => (seconds / (size / MB)).toFixed(2);
console.log(
	`extract: ${(size / MB).toFixed(2)} MB in ${batch.length} articles; CPU time: first run ${perMB(first.cpu)} s/MB, ` +
		`then median ${perMB(runs[1].cpu)} s/MB (best ${perMB(runs[0].cpu)}); wall time: first ${perMB(first.wall)}, median ${perMB(runs[1].wall)}`
);
