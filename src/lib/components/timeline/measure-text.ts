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
		width = (text) => context.measureText(text).width;
	}
	const shapes = new Map<string, LabelShapes>();
	return (title) => {
		let shape = shapes.get(title);
		if (!shape) shapes.set(title, (shape = labelShapes(title, width)));
		return shape;
	};
}
