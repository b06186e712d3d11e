/**
 * The files a timeline exports as (the formats of export-formats.ts), each with its name and type, and saving one
 * as a download. This module loads when an export is picked, and each exporter when its format is first used,
 * keeping them out of the first page's scripts. Every export opens again in Sourceline (picked, dropped, `?src=`).
 */
import type { TimelineDocument } from '../model/timeline';
import { slugify } from './slug';
import type { ExportFormat } from './export-formats';

export interface ExportedFile {
	text: string;
	fileName: string;
	type: string;
}

const EXTENSIONS: Record<ExportFormat, string> = {
	sourceline: '.sourceline.json',
	timelinejs: '.timelinejs.json',
	'timelinejs-csv': '.timelinejs.csv'
};

/** A file name from the document's title: `harbor-bridge.sourceline.json`, `harbor-bridge.timelinejs.csv`. */
export function exportFileName(doc: TimelineDocument, format: ExportFormat): string {
	return `${slugify(doc.title) || 'timeline'}${EXTENSIONS[format]}`;
}

/** The document as a file of `format`. */
export async function exportFile(doc: TimelineDocument, format: ExportFormat): Promise<ExportedFile> {
	const fileName = exportFileName(doc, format);
	if (format === 'sourceline') {
		const { exportSourcelineJson } = await import('./sourceline-json');
		return { text: exportSourcelineJson(doc), fileName, type: 'application/json' };
	}
	if (format === 'timelinejs') {
		const { exportTimelineJsJson } = await import('./timelinejs-export');
		return { text: exportTimelineJsJson(doc), fileName, type: 'application/json' };
	}
	const { exportTimelineJsCsv } = await import('./timelinejs-csv-export');
	return { text: exportTimelineJsCsv(doc), fileName, type: 'text/csv;charset=utf-8' };
}

/** Saves a file through the browser's download (a link to it, clicked). */
export function downloadFile(file: ExportedFile): void {
	const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
	const link = globalThis.document.createElement('a');
	link.href = url;
	link.download = file.fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
