import { describe, expect, it } from 'vitest';
import { hasOwnTitle, sourceLabel } from './source-label';

describe('sourceLabel', () => {
	it('names an article by the title its text gives', () => {
		expect(sourceLabel({ title: 'British operatives met ambassador', text: 'British operatives…' })).toBe(
			'British operatives met ambassador'
		);
	});

	it('describes an untitled text by its opening words, in words that are visibly ours', () => {
		const source = { title: null, text: 'Back in May, an investigation into the complex affairs of Nigel Farage.' };
		expect(sourceLabel(source)).toBe('Untitled article, begins ‘Back in May, an investigation into…’');
		expect(hasOwnTitle(source)).toBe(false);
	});

	it('drops the punctuation that ends the opening and says plainly when there is no text', () => {
		expect(sourceLabel({ title: null, text: 'Short text, here.' })).toBe('Untitled article, begins ‘Short text, here’');
		expect(sourceLabel({ title: null, text: '' })).toBe('Untitled article');
		expect(sourceLabel({ title: null, outlet: 'Beta News', text: 'One two.' })).toBe(
			'Untitled article from Beta News, begins ‘One two’'
		);
	});
});
