/**
 * Widths of label text as the browser will draw it (a canvas measures with the page's own font), so the layout
 * reserves what a label really takes; outside a browser, an estimate of 7 px a character.
 */
import { labelShapes, type LabelShapes } from '../../timeline/label-lines';

/** The labels' font size relative to the root's (EventMarker's label is 0.8rem). */
const LABEL_REM = 0.8;

/** A function giving the label shapes of a title, measured once per title. */
export function labelShaper(): (title: string) => LabelShapes {
	const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	let width = (text: string) => text.length * 7;
	if (context) {
		const root = getComputedStyle(document.documentElement);
		context.font = `${parseFloat(root.fontSize) * LABEL_REM}px ${getComputedStyle(document.body).fontFamily}`;
		width = byWords((word) => context.measureText(word).width);
	}
	const shapes = new Map<string, LabelShapes>();
	return (title) => {
		let shape = shapes.get(title);
		if (!shape) shapes.set(title, (shape = labelShapes(title, width)));
		return shape;
	};
}

/**
 * A line's width as the sum of its words' and spaces' widths, each word measured once: ten thousand titles share far
 * fewer words, and a canvas measure is the slow part of loading them. (Across a space the sum matches the browser's
 * own measure of the line to a ten-thousandth of a pixel; the label's padding keeps a pixel of slack.)
 */
export function byWords(measure: (word: string) => number): (text: string) => number {
	const words = new Map<string, number>();
	const wordWidth = (word: string) => {
		let width = words.get(word);
		if (width === undefined) words.set(word, (width = measure(word)));
		return width;
	};
	return (text) => {
		const inLine = text.split(' ');
		let width = (inLine.length - 1) * wordWidth(' ');
		for (const word of inLine) width += wordWidth(word);
		return width;
	};
}
