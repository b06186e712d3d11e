/**
 * Sourceline's own format: a self-contained TimelineDocument as JSON (the shape `?src=` loads and the app builds from
 * timeline-data/). Import validates it fully (./check.ts) and orders events by date; export writes the document
 * as it is, so export → import is the identity for any imported document.
 */
import type { TimelineDocument } from '../model/timeline';
import { checkTimelineDocument } from './check';
import { ImportError } from './result';

/**
 * Sourceline JSON (text, which lets messages give line numbers, or already parsed) as a checked TimelineDocument,
 * events in chronological order; throws ImportError saying what is wrong and where.
 */
export function sourcelineJsonToDocument(input: unknown, fileLabel: string): TimelineDocument {
	const checked = checkTimelineDocument(input, fileLabel);
	if (!checked.ok) throw new ImportError(checked.error);
	return checked.document;
}

/** A TimelineDocument as Sourceline JSON text (tab-indented, ending in a newline). */
export function exportSourcelineJson(doc: TimelineDocument): string {
	return `${JSON.stringify(doc, null, '\t')}\n`;
}
