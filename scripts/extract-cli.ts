/**
 * `npm run extract`, as a function: reads the articles on the command line and writes their candidates (JSON) or
 * their time expressions (TimeML). Messages go through `io` so it can run in-process in tests; it returns the exit
 * status: 0 done, 1 an article or the disk is at fault, 2 the command line is.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { TimelineEvent } from '../src/lib/model/timeline';
import { EXTRACT_USAGE, parseExtractArgs, sourceIdFromFileName, type ExtractArgs } from '../src/lib/extract/args';
import { extractCandidates } from '../src/lib/extract/candidates';
import { readTimeML, writeTimeML } from '../src/lib/extract/timeml';
import { timeExpressions } from '../src/lib/extract/timex';
import { htmlToText } from '../src/lib/formats/html-text';

export interface ExtractIO {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** timeline-data/ of this checkout: the sources and events candidates are checked against. */
	dataDir: string;
}

/** The largest article read: longer files are not articles. */
export const MAX_BYTES = 10 * 1024 * 1024;

class InputError extends Error {}

interface Article {
	text: string;
	published: string | null;
}

/** One article's text and publication date, or an `InputError` saying what is wrong with the file. */
function readArticle(file: string): Article {
	if (!existsSync(file)) throw new InputError(`no such file: ${file}`);
	const stat = statSync(file);
	if (!stat.isFile()) throw new InputError(`not a file: ${file}`);
	if (stat.size > MAX_BYTES)
		throw new InputError(`${file} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; an article may be at most 10 MB`);
	const bytes = readFileSync(file);
	let content: string;
	try {
		content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(`${file} is not UTF-8 text (it looks binary); give a .txt, .html or TimeML article`);
	}
	if (content.includes('\u0000')) throw new InputError(`${file} looks binary; give a .txt, .html or TimeML article`);
	const extension = extname(file).toLowerCase();
	let article: Article;
	if (extension === '.tml' || extension === '.te3input') {
		const parsed = readTimeML(content);
		if ('error' in parsed) throw new InputError(`${file}: not valid TimeML: ${parsed.error}`);
		article = { text: parsed.text, published: parsed.published };
	} else if (extension === '.html' || extension === '.htm') {
		// Scripts, styles and the like lose their content: their text never runs and never appears.
		article = { text: htmlToText(content), published: null };
	} else article = { text: content, published: null };
	if (!article.text.trim()) throw new InputError(`${file}: the article is empty (no text to read)`);
	return article;
}

/** A JSON file under timeline-data/, or undefined when absent; a broken one is reported and ignored. */
function readDataJson(io: ExtractIO, name: string): unknown {
	const path = join(io.dataDir, name);
	if (!existsSync(path)) return undefined;
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		io.stderr(`extract: ignoring timeline-data/${name}: ${(error as Error).message}\n`);
		return undefined;
	}
}

function existingEvents(io: ExtractIO): TimelineEvent[] {
	const eventsFile = readDataJson(io, 'events.json') as { events?: unknown } | undefined;
	return (Array.isArray(eventsFile?.events) ? eventsFile.events : []).filter(
		(event): event is TimelineEvent =>
			typeof event === 'object' &&
			event !== null &&
			Array.isArray((event as TimelineEvent).excerpts) &&
			typeof (event as TimelineEvent).date === 'object'
	);
}

/** Where an article's output goes: --out, a file in --out-dir, or stdout (undefined). */
function outputPath(args: ExtractArgs, file: string): string | undefined {
	if (args.out) return args.out;
	if (!args.outDir) return undefined;
	const base = basename(file).replace(/\.[^.]+$/, '');
	return join(args.outDir, `${base}.${args.format === 'timeml' ? 'tml' : 'json'}`);
}

const samePath = (a: string, b: string) => existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);

export function runExtract(argv: readonly string[], io: ExtractIO): number {
	const args = parseExtractArgs(argv);
	if ('error' in args) {
		io.stderr(`extract: ${args.error}\n\n${EXTRACT_USAGE}\n`);
		return 2;
	}
	if (args.help) {
		io.stdout(`${EXTRACT_USAGE}\n`);
		return 0;
	}
	// Nothing the user already had is lost: no output may land on an input.
	for (const file of args.files) {
		const target = outputPath(args, file);
		const clash = target && args.files.find((input) => resolve(input) === resolve(target) || samePath(input, target));
		if (clash) {
			io.stderr(
				`extract: the output ${target} would overwrite the article ${clash}; choose another --out or --out-dir\n`
			);
			return 2;
		}
	}
	const sources = readDataJson(io, 'sources.json');
	const events = args.format === 'json' ? existingEvents(io) : [];
	if (args.outDir) mkdirSync(args.outDir, { recursive: true });
	let failed = 0;
	for (const file of args.files) {
		let article: Article;
		try {
			article = readArticle(file);
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			io.stderr(`extract: ${error.message}\n`);
			failed++;
			continue;
		}
		const known = Array.isArray(sources)
			? (sources as { id?: unknown; file?: unknown; published?: unknown }[]).find(
					(source) => source.file === basename(file)
				)
			: undefined;
		const sourceId = args.sourceId ?? (typeof known?.id === 'string' ? known.id : sourceIdFromFileName(file));
		const published =
			args.published ?? article.published ?? (typeof known?.published === 'string' ? known.published : null);
		const options = {
			published,
			referenceYear: args.referenceYear ?? (published ? Number(published.slice(0, 4)) : undefined)
		};
		const started = performance.now();
		let output: string;
		let summary: string;
		if (args.format === 'timeml') {
			const timexes = timeExpressions(article.text, options);
			output = writeTimeML({ docId: sourceId, text: article.text, published, timexes });
			summary = `${timexes.length} time expressions`;
		} else {
			let lastTenth = 0;
			const candidates = extractCandidates(article.text, {
				sourceId,
				existingEvents: events,
				...options,
				onProgress: ({ fraction, done, total }) => {
					// Only long runs report, at each tenth.
					const tenth = Math.floor(Math.round(fraction * 1000) / 100);
					if (total < 1000 || tenth <= lastTenth) return;
					lastTenth = tenth;
					io.stderr(`extract: ${Math.round(fraction * 100)}% (${done}/${total} sentences)\n`);
				}
			});
			const matched = candidates.filter((candidate) => candidate.matches);
			const listed = args.all ? candidates : candidates.filter((candidate) => !candidate.matches);
			output = `${JSON.stringify({ source: sourceId, file: basename(file), published, candidates: listed }, null, '\t')}\n`;
			const covered = new Set(matched.flatMap((candidate) => [candidate.matches!, ...(candidate.alsoMatches ?? [])]));
			const count = (by: string) => candidates.filter((candidate) => candidate.datedBy === by).length;
			summary =
				`${candidates.length} candidates, ${matched.length} matching existing events (${covered.size} events), ` +
				`${candidates.length - matched.length} new; ${count('anchor')} dated by leaning on another date (see "anchor"), ` +
				`${count('publication')} by the publication date${published ? ` ${published}` : ' (none given)'}; listed ${listed.length}`;
		}
		const target = outputPath(args, file);
		try {
			if (target) writeFileSync(target, output);
			else io.stdout(output);
		} catch (error) {
			io.stderr(`extract: cannot write ${target}: ${(error as Error).message}\n`);
			return 1;
		}
		const seconds = (performance.now() - started) / 1000;
		io.stderr(`extract: ${sourceId}: ${summary}${target ? ` in ${target}` : ''} (${seconds.toFixed(2)} s)\n`);
	}
	return failed ? 1 : 0;
}
