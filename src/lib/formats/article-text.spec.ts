import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, articleFromBytes, articleFromPaste } from './article-text';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('articleFromPaste', () => {
	it('keeps the text, line breaks normalised and outer blank lines dropped', () => {
		expect(articleFromPaste('\n\nFirst line.\r\nSecond line.\n\n')).toEqual({
			ok: true,
			text: 'First line.\nSecond line.'
		});
	});
	it('refuses an empty or blank article', () => {
		expect(articleFromPaste('   \n ')).toEqual({ ok: false, error: expect.stringMatching(/empty/) });
		expect(articleFromPaste('')).toEqual({ ok: false, error: expect.stringMatching(/empty/) });
	});
	it('keeps pasted HTML as text: shown as written, never run', () => {
		const pasted = '<p onclick="alert(1)">Hi</p><script>alert(2)</script>';
		expect(articleFromPaste(pasted)).toEqual({ ok: true, text: pasted });
	});
});

describe('articleFromBytes', () => {
	it('reads UTF-8 text and Markdown as written', () => {
		expect(articleFromBytes(bytes('# Title\n\nIt rained in May 2010.'), 'a.md')).toEqual({
			ok: true,
			text: '# Title\n\nIt rained in May 2010.'
		});
	});
	it('keeps only the text of HTML: scripts, styles and handlers dropped', () => {
		const html =
			'<!doctype html><html><head><script>alert(1)</script></head><body><p onmouseover="x()">It rained.</p><style>p{}</style></body></html>';
		const result = articleFromBytes(bytes(html), 'page.html');
		expect(result).toEqual({ ok: true, text: 'It rained.' });
	});
	it('refuses an empty file, a file over 10 MB and binary files by name', () => {
		expect(articleFromBytes(new Uint8Array(), 'empty.txt')).toEqual({
			ok: false,
			error: expect.stringMatching(/^empty\.txt is empty/)
		});
		const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65);
		expect(articleFromBytes(big, 'big.txt')).toEqual({
			ok: false,
			error: expect.stringMatching(/big\.txt is 10 MB; an article can be at most 10 MB/)
		});
		expect(articleFromBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'a.txt')).toEqual({
			ok: false,
			error: expect.stringMatching(/a\.txt is a PDF, not text/)
		});
		expect(articleFromBytes(new Uint8Array([1, 2, 0, 3]), 'x.bin')).toEqual({
			ok: false,
			error: expect.stringMatching(/x\.bin is a binary file, not text/)
		});
	});
	it('refuses text that is not UTF-8, saying where', () => {
		expect(articleFromBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20]), 'latin.txt')).toEqual({
			ok: false,
			error: expect.stringMatching(/latin\.txt is not UTF-8 text: byte 0xE9 at byte offset 3/)
		});
	});
});
