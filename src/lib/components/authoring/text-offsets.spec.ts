// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { selectedRange, textOffset } from './text-offsets';

const TEXT = 'It rained in May 2010. The river rose.';

function rendered() {
	const root = document.createElement('div');
	root.innerHTML = '<mark>It rained in May 2010.</mark><span data-aside>May 2010</span> The river rose.';
	document.body.replaceChildren(root);
	return root;
}

describe('text offsets in the rendered article', () => {
	it('counts the article text and skips the date labels', () => {
		const root = rendered();
		const after = root.childNodes[2];
		expect(textOffset(root, after, 5)).toBe(TEXT.indexOf('river rose'));
		expect(textOffset(root, root.childNodes[1].firstChild!, 3)).toBe(TEXT.indexOf(' The'));
	});

	it('reads a selection across a passage and its label, without outer spaces', () => {
		const root = rendered();
		const range = document.createRange();
		range.setStart(root.firstChild!.firstChild!, 13);
		range.setEnd(root.childNodes[2], 10);
		const selection = getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
		const found = selectedRange(root, selection, TEXT)!;
		expect(TEXT.slice(found.index, found.end)).toBe('May 2010. The river');
	});
});
