/**
 * The one entry point for opening a timeline file: size limit, decoding, format detection (from content), parsing,
 * conversion and a final check against the schema. Every failure is a result, never a throw, with a message that
 * names the file and where in it (line and column, row and column, event and field) the problem is.
 */
import type { TimelineDocument } from '../data/schema';
import { checkTimelineDocument, describeValidation } from './check';
import { binaryProblem, detectCsvFormat, detectJsonFormat, fileLabelOf, looksLikeJson } from './detect';
import { parseJsonText } from './json-text';
import { ParsedJsonText } from '../data/problems';
import type { SourceQuoteCounts } from '../data/quote-counts';
import { beginDocumentValidation, type PendingValidation } from '../data/validate';
import { importErrorMessage, ImportError, Warnings, type ImportContext, type ImportResult } from './result';
import { timelineJsCsvToDocument } from './timelinejs-csv';
import { timelineJsJsonToDocument } from './timelinejs-json';
import { decodeUtf8 } from './utf8';

export type { ImportResult } from './result';
export { validateSourceUrl, type SourceUrlResult } from './source-url';

/** Largest file accepted unless `maxBytes` says otherwise: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ImportOptions {
	/** Largest file accepted, in bytes of UTF-8 (default 20 MB). */
	maxBytes?: number;
	/** Called with 0…1 as the import proceeds. */
	onProgress?: (fraction: number) => void;
}

/** "20 MB", "25.3 MB", "512 KB", "900 bytes". */
export function formatBytes(bytes: number): string {
	const trim = (n: number) => n.toFixed(1).replace(/\.0$/, '');
	if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
	if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}

/** Bytes `text` takes as UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				bytes += 4;
				i++;
			} else bytes += 3;
		} else bytes += 3;
	}
	return bytes;
}

function sizeError(size: number, maxBytes: number, fileLabel: string): string {
	return `${fileLabel} is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.`;
}

function fallbackTitle(fileName?: string): string {
	const base = fileName
		?.split(/[\\/]/)
		.pop()
		?.replace(/\.(json|csv|tsv|txt)$/i, '')
		.trim();
	return base || 'Imported timeline';
}

/** A converted document still to be checked, or Sourceline JSON whose check has begun (it needs no conversion). */
type Converted = { document: TimelineDocument } | { pending: PendingValidation };

function convert(text: string, ctx: ImportContext): Converted {
	const label = ctx.fileLabel;
	if (!text.trim()) throw new ImportError(`${label} is empty.`);
	const binary = binaryProblem(text, label);
	if (binary) throw new ImportError(binary);
	if (looksLikeJson(text)) {
		const parsed = parseJsonText(text, label);
		if (!parsed.ok) throw new ImportError(parsed.error);
		ctx.onProgress?.(0.2);
		const format = detectJsonFormat(parsed.value, label);
		if (typeof format !== 'string') throw new ImportError(format.error);
		// With its text, so problems come with line numbers; parsed once (its nesting depth is already checked).
		if (format === 'sourceline')
			return { pending: beginDocumentValidation(new ParsedJsonText(text, parsed.value), label) };
		return { document: timelineJsJsonToDocument(parsed.value, ctx) };
	}
	const format = detectCsvFormat(text, label);
	if (typeof format !== 'string') throw new ImportError(format.error);
	return { document: timelineJsCsvToDocument(text, ctx) };
}

/** Opens a timeline from text (Sourceline JSON, TimelineJS JSON or a TimelineJS sheet as CSV, detected from content). */
export function importTimeline(text: string, fileName?: string, options: ImportOptions = {}): ImportResult {
	const step = beginImport(text, fileName, options);
	return 'finish' in step ? step.finish() : step;
}

/**
 * `importTimeline`, with the one pass over the source texts that checking Sourceline JSON's quotes takes handed to
 * `countQuotes` (a worker given the same text), which runs while this thread parses and checks the rest.
 */
export async function importTimelineInParallel(
	text: string,
	fileName: string | undefined,
	options: ImportOptions & { countQuotes: (text: string) => Promise<SourceQuoteCounts | null> }
): Promise<ImportResult> {
	const counting = looksLikeJson(text) ? options.countQuotes(text.replace(/^\ufeff/, '')) : null;
	const step = beginImport(text, fileName, options);
	if (!('finish' in step)) return step;
	return step.finish((await counting?.catch(() => null)) ?? null);
}

/** Everything an import does before the quote check: a result already, or the step that finishes it. */
function beginImport(
	text: string,
	fileName: string | undefined,
	options: ImportOptions
): ImportResult | { finish(counts?: SourceQuoteCounts | null): ImportResult } {
	const label = fileLabelOf(fileName);
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const fail = (error: unknown): ImportResult => ({ ok: false, error: importErrorMessage(error, label) });
	try {
		// Every character is at least one byte, and at most three per UTF-16 unit: count exactly only when it matters.
		if (text.length > maxBytes) return { ok: false, error: sizeError(utf8Length(text), maxBytes, label) };
		if (text.length * 3 > maxBytes) {
			const size = utf8Length(text);
			if (size > maxBytes) return { ok: false, error: sizeError(size, maxBytes, label) };
		}
		options.onProgress?.(0);
		const warnings = new Warnings();
		const ctx: ImportContext = {
			fileLabel: label,
			fallbackTitle: fallbackTitle(fileName),
			warnings,
			onProgress: options.onProgress
		};
		const converted = convert(text.replace(/^\ufeff/, ''), ctx);
		return {
			finish(counts) {
				try {
					if (!('pending' in converted)) ctx.onProgress?.(0.9);
					const checked =
						'pending' in converted
							? describeValidation(converted.pending.finish(counts), label)
							: checkTimelineDocument(converted.document, label);
					if (!checked.ok) return { ok: false, error: checked.error };
					options.onProgress?.(1);
					return { ok: true, document: checked.document, warnings: warnings.list() };
				} catch (error) {
					return fail(error);
				}
			}
		};
	} catch (error) {
		return fail(error);
	}
}

/** Opens a timeline from a file's bytes, which must be UTF-8; otherwise like `importTimeline`. */
export function importTimelineBytes(bytes: Uint8Array, fileName?: string, options: ImportOptions = {}): ImportResult {
	const label = fileLabelOf(fileName);
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	if (bytes.length > maxBytes) return { ok: false, error: sizeError(bytes.length, maxBytes, label) };
	if (bytes.length === 0) return { ok: false, error: `${label} is empty.` };
	const decoded = decodeUtf8(bytes, label);
	if (!decoded.ok) return decoded;
	return importTimeline(decoded.text, fileName, options);
}
