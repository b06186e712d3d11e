// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize';

/** The sanitised HTML parsed back, to inspect it as a browser would. */
function parse(html: string): HTMLElement {
	const root = document.createElement('div');
	root.innerHTML = sanitizeHtml(html);
	return root;
}

describe('sanitizeHtml (DOM)', () => {
	it('keeps formatting', () => {
		const html =
			'<p>A <b>b</b> <i>i</i> <em>em</em> <strong>strong</strong><br>line</p><ul><li>u</li></ul><ol><li>o</li></ol><blockquote>q</blockquote>';
		expect(sanitizeHtml(html)).toBe(html);
	});

	it('removes <script> with its content', () => {
		const out = sanitizeHtml('<p>ok<script>alert(1)</script></p>');
		expect(out).toBe('<p>ok</p>');
	});

	it('removes event handlers: <img onerror>, <svg onload>, <b onmouseover>', () => {
		const root = parse(
			'<img src=x onerror=alert(1)><svg onload=alert(1)><text>svg</text></svg><b onmouseover="alert(1)">b</b>'
		);
		expect(root.querySelector('img, svg')).toBeNull();
		expect(root.innerHTML).not.toMatch(/on(error|load|mouseover)/i);
		expect(root.querySelector('b')?.getAttributeNames()).toEqual([]);
	});

	it('removes javascript: links, including obfuscated ones, and keeps the link text', () => {
		for (const href of [
			'javascript:alert(1)',
			'  JaVaScRiPt:alert(1)',
			'java&#x09;script:alert(1)',
			'jav\nascript:alert(1)'
		]) {
			const root = parse(`<a href="${href}">click</a>`);
			const link = root.querySelector('a');
			expect(link?.hasAttribute('href'), href).toBe(false);
			expect(link?.hasAttribute('target')).toBe(false);
			expect(root.textContent).toBe('click');
		}
	});

	it('removes data: and other non-http URLs', () => {
		for (const href of ['data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x', 'file:///etc/passwd', '/relative']) {
			expect(parse(`<a href="${href}">x</a>`).querySelector('a')?.hasAttribute('href'), href).toBe(false);
		}
	});

	it('removes iframes, objects, forms and images', () => {
		const out = sanitizeHtml(
			'<iframe src="https://evil.example"></iframe><object data="x"></object><form><input></form><img src="https://x.org/a.png">'
		);
		expect(out).not.toMatch(/iframe|object|form|input|img/i);
	});

	it('removes <style> elements and style attributes', () => {
		const out = sanitizeHtml(
			'<style>body{display:none}</style><p style="background:url(javascript:alert(1))">styled</p>'
		);
		expect(out).toBe('<p>styled</p>');
	});

	it('keeps the text of unknown wrappers such as <span> and <div>', () => {
		expect(sanitizeHtml('<div><span class="tl-note">note</span></div>')).toBe('note');
	});

	it('gives http(s) links target=_blank and rel="noopener noreferrer"', () => {
		const link = parse('<a href="https://example.org/a" target="_self" rel="opener">safe</a>').querySelector('a')!;
		expect(link.getAttribute('href')).toBe('https://example.org/a');
		expect(link.getAttribute('target')).toBe('_blank');
		expect(link.getAttribute('rel')).toBe('noopener noreferrer');
		expect(parse('<a href="mailto:a@example.org">mail</a>').querySelector('a')?.getAttribute('rel')).toBe(
			'noopener noreferrer'
		);
	});

	it('does not let entity-encoded tags become markup', () => {
		const root = parse('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(root.querySelector('script')).toBeNull();
		expect(root.textContent).toBe('<script>alert(1)</script>');
	});

	it('copes with a 100 KB string', () => {
		const big = 'lorem '.repeat(17_000);
		expect(sanitizeHtml(`<p>${big}</p>`)).toBe(`<p>${big}</p>`);
	});
});

describe('sanitizeHtml on the hostile fixture', () => {
	const hostile = JSON.parse(readFileSync(resolve('tests/fixtures/import/hostile.json'), 'utf8'));
	const fields: string[] = [hostile.title.text.headline, hostile.title.text.text, hostile.eras[0].text.headline];
	for (const event of hostile.events) {
		fields.push(event.text.headline, event.text.text, event.media?.credit ?? '', event.media?.caption ?? '');
	}

	it('leaves no active content in any rich-text field', () => {
		for (const field of fields) {
			const root = document.createElement('div');
			root.innerHTML = sanitizeHtml(field);
			expect(root.querySelector('script, style, img, svg, iframe, object, [style]')).toBeNull();
			for (const element of root.querySelectorAll('*')) {
				for (const name of element.getAttributeNames()) {
					expect(name).toMatch(/^(href|title|target|rel)$/);
					expect(element.getAttribute(name)).not.toMatch(/^\s*(javascript|data|vbscript):/i);
				}
			}
		}
	});

	it('keeps the formatting and the safe link of the first event', () => {
		const html = sanitizeHtml(hostile.events[0].text.text);
		expect(html).toContain('<b>bold</b>');
		expect(html).toContain('<ul><li><i>kept</i></li></ul>');
		expect(html).toContain(
			'<a href="https://example.org/safe" target="_blank" rel="noopener noreferrer">safe link</a>'
		);
	});
});
