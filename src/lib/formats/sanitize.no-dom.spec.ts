import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize';

describe('sanitizeHtml without a DOM (server-side, Node scripts)', () => {
	it('falls back to escaped plain text, never to the raw input', () => {
		expect(typeof window).toBe('undefined');
		const out = sanitizeHtml(
			'<p>Hi <b>there</b><script>alert(1)</script><img src=x onerror=alert(1)></p><p>&lt;b&gt;</p>'
		);
		expect(out).toBe('Hi there<br><br>&#60;b&#62;');
		expect(out).not.toMatch(/<(?!br>)/);
	});
});
