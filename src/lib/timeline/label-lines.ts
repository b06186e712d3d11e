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

/** The title on one line and on two, measured by `textWidth` (px of a line of label text). */
export function labelShapes(title: string, textWidth: (text: string) => number): LabelShapes {
	const one = { lines: [title], width: Math.ceil(textWidth(title)) + LABEL_PADDING };
	const words = title.split(' ');
	if (words.length < 2) return { one, two: null };
	// The break is chosen from the words' widths added up (a title's words are measured once, not once per break),
	// then the two lines it gives are measured as drawn.
	const space = textWidth(' ');
	const before = [0];
	for (const word of words) before.push(before[before.length - 1] + textWidth(word) + space);
	const total = before[words.length] - space;
	let cut = 1;
	let widest = Infinity;
	for (let at = 1; at < words.length; at++) {
		const wider = Math.max(before[at] - space, total - before[at]);
		if (wider < widest) [cut, widest] = [at, wider];
	}
	const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
	const width = Math.ceil(Math.max(textWidth(lines[0]), textWidth(lines[1]))) + LABEL_PADDING;
	return { one, two: { lines, width } };
}
