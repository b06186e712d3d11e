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

	it('has no two-line shape for one word', () => {
		expect(labelShapes('Brexit', sevenPerChar).two).toBeNull();
	});
});
