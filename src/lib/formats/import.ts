/**
 * The one entry point for opening a timeline file: size limit, decoding, format detection (from content), parsing,
 * conversion and a final check against the schema. Every failure is a result, never a throw, with a message that
 * names the file and where in it (line and column, row and column, event and field) the problem is.
 */
import { DEFAULT_MAX_BYTES, sizeError, sizeProblem } from './import-size';
import type { TimelineDocument } from '../model/timeline';
import { checkTimelineDocument } from './check';
import { binaryProblem, detectCsvFormat, detectJsonFormat, fileLabelOf, looksLikeJson } from './detect';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../text/json-depth';
import { parseJsonText, tooDeepError } from '../text/json-positions';
import { ParsedJsonText } from '../data/problems';
import { importErrorMessage, ImportError, Warnings, type ImportContext, type ImportResult } from './result';
import { sourcelineJsonToDocument } from './sourceline-json';
import { timelineJsCsvToDocument } from './timelinejs-csv';
import { timelineJsJsonToDocument } from './timelinejs-json';
import { decodeUtf8 } from './utf8';

export type { ImportResult } from './result';
export { DEFAULT_MAX_BYTES, utf8Length } from './import-size';
export { validateSourceUrl, type SourceUrlResult } from './source-url';

export interface ImportOptions {
	/** Largest file accepted, in bytes of UTF-8 (default 20 MB). */
	maxBytes?: number;
	/** Called with 0…1 as the import proceeds. */
	onProgress?: (fraction: number) => void;
}

function fallbackTitle(fileName?: string): string {
	const base = fileName
		?.split(/[\\/]/)
		.pop()
		?.replace(/\.(json|csv|tsv|txt)$/i, '')
		.trim();
	return base || 'Imported timeline';
}

/** The document, and whether it has already been checked against the schema. */
function convert(text: string, ctx: ImportContext): { document: TimelineDocument; checked: boolean } {
	const label = ctx.fileLabel;
	if (!text.trim()) throw new ImportError(`${label} is empty.`);
	const binary = binaryProblem(text, label);
	if (binary) throw new ImportError(binary);
	if (looksLikeJson(text)) {
		// Depth is measured once, after the format is known: validation measures a Sourceline document itself.
		const parsed = parseJsonText(text, label, Infinity);
		if (!parsed.ok) throw new ImportError(parsed.error);
		ctx.onProgress?.(0.2);
		const format = detectJsonFormat(parsed.value, label);
		if (typeof format !== 'string') throw new ImportError(format.error);
		// With its text, so problems come with line numbers; parsed once.
		if (format === 'sourceline') {
			return { document: sourcelineJsonToDocument(new ParsedJsonText(text, parsed.value), label), checked: true };
		}
		if (nestsDeeperThan(parsed.value, MAX_JSON_DEPTH)) throw new ImportError(tooDeepError(text, label));
		return { document: timelineJsJsonToDocument(parsed.value, ctx), checked: false };
	}
	const format = detectCsvFormat(text, label);
	if (typeof format !== 'string') throw new ImportError(format.error);
	return { document: timelineJsCsvToDocument(text, ctx), checked: false };
}

/** Opens a timeline from text (Sourceline JSON, TimelineJS JSON or a TimelineJS sheet as CSV, detected from content). */
export function importTimeline(text: string, fileName?: string, options: ImportOptions = {}): ImportResult {
	const label = fileLabelOf(fileName);
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	try {
		const tooBig = sizeProblem(text, maxBytes, label);
		if (tooBig) return { ok: false, error: tooBig };
		options.onProgress?.(0);
		const warnings = new Warnings();
		const ctx: ImportContext = {
			fileLabel: label,
			fallbackTitle: fallbackTitle(fileName),
			warnings,
			onProgress: options.onProgress
		};
		const converted = convert(text.replace(/^\ufeff/, ''), ctx);
		let timelineDocument = converted.document;
		if (!converted.checked) {
			ctx.onProgress?.(0.9);
			const checked = checkTimelineDocument(timelineDocument, label);
			if (!checked.ok) return { ok: false, error: checked.error };
			timelineDocument = checked.document;
		}
		options.onProgress?.(1);
		return { ok: true, document: timelineDocument, warnings: warnings.list() };
	} catch (error) {
		return { ok: false, error: importErrorMessage(error, label) };
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
