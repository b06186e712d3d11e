import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, htmlToLine, htmlToText } from './html-text';

describe('htmlToText', () => {
	it('strips tags and keeps the words', () => {
		expect(htmlToText('<p>Hello <b>bold</b> <a href="https://x.org">link</a></p>')).toBe('Hello bold link');
	});

	it('drops the content of script, style, iframe and similar elements', () => {
		const html = 'a<script>alert(1)</script>b<style>body{display:none}</style>c<iframe src="x">inner</iframe>d';
		expect(htmlToText(html)).toBe('abcd');
		expect(htmlToText('x<SCRIPT type="text/javascript">if (a > b) alert(1)</SCRIPT >y')).toBe('xy');
	});

	it('drops attributes even when they contain ">"', () => {
		expect(htmlToText('<img src=x onerror="alert(1) > 2">after')).toBe('after');
		expect(htmlToText(`<a title='a>b' href="#">t</a>`)).toBe('t');
	});

	it('drops comments, doctypes and processing instructions', () => {
		expect(htmlToText('<!DOCTYPE html><!-- hidden <b>x</b> -->shown<?xml version="1.0"?>')).toBe('shown');
	});

	it('drops everything after an unterminated tag, script or comment, as a browser does', () => {
		expect(htmlToText('before <script>alert(1)')).toBe('before');
		expect(htmlToText('before <img src=x onerror=alert(1)')).toBe('before');
		expect(htmlToText('before <!-- never closed')).toBe('before');
	});

	it('keeps a bare "<" that does not open a tag', () => {
		expect(htmlToText('1 < 2 and 3 <= 4')).toBe('1 < 2 and 3 <= 4');
	});

	it('turns paragraphs into blank lines and <br>/<li> into line breaks', () => {
		expect(htmlToText('<p>One</p><p>Two<br>three</p><ul><li>a</li><li>b</li></ul>')).toBe('One\n\nTwo\nthree\n\na\nb');
	});

	it('collapses whitespace like a browser', () => {
		expect(htmlToText('  lots\n\n of \t  space  ')).toBe('lots of space');
		expect(htmlToText('<p> padded </p>\n<p> again </p>')).toBe('padded\n\nagain');
	});

	it('decodes entities after stripping, so encoded tags stay text', () => {
		expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
		expect(htmlToText('AT&amp;T &mdash; caf&eacute; &#233; &#x2014;')).toBe('AT&T — café é —');
	});

	it('reads an imported headline as a browser shows it', () => {
		expect(htmlToText('a&#150;b &scaron;ibenik &hellip; caf&eacute; &amp; co')).toBe('a–b šibenik … café & co');
	});

	it('never turns event handlers or other attributes into text', () => {
		expect(htmlToText('<b onclick="steal()" title="secret">shown</b><svg onload="x()"></svg>')).toBe('shown');
	});

	it('removes control characters', () => {
		expect(htmlToText('a\u0000b\u0007c')).toBe('abc');
		expect(htmlToText('a&#1;b&#x7f;c')).toBe('abc');
	});

	it('handles a 100 KB string and many unclosed tags', () => {
		const big = 'word '.repeat(20_000);
		expect(htmlToText(`<p>${big}</p>`).length).toBe(big.trim().length);
		expect(htmlToText('<a "'.repeat(50_000))).toBe('');
		expect(htmlToText('<script>'.repeat(20_000))).toBe('');
	});
});

describe('htmlToLine', () => {
	it('puts everything on one line', () => {
		expect(htmlToLine('<p>One</p><p>Two</p>')).toBe('One Two');
	});
});

describe('decodeEntities', () => {
	it('decodes named, decimal and hex references', () => {
		expect(decodeEntities('&lt;&gt;&quot;&apos;&nbsp;&hellip;&Uuml;&ntilde;')).toBe('<>"\'\u00a0…Üñ');
		expect(decodeEntities('&#65;&#x42;&#X43;')).toBe('ABC');
	});

	it('leaves unknown names and bare ampersands alone', () => {
		expect(decodeEntities('&bogus; AT&T & co')).toBe('&bogus; AT&T & co');
	});

	it('replaces invalid code points', () => {
		expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
	});

	it('decodes the legacy names a browser accepts without a semicolon, and only those', () => {
		expect(decodeEntities('&amp &lt &eacute')).toBe('& < é');
		expect(decodeEntities('&hellip &scaron')).toBe('&hellip &scaron');
	});

	it('reads C1 numeric references as windows-1252, as browsers do', () => {
		expect(decodeEntities('&#150; &#151; &#128; &#146;')).toBe('– — € ’');
	});
});

describe('escapeHtml', () => {
	it('escapes the five HTML-special characters', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
		expect(decodeEntities(escapeHtml(`<"'&>`))).toBe(`<"'&>`);
	});
});
