/**
 * One estimate of how wide a line of label text is, shared by the axis, the event layout and the components, so
 * that what the layout reserves is what the renderer draws.
 */

/** Average advance of one character of the label font, in px. */
export const CHAR_WIDTH = 7;

/** Space kept clear after each label, in px, so neighbouring labels never touch. */
export const LABEL_GAP = 12;

/** Estimated width of a label in px, including the gap after it: characters × 7 px + 12 px. */
export function labelWidth(text: string): number {
	return text.length * CHAR_WIDTH + LABEL_GAP;
}
