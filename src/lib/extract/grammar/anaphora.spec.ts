import { describe, expect, it } from 'vitest';
import { findAnaphora } from './anaphora';
import { findDateExpressions, scanDateExpressions, type DateAnchor, type DateContext } from './expressions';
import { dateProblems } from '../../dates/event-dates';

const at = (start: string, end = start, extra: Partial<DateAnchor> = {}): DateContext => ({
	anchor: { start, end, text: 'ANCHOR', index: 0, ...extra }
});

type Expected = { text: string; start: string; end: string; precision: string };

/** [sentence, the time it follows, what the anaphoric phrase in it reads as (always approximate)]. */
const ANAPHORIC: [string, DateContext, Expected][] = [
	// "shortly after": the time pointed at to 3 months after, in months at the finest
	[
		'Shortly afterwards, the officials were photographed.',
		at('2016-08-23'),
		{ text: 'Shortly afterwards', start: '2016-08', end: '2016-11', precision: 'span' }
	],
	['Soon after, they met.', at('2016'), { text: 'Soon after', start: '2016', end: '2017', precision: 'span' }],
	[
		'They met again soon afterwards.',
		at('2016-10'),
		{ text: 'soon afterwards', start: '2016-10', end: '2017-01', precision: 'span' }
	],
	// "subsequently", "later", "after <event>": to 12 months after
	[
		'Bryant subsequently enjoyed a close relationship with Trump.',
		at('2016-09', '2016-12', { precision: 'season' }),
		{ text: 'subsequently', start: '2016-09', end: '2017-12', precision: 'span' }
	],
	[
		'Breitbart also published a subsequent denial by Stone.',
		at('2016'),
		{ text: 'subsequent', start: '2016', end: '2017', precision: 'span' }
	],
	[
		'He was later a director of the centre.',
		at('1996'),
		{ text: 'later', start: '1996', end: '1997', precision: 'span' }
	],
	[
		'Afterwards, the server was switched off.',
		at('2016-09-27'),
		{ text: 'Afterwards', start: '2016-09', end: '2017-09', precision: 'span' }
	],
	[
		'After the election, they visited Trump Tower.',
		at('2016-10'),
		{ text: 'After the election', start: '2016-10', end: '2017-10', precision: 'span' }
	],
	[
		'They visited Trump following his victory in the election, according to CNN.',
		at('2016-10'),
		{ text: 'following his victory in the election', start: '2016-10', end: '2017-10', precision: 'span' }
	],
	[
		'Page travelled to Moscow after Trump’s success.',
		at('2016-11'),
		{ text: 'after Trump’s success', start: '2016-11', end: '2017-11', precision: 'span' }
	],
	[
		'After the initial Mississippi article was published, Farage hosted Bryant.',
		at('2017'),
		{ text: 'After the initial Mississippi article', start: '2017', end: '2018', precision: 'span' }
	],
	// "X came (shortly) after Y": Y lies before the time pointed at
	[
		'This interview came shortly after Wikileaks dumped material.',
		at('2017-05'),
		{ text: 'shortly after', start: '2017-02', end: '2017-05', precision: 'span' }
	],
	[
		'The interview came shortly after the leak.',
		at('2017-05'),
		{ text: 'shortly after the leak', start: '2017-02', end: '2017-05', precision: 'span' }
	],
	// the same time: the window pointed at, its precision kept
	[
		'During the same period, Burt helped shape the speech.',
		at('2016-01', '2016-06', { precision: 'quarter' }),
		{ text: 'During the same period', start: '2016-01', end: '2016-06', precision: 'quarter' }
	],
	[
		'At the time the delegation visited, the plant was in its first phase.',
		at('2008-04'),
		{ text: 'At the time', start: '2008-04', end: '2008-04', precision: 'month' }
	],
	[
		'At that time, there was no problem.',
		at('2007'),
		{ text: 'At that time', start: '2007', end: '2007', precision: 'year' }
	],
	['By then, the deal was done.', at('2014'), { text: 'By then', start: '2014', end: '2014', precision: 'year' }],
	[
		'Over that period, exports grew.',
		at('2004', '2007', { precision: 'span' }),
		{ text: 'Over that period', start: '2004', end: '2007', precision: 'span' }
	],
	[
		'Wigmore told me during our conversation that it works.',
		at('2017-01', '2017-06', { precision: 'span' }),
		{ text: 'during our conversation', start: '2017-01', end: '2017-06', precision: 'span' }
	],
	[
		'During his stint as governor, the monies were held in trust.',
		at('2004', '2012', { precision: 'span' }),
		{ text: 'During his stint', start: '2004', end: '2012', precision: 'span' }
	],
	[
		'It was signed at the time of the summit.',
		at('2015-06'),
		{ text: 'at the time of the summit', start: '2015-06', end: '2015-06', precision: 'month' }
	],
	// "before <event>" with no date for the event: nothing says it came before the time pointed at, so that time
	[
		'Before the election, they met.',
		at('2016-10'),
		{ text: 'Before the election', start: '2016-10', end: '2016-10', precision: 'month' }
	],
	[
		'By the end of the presidential election campaign, Bryant had swapped allegiance.',
		at('2016-05', '2016-08', { precision: 'season' }),
		{
			text: 'By the end of the presidential election campaign',
			start: '2016-05',
			end: '2016-08',
			precision: 'season'
		}
	]
];

