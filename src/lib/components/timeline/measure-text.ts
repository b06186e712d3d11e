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
	let wordWidth = (word: string) => word.length * 7;
	if (context) {
		const root = getComputedStyle(document.documentElement);
		context.font = `${parseFloat(root.fontSize) * LABEL_REM}px ${getComputedStyle(document.body).fontFamily}`;
		wordWidth = oncePerWord((word) => context.measureText(word).width);
	}
	const shapes = new Map<string, LabelShapes>();
	return (title) => {
		let shape = shapes.get(title);
		if (!shape) shapes.set(title, (shape = labelShapes(title, wordWidth)));
		return shape;
	};
}

/**
 * `measure`, remembered per word: ten thousand titles share far fewer words, and a canvas measure is the slow part
 * of loading them. (Across a space, words' widths add up to the browser's own measure of the line to a ten-thousandth
 * of a pixel; the label's padding keeps a pixel of slack.)
 */
export function oncePerWord(measure: (word: string) => number): (word: string) => number {
	const words = new Map<string, number>();
	return (word) => {
		let width = words.get(word);
		if (width === undefined) words.set(word, (width = measure(word)));
		return width;
	};
}
