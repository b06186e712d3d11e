/**
 * Where a selection in the rendered article falls in the article's text: text nodes count, except those inside
 * `[data-aside]` (the date labels set beside passages), so offsets index the source text itself.
 */

/** The text offset of the DOM point (`node`, `offset`) within `root`. */
export function textOffset(root: Node, node: Node, offset: number): number {
	const doc = root.ownerDocument ?? globalThis.document;
	const boundary = doc.createRange();
	boundary.setStart(node, offset);
	let total = 0;
	const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let text = walker.nextNode(); text; text = walker.nextNode()) {
		const aside = !!text.parentElement?.closest('[data-aside]');
		if (text === node) return total + (aside ? 0 : offset);
		if (boundary.comparePoint(text, 0) === 1) return total;
		if (!aside) total += (text as Text).length;
	}
	return total;
}

/** The selected stretch of `text` rendered in `root`, without outer spaces, or null when nothing is selected. */
export function selectedRange(
	root: Node,
	selection: Selection | null,
	text: string
): { index: number; end: number } | null {
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
	const range = selection.getRangeAt(0);
	if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
	let index = textOffset(root, range.startContainer, range.startOffset);
	let end = textOffset(root, range.endContainer, range.endOffset);
	while (index < end && /\s/.test(text[index])) index++;
	while (end > index && /\s/.test(text[end - 1])) end--;
	return end > index ? { index, end } : null;
}
