import { describe, expect, it } from 'vitest';
import { heightMessage, iframeSnippet, isHeightMessage, SNIPPET_HEIGHT } from './embed-code';

describe('heightMessage', () => {
	it('says the height in whole pixels, rounded up so that nothing is cut off', () => {
		expect(heightMessage(431.2)).toEqual({ type: 'sourceline:height', height: 432 });
	});

	it('is what isHeightMessage accepts', () => {
		expect(isHeightMessage(heightMessage(450))).toBe(true);
	});
});

describe('isHeightMessage', () => {
	it.each([
		['another type', { type: 'other:height', height: 450 }],
		['a height that is not a number', { type: 'sourceline:height', height: '450' }],
		['no height', { type: 'sourceline:height' }],
		['a height of zero', { type: 'sourceline:height', height: 0 }],
		['a height that is not finite', { type: 'sourceline:height', height: Infinity }],
		['a string', 'sourceline:height'],
		['null', null]
	])('refuses %s', (_, data) => {
		expect(isHeightMessage(data)).toBe(false);
	});
});

describe('iframeSnippet', () => {
	it('frames the address with a title, the full column width and the starting height', () => {
		const snippet = iframeSnippet({ src: 'https://example.org/embed?event=a', title: 'Sourceline: a timeline' });
		expect(snippet).toBe(
			`<iframe src="https://example.org/embed?event=a" title="Sourceline: a timeline" width="100%" height="${SNIPPET_HEIGHT}" ` +
				'style="border: 0; max-width: 800px" loading="lazy"></iframe>'
		);
	});

	it('escapes what would end an attribute or open a tag', () => {
		const snippet = iframeSnippet({
			src: 'https://example.org/embed?q=a&person=x"y',
			title: 'Banks & Wigmore: "<b>"',
			height: 400
		});
		expect(snippet).toContain('src="https://example.org/embed?q=a&amp;person=x&quot;y"');
		expect(snippet).toContain('title="Banks &amp; Wigmore: &quot;&lt;b&gt;&quot;"');
		expect(snippet).toContain('height="400"');
	});
});
