/**
 * The text of an article a person adds to a timeline: pasted, or read from a `.txt`, `.md` or `.html` file. Refuses,
 * with a message naming the file and what is wrong, an empty article, a file over 10 MB, a binary file and text that
 * is not UTF-8. HTML keeps its text only (scripts, styles and handlers dropped, by `htmlToText`); the app shows an
 * article as text, never as HTML, so nothing in it ever runs.
 */
import { formatBytes } from './bytes';
import { htmlToText } from './html-text';
import { decodeUtf8 } from './utf8';

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export type ArticleText = { ok: true; text: string } | { ok: false; error: string };

/** Signatures of common binary formats a person might pick by mistake. */
const BINARY_STARTS: [number[], string][] = [
	[[0x25, 0x50, 0x44, 0x46], 'a PDF'],
	[[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a Word document or a workbook?)'],
	[[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
	[[0xff, 0xd8, 0xff], 'a JPEG image'],
	[[0x47, 0x49, 0x46, 0x38], 'a GIF image']
];

const isHtmlName = (fileName: string) => /\.x?html?$/i.test(fileName);
const looksLikeHtml = (text: string) => /^[\s\ufeff]*<(?:!doctype\s+html|html|head|body)\b/i.test(text.slice(0, 1024));

function binaryKind(bytes: Uint8Array): string | null {
	for (const [start, kind] of BINARY_STARTS) if (start.every((byte, i) => bytes[i] === byte)) return kind;
	return bytes.subarray(0, 8192).includes(0) ? 'a binary file' : null;
}

function readable(text: string, emptyMessage: string): ArticleText {
	const normalised = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
	if (!normalised.trim()) return { ok: false, error: emptyMessage };
	return { ok: true, text: normalised.replace(/^\s*\n/, '').trimEnd() };
}

/** The article a person pasted (shown as text, whatever it contains). */
export function articleFromPaste(text: string): ArticleText {
	if (text.includes('\u0000')) return { ok: false, error: 'The article text contains binary data, not text.' };
	return readable(text, 'The article text is empty: paste the article or choose a file.');
}

/** Why a file of `size` bytes is refused before it is read, or null. */
export function articleSizeProblem(size: number, fileLabel: string): string | null {
	if (size <= MAX_ARTICLE_BYTES) return null;
	return `${fileLabel} is ${formatBytes(size)}; an article can be at most ${formatBytes(MAX_ARTICLE_BYTES)}.`;
}

/** The article in a file's bytes: UTF-8 text, Markdown kept as written, HTML reduced to its text. */
export function articleFromBytes(bytes: Uint8Array, fileName: string): ArticleText {
	const label = fileName || 'The file';
	const tooLarge = articleSizeProblem(bytes.length, label);
	if (tooLarge) return { ok: false, error: tooLarge };
	if (bytes.length === 0) return { ok: false, error: `${label} is empty: there is no text to read.` };
	const kind = binaryKind(bytes);
	if (kind) {
		return {
			ok: false,
			error: `${label} is ${kind}, not text. Choose a .txt, .md or .html file, or paste the article's text.`
		};
	}
	const decoded = decodeUtf8(bytes, label);
	if (!decoded.ok) return decoded;
	const text = isHtmlName(fileName) || looksLikeHtml(decoded.text) ? htmlToText(decoded.text) : decoded.text;
	return readable(text, `${label} is empty: there is no text to read.`);
}
