import { describe, expect, it } from 'vitest';
import { byWords } from './measure-text';

describe('byWords', () => {
	it('adds up the widths of words and spaces, measuring each word once', () => {
		const measured: string[] = [];
		const width = byWords((word) => (measured.push(word), word === ' ' ? 3 : word.length * 7));
		expect(width('Banks meets Banks')).toBe(5 * 7 + 5 * 7 + 5 * 7 + 2 * 3);
		expect(width('Banks')).toBe(35);
		expect(measured.sort()).toEqual([' ', 'Banks', 'meets']);
	});
});
