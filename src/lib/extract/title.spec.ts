import { describe, expect, it } from 'vitest';
import { draftTitle, TITLE_MAX } from './title';

describe('draftTitle', () => {
	it('drops a leading date clause and the final stop', () => {
		expect(
			draftTitle('On the 12th of January 2017, Arron Banks posted a picture of Andrew Wigmore.', '12th of January 2017')
		).toBe('Arron Banks posted a picture of Andrew Wigmore');
		expect(draftTitle('In 2013, the firm was paid.', '2013')).toBe('The firm was paid');
	});

	it('keeps a date that is the subject of the sentence', () => {
		expect(draftTitle('The same day the speech was given, Stone tweeted.', 'The same day')).toBe(
			'The same day the speech was given, Stone tweeted'
		);
	});

	it(`cuts at a word within ${TITLE_MAX} characters`, () => {
		const title = draftTitle(
			'Banks was offered the opportunity of involvement in a $3 billion consolidation of six Russian gold mines with a company.'
		);
		expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
		expect(title).toBe('Banks was offered the opportunity of involvement in a $3 billion consolidation of six…');
	});
});