/** Words that point at no time, or at the writer's own: no date even with a time to lean on. */
const NOT_ANAPHORIC = [
	'Farage was introduced by then-candidate Trump.',
	'Page was hired by the Trump campaign as an adviser.',
	'It was backed up by the campaign.',
	'I took the time to sit and review everything.',
	'The election was close.',
	'It was a later version of the report.',
	'He left after which nothing changed.',
	'He spoke after Trump.',
	'Sessions was, at the time I was doing this snooping, embroiled in a row.',
	'By the time we arrived, it was over.',
	'Even now, I am struggling to find records.',
	'Gazprom now owns all of it.',
	'The conversation was short.',
	'They won more votes than expected.'
];

describe('anaphoric time phrases', () => {
	it.each(ANAPHORIC)('reads %j against the time before it', (text, context, expected) => {
		const found = findDateExpressions(text, context);
		expect(found.map((match) => ({ ...match.date, text: match.text }))).toEqual([{ ...expected, approximate: true }]);
		expect(found[0].kind).toBe('anaphoric');
		expect(found[0].anchor).toEqual({ text: 'ANCHOR', index: 0 });
		expect(dateProblems(found[0].date)).toEqual([]);
		expect(text.slice(found[0].index, found[0].end)).toBe(expected.text);
	});

	it.each(NOT_ANAPHORIC)('finds no date in %j', (text) => {
		expect(findDateExpressions(text, at('2016-08')).map((match) => match.text)).toEqual([]);
	});

	it('gives no date without a time to lean on', () => {
		expect(findDateExpressions('Shortly afterwards, they met. During the same period, it grew.')).toEqual([]);
	});

	it('leaves a sentence that states its own date to that date', () => {
		const found = findDateExpressions('Shortly afterwards, in March 2017, they met.', at('2016-08'));
		expect(found.map((match) => match.text)).toEqual(['March 2017']);
	});

	it('dates an event the text dates from that date, and records it as the anchor', () => {
		const referent: DateContext['referent'] = (event) =>
			event.nouns.includes('election') ? { start: '2017-06', end: '2017-06', text: 'June 2017', index: 42 } : undefined;
		const found = findDateExpressions('I asked how the coming election would affect them.', {
			...at('2015'),
			referent
		});
		expect(found.map((match) => [match.text, match.date.start, match.date.end, match.anchor])).toEqual([
			['the coming election', '2016-06', '2017-06', { text: 'June 2017', index: 42 }]
		]);
	});

	it('stops leaning on earlier dates at the writer’s own time', () => {
		const scan = scanDateExpressions('Sessions was, at the time I was doing this snooping, in a row.', at('2014'));
		expect(scan).toEqual({ matches: [], after: null });
	});

	it('does not move the time for a date inside a noun phrase', () => {
		const scan = scanDateExpressions(
			'In May 2017, asked about his 2013 meeting, Farage left.',
			{ offset: 100 } // positions in a longer text
		);
		expect(scan.matches.map((match) => [match.text, match.setsTime])).toEqual([
			['May 2017', true],
			['2013', false]
		]);
		expect(scan.after).toMatchObject({ start: '2017-05', text: 'May 2017', index: 103 });
	});

	it('says what each phrase points at', () => {
		expect(findAnaphora('Wigmore had, by the election, backed a party in the Lesotho elections.')).toEqual([
			{
				index: 13,
				end: 28,
				relation: 'before',
				reversed: false,
				event: { nouns: ['election'], qualifiers: ['Lesotho'], pronoun: false, coming: false }
			}
		]);
		expect(findAnaphora('Farage supported Le Pen during her campaign.')[0].event).toMatchObject({
			nouns: ['campaign'],
			pronoun: true
		});
		expect(findAnaphora('at the time I was doing this')[0]).toMatchObject({ writerTime: true });
	});
});

