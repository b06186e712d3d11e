/**
 * Plain text from untrusted HTML without a DOM: a linear tag stripper plus entity decoding. Used for titles,
 * summaries, quotes and source texts of imported timelines, which the app always renders as text, never as HTML.
 * Script, style and similar elements lose their content; block elements become line breaks; whitespace collapses
 * as a browser would collapse it.
 */

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

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ensp: '\u2002',
	emsp: '\u2003',
	thinsp: '\u2009',
	shy: '',
	zwj: '\u200d',
	zwnj: '\u200c',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	lsaquo: '‹',
	rsaquo: '›',
	bull: '•',
	middot: '·',
	prime: '′',
	Prime: '″',
	dagger: '†',
	Dagger: '‡',
	permil: '‰',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	plusmn: '±',
	times: '×',
	divide: '÷',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	sup1: '¹',
	sup2: '²',
	sup3: '³',
	cent: '¢',
	pound: '£',
	euro: '€',
	yen: '¥',
	curren: '¤',
	sect: '§',
	para: '¶',
	iexcl: '¡',
	iquest: '¿',
	micro: 'µ',
	ordf: 'ª',
	ordm: 'º',
	not: '¬',
	macr: '¯',
	acute: '´',
	cedil: '¸',
	uml: '¨',
	szlig: 'ß',
	aelig: 'æ',
	AElig: 'Æ',
	oelig: 'œ',
	OElig: 'Œ',
	oslash: 'ø',
	Oslash: 'Ø',
	aring: 'å',
	Aring: 'Å',
	ccedil: 'ç',
	Ccedil: 'Ç',
	eth: 'ð',
	ETH: 'Ð',
	thorn: 'þ',
	THORN: 'Þ',
	larr: '←',
	rarr: '→',
	uarr: '↑',
	darr: '↓',
	harr: '↔',
	minus: '−',
	le: '≤',
	ge: '≥',
	ne: '≠',
	asymp: '≈',
	infin: '∞'
};
// Latin letters with accents: &eacute; &Uuml; &ntilde; ...
for (const [accent, mark] of [
	['acute', '\u0301'],
	['grave', '\u0300'],
	['circ', '\u0302'],
	['uml', '\u0308'],
	['tilde', '\u0303']
] as const) {
	for (const letter of 'aeiouyAEIOUYnNcC') {
		const composed = (letter + mark).normalize('NFC');
		if (composed.length === 1) NAMED[letter + accent] = composed;
	}
}
/** Named entities HTML decodes even without a trailing semicolon. */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}))(;?)/g;

/** Decodes HTML character references (`&amp;`, `&#233;`, `&#x2014;`); unknown names stay as written, control characters go. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(ENTITY, (whole, dec: string, hex: string, name: string, semi: string) => {
		if (name !== undefined) {
			const value = NAMED[name];
			return value !== undefined && (semi || LEGACY.has(name)) ? value : whole;
		}
		const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
		if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
		if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f) return ''; // control characters
		return String.fromCodePoint(code);
	});
}

/** Escapes text for use inside HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const WHITESPACE = /[\s\u00a0]+/g;

/** Index just past the `>` that ends the tag opened at `from`, skipping quoted attribute values; -1 if it never ends. */
function tagEnd(html: string, from: number): number {
	let quote = 0;
	for (let i = from; i < html.length; i++) {
		const code = html.charCodeAt(i);
		if (quote) {
			if (code === quote) quote = 0;
		} else if (code === 34 || code === 39) quote = code;
		else if (code === 62) return i + 1;
	}
	return -1;
}

// Markers placed between text chunks while scanning, resolved in one pass at the end. Control characters are
// removed from the input (and never decoded from entities), so they cannot collide with real text.
const TAG = '\u0003';
const LINE_BREAK = '\u0001';
const PARAGRAPH_BREAK = '\u0002';
// eslint-disable-next-line no-control-regex -- the break markers above
const BREAKS = / ?[\u0001\u0002][\u0001\u0002 ]*/g;
const isNameChar = (code: number) => isLetter(code) || (code >= 48 && code <= 58) || code === 45; // letters, 0-9, ':', '-'
// eslint-disable-next-line no-control-regex -- see CONTROL
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Plain text of an HTML fragment: tags removed, script/style content dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
	const source = HAS_CONTROL.test(html) ? html.replace(CONTROL, '') : html;
	const parts: string[] = [];
	const finish = () =>
		decodeEntities(parts.join(''))
			.replaceAll(TAG, '')
			.replace(WHITESPACE, ' ')
			.replace(BREAKS, (run) => (run.includes(PARAGRAPH_BREAK) ? '\n\n' : '\n'))
			.trim();

	let i = 0;
	let textStart = 0;
	const n = source.length;
	while (i < n) {
		const lt = source.indexOf('<', i);
		if (lt === -1) break;
		const next = source.charCodeAt(lt + 1);
		const closing = next === 47; // '/'
		if (next === 33 || next === 63) {
			// <!-- comment -->, <!DOCTYPE>, <![CDATA[...]]>, <?xml ?>: dropped; unterminated ones swallow the rest
			parts.push(source.slice(textStart, lt), TAG);
			const comment = source.startsWith('<!--', lt);
			const end = comment ? source.indexOf('-->', lt + 4) : source.indexOf('>', lt + 2);
			if (end === -1) return finish();
			i = textStart = end + (comment ? 3 : 1);
			continue;
		}
		const nameStart = closing ? lt + 2 : lt + 1;
		if (!isLetter(source.charCodeAt(nameStart))) {
			i = lt + 1; // a bare '<' is text
			continue;
		}
		parts.push(source.slice(textStart, lt));
		let nameEnd = nameStart;
		while (nameEnd < n && isNameChar(source.charCodeAt(nameEnd))) nameEnd++;
		const name = source.slice(nameStart, nameEnd).toLowerCase();
		const end = tagEnd(source, nameEnd);
		if (end === -1) return finish(); // an unterminated tag hides the rest, as in a browser
		parts.push(PARAGRAPH.has(name) ? PARAGRAPH_BREAK : LINE.has(name) ? LINE_BREAK : TAG);
		i = textStart = end;
		if (!closing && SKIP_CONTENT.has(name)) {
			const close = new RegExp(`</${name}(?![A-Za-z0-9:-])`, 'gi');
			close.lastIndex = end;
			const match = close.exec(source);
			if (!match) return finish();
			const after = tagEnd(source, match.index + 2 + name.length);
			if (after === -1) return finish();
			i = textStart = after;
		}
	}
	parts.push(source.slice(textStart));
	return finish();
}

/** `htmlToText` on one line: every run of whitespace, line breaks included, becomes a single space. */
export function htmlToLine(html: string): string {
	return htmlToText(html).replace(/\s+/g, ' ').trim();
}
