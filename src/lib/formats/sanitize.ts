/**
 * Safe HTML for imported rich text (TimelineJS `text.text`, media credits). DOMPurify needs a DOM: in the browser it
 * uses `window`; in tests it uses jsdom's `window` (`// @vitest-environment jsdom`). Where there is no DOM at all
 * (server-side rendering, Node scripts) `sanitizeHtml` falls back to escaped plain text, which is always safe.
 *
 * Kept: b, i, em, strong, a, p, br, ul, ol, li, blockquote, cite. Links keep `href` only when it is http(s) or
 * mailto, and every link opens in a new tab with `rel="noopener noreferrer"`. Everything else goes: scripts, styles,
 * event handlers, iframes, images, forms, SVG and MathML, `style` attributes, `javascript:` and `data:` URLs.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { escapeHtml, htmlToText } from './html-text';

export { htmlToText } from './html-text';

/** Tags an imported description may keep. */
export const ALLOWED_TAGS = ['b', 'i', 'em', 'strong', 'a', 'p', 'br', 'ul', 'ol', 'li', 'blockquote', 'cite'];

const CONFIG: Config = {
	ALLOWED_TAGS,
	ALLOWED_ATTR: ['href', 'title'],
	ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
	ALLOW_UNKNOWN_PROTOCOLS: false,
	FORBID_TAGS: ['style', 'script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'form', 'img', 'link', 'meta'],
	FORBID_ATTR: ['style'],
	KEEP_CONTENT: true,
	RETURN_TRUSTED_TYPE: false
};

let purifier: Purifier | null = null;
let purifierWindow: unknown = null;

/** A DOMPurify instance of our own (so the link hook stays ours), bound to the current window; null without a DOM. */
function currentPurifier(): Purifier | null {
	if (typeof window === 'undefined' || !window.document) return null;
	if (!purifier || purifierWindow !== window) {
		purifier = DOMPurify(window);
		purifierWindow = window;
		purifier.addHook('afterSanitizeAttributes', (node) => {
			if (node.nodeName !== 'A') return;
			const link = node as Element;
			if (link.hasAttribute('href')) {
				link.setAttribute('target', '_blank');
				link.setAttribute('rel', 'noopener noreferrer');
			} else {
				link.removeAttribute('target');
				link.removeAttribute('rel');
			}
		});
	}
	return purifier.isSupported ? purifier : null;
}

/** Untrusted HTML made safe to render with `{@html}`: formatting and http(s) links kept, anything active removed. */
export function sanitizeHtml(html: string): string {
	const purify = currentPurifier();
	if (!purify) return escapeHtml(htmlToText(html)).replace(/\n/g, '<br>');
	return purify.sanitize(html, CONFIG) as string;
}
