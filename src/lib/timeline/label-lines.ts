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
 * A title's two lines, written out only when first read: the layout weighs the two-line shape of every title by its
 * width, and most are drawn on one line or not at all.
 */
class TwoLines implements LabelLines {
	#lines: string[] | null = null;
	constructor(
		private readonly words: string[],
		private readonly cut: number,
		readonly width: number
	) {}

	get lines(): string[] {
		return (this.#lines ??= [this.words.slice(0, this.cut).join(' '), this.words.slice(this.cut).join(' ')]);
	}
}

/**
 * The title on one line and on two, from the widths of its words and of a space (`wordWidth`, px): a line is as wide
 * as its words and the spaces between them, so each word is measured once, whatever the break.
 */
export function labelShapes(title: string, wordWidth: (word: string) => number): LabelShapes {
	const words = title.split(' ');
	const space = wordWidth(' ');
	const widths = words.map(wordWidth);
	let total = -space;
	for (const width of widths) total += width + space;
	const one = { lines: [title], width: Math.ceil(total) + LABEL_PADDING };
	if (words.length < 2) return { one, two: null };
	let cut = 1;
	let widest = Infinity;
	// The first `at` words, each followed by a space.
	let before = 0;
	for (let at = 1; at < words.length; at++) {
		before += widths[at - 1] + space;
		const wider = Math.max(before - space, total - before);
		if (wider < widest) [cut, widest] = [at, wider];
	}
	return { one, two: new TwoLines(words, cut, Math.ceil(widest) + LABEL_PADDING) };
}
