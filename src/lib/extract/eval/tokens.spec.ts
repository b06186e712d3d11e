import { describe, expect, it } from 'vitest';
import { rejoinTokens } from './tokens';

describe('rejoinTokens', () => {
	it('prints tokens as prose and keeps each token’s offsets', () => {
		const { text, spans } = rejoinTokens([
			['June', '6', ',', '2005'],
			['Apple', "'s", 'chief', '(', 'Jobs', ')', 'said', '"', 'hi', '"', '.']
		]);
		expect(text).toBe('June 6, 2005\nApple\'s chief (Jobs) said "hi".');
		expect(text.slice(spans[1].index, spans[1].end)).toBe('6');
		expect(text.slice(spans[4].index, spans[4].end)).toBe('Apple');
		expect(text.slice(spans[12].index, spans[12].end)).toBe('hi');
	});
});
