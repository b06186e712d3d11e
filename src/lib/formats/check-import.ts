/**
 * The check of a timeline's text that runs beside the page's first draw of it (import-check.ts): the full import
 * (import.ts), said as whether it passes, with its events' ids in timeline order, or the import's own message.
 */
import { importTimeline } from './import';

export type ImportCheckRequest = { text: string; fileName: string };
/** Whether the text imports, with its events' ids in timeline order; if not, the import's own message. */
export type CheckedImport = { ok: true; order: string[] } | { ok: false; error: string };

export function checkImport(text: string, fileName: string): CheckedImport {
	const result = importTimeline(text, fileName);
	return result.ok ? { ok: true, order: result.document.events.map((event) => event.id) } : result;
}