describe('an election won: "as soon as Trump won"', () => {
	const november = { start: '2016-11', end: '2016-11', approximate: true, text: 'November', index: 7 };
	/** Finds the text's dated election only when asked for an election (or a win) whose name fits. */
	const referent: DateContext['referent'] = (event) =>
		event.nouns.includes('election') && event.qualifiers.every((name) => name !== 'Nobody') ? november : undefined;

	/** [sentence, the phrase, its dates from an election dated November 2016]. */
	const WON: [string, string, string, string][] = [
		['The cover-up began as soon as Trump won – or so he says.', 'as soon as Trump won', '2016-11', '2017-02'],
		['Shortly after Donald Trump won, Page went to Moscow.', 'Shortly after Donald Trump won', '2016-11', '2017-02'],
		['After Trump won the election in a surprise, they met.', 'After Trump won the election', '2016-11', '2017-11'],
		['Before Trump had won, they met twice.', 'Before Trump had won', '2015-11', '2016-11'],
		['When Trump won, the markets fell.', 'When Trump won', '2016-11', '2016-11'],
		['Once Trump won and took office, it stopped.', 'Once Trump won', '2016-11', '2016-11']
	];

	it.each(WON)('reads %j against the election the text dates', (text, phrase, start, end) => {
		const found = findDateExpressions(text, { ...at('2017-05'), referent });
		expect(found.map((match) => [match.text, match.date.start, match.date.end, match.date.approximate])).toEqual([
			[phrase, start, end, true]
		]);
		expect(found[0].anchor).toEqual({ text: 'November', index: 7 });
	});

	it.each([
		// something else won: not an election
		'Davis won the prestigious FBI Director Award after tracking down the authors.',
		'The firm was paid after Cendyn won the contract.',
		'After Trump won back his seat, they met.',
		'After Trump won over the crowd, they met.',
		'After Trump won a prize, they met.',
		// no named winner, or not a time clause
		'After he won, they met.',
		'After the Republicans won, they met.',
		'Trump won, and they met.',
		'They won more votes than expected.'
	])('finds no election won in %j', (text) => {
		expect(findDateExpressions(text, { ...at('2017-05'), referent }).map((match) => match.text)).toEqual([]);
	});

	it('gives no date when the text does not date the election, rather than the time the text is at', () => {
		const none: DateContext['referent'] = () => undefined;
		expect(findDateExpressions('It began as soon as Trump won.', { ...at('2017-05'), referent: none })).toEqual([]);
		expect(findDateExpressions('It began as soon as Trump won.', at('2017-05'))).toEqual([]);
		const scan = scanDateExpressions('It began as soon as Trump won.', at('2017-05'));
		expect(scan.after).toBeUndefined();
	});

	it('says which election it points at', () => {
		expect(findAnaphora('It began as soon as Donald Trump won.')).toEqual([
			{
				index: 9,
				end: 36,
				relation: 'after-short',
				reversed: false,
				event: {
					nouns: ['election', 'victory', 'win'],
					qualifiers: ['Donald', 'Trump'],
					pronoun: false,
					coming: false,
					needsDate: true
				}
			}
		]);
		expect(findAnaphora('Since Cameron won the referendum, nothing moved.')[0].event).toMatchObject({
			nouns: ['referendum'],
			qualifiers: ['Cameron']
		});
	});
});
