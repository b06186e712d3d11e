/**
 * What an import returns, and the plumbing the importers share to get there: a typed error that carries the message
 * shown to the reader, and a capped list of warnings.
 */
import type { TimelineDocument } from '../model/timeline';

export type ImportResult = { ok: true; document: TimelineDocument; warnings: string[] } | { ok: false; error: string };

/** A problem that stops an import; its message is complete and names the file and where in it. */
export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportError';
	}
}

/** Most warnings kept; the rest are counted. */
/** Refuses the file, naming `who`, the item as messages name it: `tljs.json: event 3 "Ada Lovelace"`. */
export function failAt(who: string, message: string): never {
	throw new ImportError(`${who}: ${message}`);
}

export const MAX_WARNINGS = 50;

/** Collects warnings, keeping the first `MAX_WARNINGS` and counting the others. */
export class Warnings {
	private readonly kept: string[] = [];
	private dropped = 0;

	/** Records one warning. */
	add(message: string): void {
		if (this.kept.length < MAX_WARNINGS) this.kept.push(message);
		else this.dropped++;
	}

	/** The warnings, with a last line counting any left out. */
	list(): string[] {
		return this.dropped ? [...this.kept, `…and ${this.dropped} more warnings.`] : [...this.kept];
	}
}

/** What every importer receives besides its input. */
export interface ImportContext {
	/** How messages name the file: its name, or "the file". */
	fileLabel: string;
	/** Document title to use when the file has none. */
	fallbackTitle: string;
	warnings: Warnings;
	onProgress?: (fraction: number) => void;
}

/** The message for a failed import: an ImportError's own, or a generic one naming the file for anything unexpected. */
export function importErrorMessage(error: unknown, fileLabel: string): string {
	if (error instanceof ImportError) return error.message;
	const detail = error instanceof Error ? error.message : String(error);
	return `${fileLabel} could not be imported because of an unexpected error (${detail}).`;
}
