import { describe, expect, it } from 'vitest';
import { labelShapes, LABEL_PADDING } from './label-lines';

const sevenPerChar = (text: string) => text.length * 7;

describe('labelShapes', () => {
	it('measures the title on one line', () => {
		const { one } = labelShapes('Snap election held in Lesotho', sevenPerChar);
		expect(one).toEqual({ lines: ['Snap election held in Lesotho'], width: 29 * 7 + LABEL_PADDING });
	});

	it('breaks between words where the two lines come out most even', () => {
		const { two } = labelShapes('Snap election held in Lesotho', sevenPerChar);
		expect(two?.lines).toEqual(['Snap election', 'held in Lesotho']);
		expect(two?.lines.join(' ')).toBe('Snap election held in Lesotho');
		expect(two!.width).toBe(15 * 7 + LABEL_PADDING);
	});

	it('adds a line up from its words and spaces, as the browser draws it', () => {
		const width = (word: string) => (word === ' ' ? 3 : word.length * 7);
		const { one, two } = labelShapes('Snap election held in Lesotho', width);
		expect(one.width).toBe(25 * 7 + 4 * 3 + LABEL_PADDING);
		// 'Snap election' is 12 letters and a space; 'held in Lesotho' 13 letters and two spaces.
		expect(two!.width).toBe(13 * 7 + 2 * 3 + LABEL_PADDING);
	});

	it('has no two-line shape for one word', () => {
		expect(labelShapes('Brexit', sevenPerChar).two).toBeNull();
	});
});
