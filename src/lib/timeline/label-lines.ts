/**
 * A title as one line, or as two lines of about equal width broken between words: the layout reserves the room of
 * the shape it chooses, and the marker draws exactly those lines, so what is reserved is what is drawn.
 */

export interface LabelLines {
	lines: string[];
	/** px: the widest line plus the label's padding */
	width: number;
}

export interface LabelShapes {
	one: LabelLines;
	/** null for a single word */
	two: LabelLines | null;
}

/** Horizontal padding of a drawn label, px (EventMarker's label has 3 px each side), plus a pixel of slack. */
export const LABEL_PADDING = 8;

/**
 * The title on one line and on two, from the widths of its words and of a space (`wordWidth`, px): a line is as wide
 * as its words and the spaces between them, so each word is measured once, whatever the break.
 */
export function labelShapes(title: string, wordWidth: (word: string) => number): LabelShapes {
	const words = title.split(' ');
	const space = wordWidth(' ');
	// before[i]: the width of the first i words, each followed by a space.
	const before = [0];
	for (const word of words) before.push(before[before.length - 1] + wordWidth(word) + space);
	const total = before[words.length] - space;
	const one = { lines: [title], width: Math.ceil(total) + LABEL_PADDING };
	if (words.length < 2) return { one, two: null };
	let cut = 1;
	let widest = Infinity;
	for (let at = 1; at < words.length; at++) {
		const wider = Math.max(before[at] - space, total - before[at]);
		if (wider < widest) [cut, widest] = [at, wider];
	}
	const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
	return { one, two: { lines, width: Math.ceil(widest) + LABEL_PADDING } };
}
