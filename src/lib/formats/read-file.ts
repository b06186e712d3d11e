/**
 * Reading a file a person chose (picked or dropped): refused before it is read when it is larger than the limit or
 * empty, and a file the browser cannot read (removed, or its permission withdrawn, since it was chosen) is reported
 * too. Opening a timeline file and adding an article both read files this way.
 */
import { formatBytes } from './bytes';

export type ReadFileResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/** What is read of a `File`; a plain object in tests. */
export interface ChosenFile {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** The file's bytes, or a message naming the file and what is wrong. */
export async function readChosenFile(file: ChosenFile, maxBytes: number): Promise<ReadFileResult> {
	const label = file.name || 'The file';
	if (file.size > maxBytes) {
		return { ok: false, error: `${label} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.` };
	}
	if (file.size === 0) return { ok: false, error: `${label} is empty.` };
	try {
		return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
	} catch {
		return { ok: false, error: `${label} could not be read.` };
	}
}
