/**
 * Which timeline format a file is, read from its content (the file name only sharpens messages): Sourceline JSON
 * (a TimelineDocument: `events` with `sources`/`tags`/`periods` or excerpts), TimelineJS3 JSON (`events` of slides),
 * or a TimelineJS sheet as CSV (a header row with Headline and Year or Start Date columns).
 */
import Papa from 'papaparse';
import { parseJsonText } from '../text/json-positions';
import { isJsonObject } from '../text/json-object';
import { isTimelineJsHeader } from './timelinejs-csv';

export type TimelineFormat = 'sourceline' | 'timelinejs-json' | 'timelinejs-csv';
export type Detection = TimelineFormat | { error: string };

/** How messages name a file: its name, or "the file". */
export function fileLabelOf(fileName?: string): string {
	const name = fileName?.split(/[\\/]/).pop()?.trim();
	return name ? name.slice(0, 120) : 'the file';
}

/** Whether text is meant as JSON: its first non-blank character opens an object or a list. */
export function looksLikeJson(text: string): boolean {
	return /^[\s\ufeff]*[[{]/.test(text.slice(0, 1024));
}

/** Why content cannot be a timeline file at all (a workbook, a binary file, a web page), or null. */
export function binaryProblem(text: string, fileLabel: string): string | null {
	if (text.startsWith('PK\u0003\u0004')) {
		return `${fileLabel} is a ZIP archive (an Excel or Numbers workbook?), not text; save the sheet as CSV and import that.`;
	}
	if (/^[\s\ufeff]*<(?:!doctype|html|head|body|\?xml)/i.test(text.slice(0, 1024))) {
		return `${fileLabel} is an HTML or XML page, not a timeline (does the link point to a web page rather than to the file itself?).`;
	}
	if (text.slice(0, 8192).includes('\u0000')) {
		return `${fileLabel} is a binary file, not text; Sourceline opens Sourceline JSON, TimelineJS JSON and TimelineJS sheets saved as CSV.`;
	}
	return null;
}

/** The format of parsed JSON: Sourceline or TimelineJS, or why it is neither. */
export function detectJsonFormat(
	value: unknown,
	fileLabel: string
): Exclude<TimelineFormat, 'timelinejs-csv'> | { error: string } {
	if (!isJsonObject(value)) {
		const what = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;
		return {
			error: `${fileLabel} holds ${what}, not a timeline: expected an object with an "events" list (TimelineJS JSON or a Sourceline document).`
		};
	}
	if (isJsonObject(value.timeline) && ('date' in value.timeline || 'headline' in value.timeline)) {
		return {
			error: `${fileLabel} is in the old TimelineJS 2 format ("timeline" with "date"), which is not supported; convert it to TimelineJS3 JSON first.`
		};
	}
	if (!('events' in value)) {
		const keys = Object.keys(value).slice(0, 10);
		const found = keys.length
			? `its top-level keys are ${keys.map((key) => `"${key.slice(0, 30)}"`).join(', ')}`
			: 'it is empty';
		return { error: `${fileLabel} is JSON but not a timeline: it has no "events" list (${found}).` };
	}
	const first = Array.isArray(value.events) ? value.events[0] : undefined;
	if ('sources' in value || 'tags' in value || 'periods' in value || (isJsonObject(first) && 'excerpts' in first)) {
		return 'sourceline';
	}
	return 'timelinejs-json';
}

/** The format of a TimelineJS sheet saved as CSV, or why the text is not one. */
export function detectCsvFormat(text: string, fileLabel: string): 'timelinejs-csv' | { error: string } {
	const firstRow = (delimiter: string) =>
		Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter, preview: 5, skipEmptyLines: 'greedy' }).data[0] ??
		[];
	let header = firstRow(',');
	if (header.length < 2) header = firstRow('');
	if (isTimelineJsHeader(header)) return 'timelinejs-csv';
	const cells = header
		.map((cell) => cell.trim())
		.filter(Boolean)
		.slice(0, 8)
		.map((cell) => `"${cell.slice(0, 30)}"`);
	return {
		error:
			`${fileLabel} is not a timeline Sourceline can open: it is not JSON, and as a CSV sheet its first row ` +
			`(${cells.join(', ') || 'empty'}) lacks TimelineJS's "Headline" and "Year" (or "Start Date") columns.`
	};
}

/** Which format `text` is, detected from its content alone; `fileName` only names the file in messages. */
export function detectFormat(text: string, fileName?: string): Detection {
	const label = fileLabelOf(fileName);
	if (!text.replace(/^\ufeff/, '').trim()) return { error: `${label} is empty.` };
	const binary = binaryProblem(text, label);
	if (binary) return { error: binary };
	if (looksLikeJson(text)) {
		const parsed = parseJsonText(text.replace(/^\ufeff/, ''), label);
		if (!parsed.ok) return { error: parsed.error };
		return detectJsonFormat(parsed.value, label);
	}
	return detectCsvFormat(text, label);
}
