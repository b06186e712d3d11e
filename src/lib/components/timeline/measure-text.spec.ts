import { describe, expect, it } from 'vitest';
import { oncePerWord } from './measure-text';
import { labelShapes } from '../../timeline/label-lines';

describe('oncePerWord', () => {
	it('measures each word once, however many titles use it', () => {
		const measured: string[] = [];
		const width = oncePerWord((word) => (measured.push(word), word === ' ' ? 3 : word.length * 7));
		expect(labelShapes('Banks meets Banks', width).one.width).toBe(5 * 7 * 3 + 2 * 3 + 8);
		labelShapes('Banks', width);
		expect(measured.sort()).toEqual([' ', 'Banks', 'meets']);
	});
});
