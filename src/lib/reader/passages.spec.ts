import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/timeline';
import { citedPassages, findPassage, paragraphRanges, readerParagraphs, type Piece } from './passages';

const TEXT = [
	'Harbor Plan',
	'',
	'The plan was sound. Work began in 2015. The plan was sound.',
	'The next day, <b>Tidewell</b> bid.',
	'   ',
	'Ships returned.'
].join('\n');

function event(id: string, excerpts: TimelineEvent['excerpts']): TimelineEvent {
	return {
		id,
		title: id,
		summary: id,
		date: { start: '2015', end: '2015', precision: 'year', approximate: false, text: '2015' },
		excerpts,
		people: [],
		tags: ['t'],
		attribution: { by: 'the article', status: 'established' }
	};
}

const describePieces = (pieces: Piece[]) =>
	pieces.map((piece) =>
		piece.kind === 'text'
			? piece.text
			: piece.kind === 'passage'
				? `[${piece.text}→${piece.link.eventId}${piece.current ? '*' : ''}]`
				: piece.kind === 'also'
					? `(+${piece.passage.eventId})`
					: `(→${piece.passage.eventId})`
	);

describe('paragraphRanges', () => {
	it('makes each non-blank line a paragraph', () => {
		expect(paragraphRanges(TEXT).map((r) => TEXT.slice(r.start, r.end))).toEqual([
			'Harbor Plan',
			'The plan was sound. Work began in 2015. The plan was sound.',
			'The next day, <b>Tidewell</b> bid.',
			'Ships returned.'
		]);
	});

	it('handles Windows line ends', () => {
		const text = 'One.\r\n\r\nTwo.';
		expect(paragraphRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['One.', 'Two.']);
	});
});

describe('citedPassages', () => {
	it('locates every excerpt of a source, in text order, and lists the ones it cannot find', () => {
		const events = [
			event('late', [{ source: 'alpha', quote: 'The plan was sound.', occurrence: 2 }]),
			event('early', [
				{ source: 'beta', quote: 'Elsewhere.' },
				{ source: 'alpha', quote: 'The plan was sound.' }
			]),
			event('lost', [{ source: 'alpha', quote: 'Not in the text.' }])
		];
		const { passages, missing } = citedPassages(events, 'alpha', TEXT);
		expect(passages.map((p) => [p.eventId, p.excerptIndex])).toEqual([
			['early', 1],
			['late', 0]
		]);
		expect(missing).toEqual([{ eventId: 'lost', excerptIndex: 0 }]);
		expect(findPassage(passages, 'late', 0)?.start).toBe(TEXT.lastIndexOf('The plan was sound.'));
		expect(findPassage(passages, 'late', 1)).toBeNull();
	});
});

describe('readerParagraphs', () => {
	it('keeps the text exactly, markup included, as plain text', () => {
		const paragraphs = readerParagraphs(TEXT, []);
		expect(paragraphs[2].pieces).toEqual([
			{ kind: 'text', text: 'The next day, <b>Tidewell</b> bid.', start: TEXT.indexOf('The next') }
		]);
		const joined = paragraphs.map((p) => p.pieces.map((piece) => ('text' in piece ? piece.text : '')).join(''));
		expect(joined).toEqual(paragraphRanges(TEXT).map((r) => TEXT.slice(r.start, r.end)));
	});

	it('marks each cited passage and ends it with a link to its event, apart from the words', () => {
		const events = [event('begin', [{ source: 'alpha', quote: 'Work began in 2015.' }])];
		const { passages } = citedPassages(events, 'alpha', TEXT);
		expect(describePieces(readerParagraphs(TEXT, passages)[1].pieces)).toEqual([
			'The plan was sound. ',
			'[Work began in 2015.→begin]',
			'(→begin)',
			' The plan was sound.'
		]);
	});

	it('marks the passage asked for as current, at its own occurrence', () => {
		const events = [event('sound', [{ source: 'alpha', quote: 'The plan was sound.', occurrence: 2 }])];
		const { passages } = citedPassages(events, 'alpha', TEXT);
		const pieces = readerParagraphs(TEXT, passages, findPassage(passages, 'sound', 0))[1].pieces;
		expect(describePieces(pieces)).toEqual([
			'The plan was sound. Work began in 2015. ',
			'[The plan was sound.→sound*]',
			'(→sound)'
		]);
	});

	it('gives every event citing the same words a link', () => {
		const events = [
			event('one', [{ source: 'alpha', quote: 'Work began in 2015.' }]),
			event('two', [{ source: 'alpha', quote: 'Work began in 2015.' }])
		];
		const { passages } = citedPassages(events, 'alpha', TEXT);
		expect(describePieces(readerParagraphs(TEXT, passages)[1].pieces)).toEqual([
			'The plan was sound. ',
			'[Work began in 2015.→one]',
			'(→one)',
			'(+two)',
			' The plan was sound.'
		]);
		// Asking for the second makes it the link and the first the extra one.
		const asked = readerParagraphs(TEXT, passages, findPassage(passages, 'two', 0))[1].pieces;
		expect(describePieces(asked)).toContain('[Work began in 2015.→two*]');
		expect(describePieces(asked)).toContain('(+one)');
	});

	it('splits overlapping passages into stretches, each linked, with no event left out', () => {
		const events = [
			event('wide', [{ source: 'alpha', quote: 'The plan was sound. Work began in 2015.' }]),
			event('narrow', [{ source: 'alpha', quote: 'Work began' }])
		];
		const { passages } = citedPassages(events, 'alpha', TEXT);
		expect(describePieces(readerParagraphs(TEXT, passages)[1].pieces)).toEqual([
			'[The plan was sound. →wide]',
			'[Work began→narrow]',
			'(→narrow)',
			'[ in 2015.→wide]',
			'(→wide)',
			' The plan was sound.'
		]);
	});

	it('marks a passage that runs across a line break in both paragraphs', () => {
		const events = [event('across', [{ source: 'alpha', quote: 'The plan was sound.\nThe next day' }])];
		const { passages } = citedPassages(events, 'alpha', TEXT);
		const paragraphs = readerParagraphs(TEXT, passages);
		expect(describePieces(paragraphs[1].pieces).at(-1)).toBe('[The plan was sound.→across]');
		expect(describePieces(paragraphs[2].pieces).slice(0, 2)).toEqual(['[The next day→across]', '(→across)']);
	});
});
