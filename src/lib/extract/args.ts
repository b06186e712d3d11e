/**
 * The command line of `npm run extract`, parsed without touching the disk so it can be tested: a bad command
 * line gets one sentence saying what is wrong, and the usage.
 */
import { ID } from '../data/schema';

export interface ExtractArgs {
	file: string;
	sourceId?: string;
	out?: string;
	all: boolean;
	referenceYear?: number;
	help: boolean;
}

export const EXTRACT_USAGE = `usage: npm run extract -- <article.txt> [--source-id ID] [--out candidates.json] [--all] [--reference-year YYYY]

Reads a plain-text article and writes candidate events as JSON: one per date stated in a sentence, and one
per sentence dated only by pointing back ("shortly afterwards", "after the election"), with the date it leans
on in "anchor".
  --source-id ID        the source id (default: the id timeline-data/sources.json gives the file, else its name)
  --out FILE            write the JSON to FILE instead of stdout
  --all                 list every candidate, not only those no event in timeline-data/events.json covers
  --reference-year YYYY the year for a month without one before any dated sentence`;

/** Parsed arguments, or an error sentence for a bad command line. */
export function parseExtractArgs(argv: readonly string[]): ExtractArgs | { error: string } {
	const args: ExtractArgs = { file: '', all: false, help: false };
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const [flag, inline] =
			arg.startsWith('--') && arg.includes('=')
				? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
				: [arg, undefined];
		const value = (): string | { error: string } => {
			const next = inline ?? argv[++i];
			return next === undefined || (inline === undefined && next.startsWith('--'))
				? { error: `${flag} needs a value` }
				: next;
		};
		if (flag === '--help' || flag === '-h') args.help = true;
		else if (flag === '--all') args.all = true;
		else if (flag === '--source-id' || flag === '--out' || flag === '--reference-year') {
			const given = value();
			if (typeof given !== 'string') return given;
			if (flag === '--source-id') {
				if (!ID.test(given))
					return { error: `--source-id "${given}" must be kebab-case: lowercase letters, digits and single hyphens` };
				args.sourceId = given;
			} else if (flag === '--out') args.out = given;
			else {
				if (!/^\d{4}$/.test(given)) return { error: `--reference-year "${given}" must be a four-digit year` };
				args.referenceYear = Number(given);
			}
		} else if (flag.startsWith('-') && flag !== '-') return { error: `unknown option ${flag}` };
		else files.push(arg);
	}
	if (args.help) return args;
	if (files.length === 0) return { error: 'no article given' };
	if (files.length > 1) return { error: `one article at a time (got ${files.length}: ${files.join(', ')})` };
	args.file = files[0];
	return args;
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
