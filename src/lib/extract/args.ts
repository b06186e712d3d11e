/**
 * The command line of `npm run extract`, parsed with node:util's parseArgs and checked without touching the disk
 * so it can be tested: a bad command line gets one sentence saying what is wrong, and the usage.
 */
import { parseArgs } from 'node:util';
import { ID } from '../model/timeline';
import { parseDateString } from '../dates/event-dates';

export type OutputFormat = 'json' | 'timeml';

export interface ExtractArgs {
	files: string[];
	sourceId?: string;
	out?: string;
	outDir?: string;
	all: boolean;
	referenceYear?: number;
	published?: string;
	format: OutputFormat;
	help: boolean;
}

export const EXTRACT_USAGE = `usage: npm run extract -- [options] <article>...

Reads articles and writes, for each, candidate events as JSON (one per date stated in a sentence, one per
sentence dated only by pointing back, and in an article with a publication date one per report of the day's
news) or the article as TimeML with its time expressions marked.
Articles: .txt (plain text), .html/.htm (its visible text; scripts and styles are dropped, never run),
.tml/.TE3input (TimeML: the text of <TEXT>, its <DCT> as the publication date). At most 10 MB each.
  --published YYYY-MM-DD  the publication date, which "yesterday", "on Tuesday" and "last month" are read against
                          (default: the DCT of a TimeML article, else the "published" of timeline-data/sources.json)
  --format json|timeml    json (default): candidates; timeml: the text with <TIMEX3> tags and the DCT
  --out FILE              write the output of one article to FILE instead of stdout
  --out-dir DIR           write one output per article into DIR, named after it (.json or .tml)
  --all                   list every candidate, not only those no event in timeline-data/events.json covers
  --source-id ID          the source id of one article (default: its id in timeline-data/sources.json, else its name)
  --reference-year YYYY   the year for a month without one when there is no publication date
  --help                  this text`;

/** Parsed arguments, or an error sentence for a bad command line. */
export function parseExtractArgs(argv: readonly string[]): ExtractArgs | { error: string } {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			strict: true,
			options: {
				'source-id': { type: 'string' },
				out: { type: 'string' },
				'out-dir': { type: 'string' },
				all: { type: 'boolean', default: false },
				'reference-year': { type: 'string' },
				published: { type: 'string' },
				format: { type: 'string', default: 'json' },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (error) {
		return { error: argumentError(error as Error) };
	}
	const { values, positionals } = parsed;
	const args: ExtractArgs = { files: positionals, all: values.all, help: values.help, format: 'json' };
	if (args.help) return args;
	for (const name of ['source-id', 'out', 'out-dir', 'reference-year', 'published', 'format'] as const) {
		const value = values[name];
		if (value !== undefined && (value === '' || value.startsWith('--'))) return { error: `--${name} needs a value` };
	}
	if (values.format !== 'json' && values.format !== 'timeml')
		return { error: `--format "${values.format}" must be json or timeml` };
	args.format = values.format;
	if (values['source-id'] !== undefined) {
		if (!ID.test(values['source-id']))
			return {
				error: `--source-id "${values['source-id']}" must be kebab-case: lowercase letters, digits and single hyphens`
			};
		args.sourceId = values['source-id'];
	}
	if (values['reference-year'] !== undefined) {
		if (!/^\d{4}$/.test(values['reference-year']))
			return { error: `--reference-year "${values['reference-year']}" must be a four-digit year` };
		args.referenceYear = Number(values['reference-year']);
	}
	if (values.published !== undefined) {
		const problem = publishedProblem(values.published);
		if (problem) return { error: `--published ${problem}` };
		args.published = values.published;
	}
	if (values.out !== undefined) args.out = values.out;
	if (values['out-dir'] !== undefined) args.outDir = values['out-dir'];
	if (args.files.length === 0) return { error: 'no article given' };
	if (args.out && args.outDir) return { error: 'give --out FILE or --out-dir DIR, not both' };
	if (args.files.length > 1) {
		if (args.out) return { error: `--out takes one article (got ${args.files.length}); use --out-dir DIR for several` };
		if (!args.outDir) return { error: `${args.files.length} articles need --out-dir DIR (one output file each)` };
		if (args.sourceId) return { error: '--source-id names one article; leave it out for several' };
	}
	return args;
}

/** Why a publication date is not a real YYYY-MM-DD day, or undefined when it is. */
export function publishedProblem(value: string): string | undefined {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `"${value}" is not a date: give YYYY-MM-DD`;
	const parts = parseDateString(value);
	return 'error' in parts ? parts.error : undefined;
}

/** parseArgs's messages, in the words of the usage. */
function argumentError(error: Error): string {
	const unknown = /Unknown option '([^']+)'/.exec(error.message);
	if (unknown) return `unknown option ${unknown[1]}`;
	const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument (?:missing|is ambiguous)/.exec(error.message);
	if (missing) return `${missing[1]} needs a value`;
	const boolean = /Option '(--[\w-]+)' does not take an argument/.exec(error.message);
	if (boolean) return `${boolean[1]} takes no value`;
	return error.message;
}

/** A source id from a file name: "My Article (2016).txt" → "my-article-2016". */
export function sourceIdFromFileName(name: string): string {
	const base = name.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '');
	return (
		base
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'source'
	);
}
