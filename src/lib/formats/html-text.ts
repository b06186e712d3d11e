/**
 * Plain text from untrusted HTML, in Node (the command line, scripts) and in the browser or a worker alike: the
 * htmlparser2 tokenizer reads the markup and `entities` decodes character references as a browser does (the HTML
 * spec's tables, including the windows-1252 meaning of `&#150;`). Used for titles, summaries, quotes and source
 * texts of imported timelines, which the app always renders as text, never as HTML.
 *
 * Script, style and similar elements lose their content, attributes (event handlers included) are never text,
 * block elements become line breaks, and whitespace collapses as a browser would collapse it.
 */
import { decodeHTML } from 'entities/decode';
import { Parser } from 'htmlparser2';

/** Elements whose content is never text a reader sees. */
const SKIP_CONTENT = new Set([
	'script',
	'style',
	'template',
	'noscript',
	'iframe',
	'object',
	'textarea',
	'title',
	'xmp',
	'noembed',
	'noframes',
	'head'
]);
/** Elements that start and end a paragraph. */
const PARAGRAPH = new Set([
	'p',
	'div',
	'blockquote',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'ul',
	'ol',
	'dl',
	'table',
	'pre',
	'section',
	'article',
	'header',
	'footer',
	'aside',
	'figure',
	'hr',
	'address'
]);
/** Elements that start and end a line. */
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption']);

// eslint-disable-next-line no-control-regex -- control characters are never text a reader sees
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const WHITESPACE = /[\s\u00a0]+/g;

// Break markers placed between text chunks, resolved in one pass at the end. Control characters are removed from
// every text chunk first, so the markers cannot collide with real text.
const LINE_BREAK = '\u0001';
const PARAGRAPH_BREAK = '\u0002';
// eslint-disable-next-line no-control-regex -- the break markers above
const BREAKS = / ?[\u0001\u0002][\u0001\u0002 ]*/g;

/** Decodes HTML character references (`&amp;`, `&#233;`, `&#150;`) as a browser does in text; control characters go. */
export function decodeEntities(text: string): string {
	return text.includes('&') ? decodeHTML(text).replace(CONTROL, '') : text;
}

/** Escapes text for use inside HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function breakFor(name: string): string | undefined {
	return PARAGRAPH.has(name) ? PARAGRAPH_BREAK : LINE.has(name) ? LINE_BREAK : undefined;
}

/** Plain text of an HTML fragment: tags removed, script/style content dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
	const parts: string[] = [];
	let hidden = 0; // how many open elements hide their content
	const parser = new Parser(
		{
			onopentagname(name) {
				if (SKIP_CONTENT.has(name)) hidden++;
				const mark = breakFor(name);
				if (mark) parts.push(mark);
			},
			onclosetag(name) {
				if (SKIP_CONTENT.has(name) && hidden > 0) hidden--;
				const mark = breakFor(name);
				if (mark) parts.push(mark);
			},
			ontext(text) {
				if (hidden === 0) parts.push(text.replace(CONTROL, ''));
			}
		},
		{ decodeEntities: true }
	);
	parser.end(html);
	return parts
		.join('')
		.replace(WHITESPACE, ' ')
		.replace(BREAKS, (run) => (run.includes(PARAGRAPH_BREAK) ? '\n\n' : '\n'))
		.trim();
}

/** `htmlToText` on one line: every run of whitespace, line breaks included, becomes a single space. */
export function htmlToLine(html: string): string {
	return htmlToText(html).replace(/\s+/g, ' ').trim();
}
