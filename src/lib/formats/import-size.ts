/**
 * How big a timeline file may be, and why one is too big: shared by the full import (import.ts) and the document
 * drawn before its check (unchecked-import.ts), which refuses what the import would.
 */
import { formatBytes } from './bytes';

/** Largest file accepted unless `maxBytes` says otherwise: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

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

/** `<file> is 21 MB; the limit is 20 MB.` */
export function sizeError(size: number, maxBytes: number, fileLabel: string): string {
	return `${fileLabel} is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.`;
}

/** Why `text` is too big to import (more than `maxBytes` of UTF-8), or null. */
export function sizeProblem(text: string, maxBytes: number, fileLabel: string): string | null {
	// Every character is at least one byte, and at most three per UTF-16 unit: count exactly only when it matters.
	if (text.length > maxBytes) return sizeError(utf8Length(text), maxBytes, fileLabel);
	if (text.length * 3 > maxBytes) {
		const size = utf8Length(text);
		if (size > maxBytes) return sizeError(size, maxBytes, fileLabel);
	}
	return null;
}
