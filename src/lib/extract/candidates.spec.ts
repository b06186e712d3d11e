import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateProblems } from '../dates/event-dates';
import { extractCandidates, type ExtractProgress } from './candidates';
import { TITLE_MAX } from './title';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/extract');
const seed = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const LESOTHO = seed('002_d13cca2f1e3a9cca.txt');
const MET = seed('000_777d2c4c8190d5c3.txt');
const CONTACT = seed('001_2db94d741eb30a76.txt');

describe('extractCandidates on the seed articles', () => {
	const all = [
		{ id: 'lesotho', text: LESOTHO },
		{ id: 'met', text: MET },
		{ id: 'contact', text: CONTACT }
	].map(({ id, text }) => ({ id, text, candidates: extractCandidates(text, { sourceId: id }) }));
	const byId = Object.fromEntries(all.map((source) => [source.id, source.candidates]));

	it.each([
		['lesotho', '11th of June 2014', '2014-06-11', '2014-06-11', 'day'],
		['lesotho', '25th of January 2015', '2015-01-25', '2015-01-25', 'day'],
		['lesotho', 'From May the 4th until September the 23rd 2016', '2016-05-04', '2016-09-23', 'span'],
		['lesotho', 'December the 31st 2008', '2008-12-31', '2008-12-31', 'day'],
		['lesotho', 'the first two quarters of 2016', '2016-01', '2016-06', 'quarter'],
		['lesotho', 'the mid-2000s', '2003', '2007', 'span'],
		['lesotho', 'from 2005 to 2008', '2005', '2008', 'span'],
		['lesotho', 'the next day', '2016-08-24', '2016-08-24', 'day'],
		['lesotho', 'four days after', '2016-09-23', '2016-09-23', 'day'],
		['met', 'August 2016', '2016-08', '2016-08', 'month'],
		['met', 'June', '2016-06', '2016-06', 'month'],
		['met', 'late 2015 and continuing into 2016', '2015-09', '2016', 'span'],
		['contact', 'late 2015 and early 2016', '2015-09', '2016-04', 'span'],
		// "A few days after the Trump Tower meeting": the visit is only dated "following his victory in the election",
		// read as the 12 months after the October 2016 debate that the paragraph before names.
		['contact', 'A few days after', '2016-10', '2017-11', 'span']
	])('%s: finds "%s"', (source, dateText, start, end, precision) => {
		const candidate = byId[source].find((item) => item.dateText === dateText);
		expect(candidate, dateText).toBeDefined();
		expect(candidate!.date).toMatchObject({ start, end, precision });
		expect(candidate!.sentence).toContain(dateText);
	});

	it('gives every candidate a verbatim sentence, a sound date and a draft title', () => {
		for (const { text, candidates } of all) {
			expect(candidates.length).toBeGreaterThan(4);
			for (const candidate of candidates) {
				expect(text.slice(candidate.index, candidate.end)).toBe(candidate.sentence);
				expect(text.slice(candidate.dateIndex, candidate.dateIndex + candidate.dateText.length)).toBe(
					candidate.dateText
				);
				expect(dateProblems(candidate.date)).toEqual([]);
				expect(candidate.draft).toBe(true);
				expect(candidate.draftTitle.length).toBeLessThanOrEqual(TITLE_MAX);
				expect(candidate.draftTitle.length).toBeGreaterThan(0);
			}
		}
	});

	it('makes one candidate per distinct date of a sentence', () => {
		const russell = byId.lesotho.filter((candidate) => candidate.sentence.startsWith('He also held the role'));
		expect(russell.map((candidate) => candidate.dateText)).toEqual([
			'from 2008 to 2009',
			'from 2005 to 2008',
			'from 2000 to 2003'
		]);
		expect(russell[0].people).toContain('William Burns');
	});

	it('drops an implied date that repeats a stated one in the same sentence', () => {
		const sentence = byId.lesotho.filter((candidate) => candidate.sentence.startsWith('The same day the speech'));
		expect(sentence.map((candidate) => candidate.dateText)).toEqual(['The same day', 'March 2017']);
	});

	it('names people in the sentence', () => {
		const pictured = byId.lesotho.find((candidate) => candidate.dateText === '12th of January 2017')!;
		expect(pictured.people).toEqual(['Arron Banks', 'Andrew Wigmore']);
	});
});

describe('extractCandidates with existing events', () => {
	const text = 'Intro without a date. In August 2016, Banks attended a rally. In 2013, the firm was paid.';
	const events = [
		{
			id: 'rally',
			date: {
				start: '2016-08',
				end: '2016-08',
				precision: 'month' as const,
				approximate: false,
				text: 'In August 2016'
			},
			excerpts: [{ source: 'src', quote: 'In August 2016, Banks attended a rally.' }],
			people: ['Arron Banks']
		},
		{
			id: 'elsewhere',
			date: { start: '2013', end: '2013', precision: 'year' as const, approximate: false, text: '2013' },
			excerpts: [{ source: 'other', quote: 'In 2013, the firm was paid.' }],
			people: []
		}
	];

	it('marks candidates an event already covers, by passage and date, in the same source', () => {
		const candidates = extractCandidates(text, { sourceId: 'src', existingEvents: events });
		expect(candidates.map((candidate) => [candidate.dateText, candidate.matches])).toEqual([
			['August 2016', 'rally'],
			['2013', undefined]
		]);
		// known people are found by surname
		expect(candidates[0].people).toEqual(['Arron Banks']);
	});

	it('carries the last date across sentences for relative and year-less expressions', () => {
		const candidates = extractCandidates('In August 2016 they arrived. The next day they left. In June, more came.', {
			sourceId: 'src'
		});
		expect(
			candidates.map((candidate) => [candidate.dateText, candidate.date.start, candidate.date.approximate])
		).toEqual([
			['August 2016', '2016-08', false],
			['The next day', '2016-08', true],
			['June', '2016-06', true]
		]);
	});

	it('uses the reference year before any dated sentence', () => {
		const [candidate] = extractCandidates('Back in May, it began.', { sourceId: 'src', referenceYear: 2017 });
		expect(candidate.date).toMatchObject({ start: '2017-05', approximate: true });
	});
});

/** About 1 MB of article-like prose: a fifth of the sentences dated, in the forms the extractor reads. */
function syntheticText(size: number): string {
	const names = ['Arron Banks', 'Andy Wigmore', 'Nigel Farage', 'Phil Bryant', 'Haley Barbour', 'Petr Aven'];
	const months = ['January', 'March', 'May', 'August', 'October', 'December'];
	const dated = [
		(i: number) => `In ${months[i % 6]} ${2000 + (i % 18)}, ${names[i % 6]} met ${names[(i + 1) % 6]} in London.`,
		(i: number) => `On the ${(i % 27) + 1}th of ${months[i % 6]} ${2001 + (i % 17)}, the U.S. firm paid $3 billion.`,
		(i: number) => `From ${2000 + (i % 10)} to ${2011 + (i % 5)}, Gov. ${names[i % 6]} ran the state.`,
		(i: number) => `The next day, Mr. ${names[(i + 2) % 6]} flew a Boeing 747 to Moscow.`,
		(i: number) => `In late ${2004 + (i % 12)} and early ${2005 + (i % 12)}, about 2000 people joined.`
	];
	const plain = [
		'The deal was referred to as the “gold play” in multiple emails reviewed by reporters.',
		'There is no evidence the campaign knew about the contacts, according to L. Jean Camp.',
		'Alfa-Bank has over eight-hundred branches in Russia and abroad, including the Netherlands.',
		'Social media posts show the men traveled widely, and the council may never say why.'
	];
	const parts: string[] = [];
	let length = 0;
	for (let i = 0; length < size; i++) {
		const sentence = i % 5 === 0 ? dated[(i / 5) % dated.length](i) : plain[i % plain.length];
		parts.push(i % 12 === 11 ? `${sentence}\n\n` : `${sentence} `);
		length += sentence.length + 1;
	}
	return parts.join('');
}

describe('extractCandidates on a large text', () => {
	it('extracts from 1 MB and reports progress as it goes (its speed is in npm run bench)', () => {
		const text = syntheticText(1_000_000);
		expect(text.length).toBeGreaterThanOrEqual(1_000_000);
		const progress: ExtractProgress[] = [];
		const candidates = extractCandidates(text, { sourceId: 'big', onProgress: (report) => progress.push(report) });
		expect(candidates.length).toBeGreaterThan(2_000);
		expect(progress.length).toBeGreaterThanOrEqual(100);
		expect(progress.at(-1)).toMatchObject({ fraction: 1 });
		expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
		for (let i = 1; i < progress.length; i++) expect(progress[i].done).toBeGreaterThan(progress[i - 1].done);
		// nothing from money, quantities or model numbers
		expect(candidates.some((candidate) => /747|2000 people|\$3/.test(candidate.dateText))).toBe(false);
	}, 60_000);
});

describe('extractCandidates follows the time across sentences and paragraphs', () => {
	const dated = (text: string) =>
		extractCandidates(text, { sourceId: 'test' }).map((candidate) => ({
			date: `${candidate.dateText}: ${candidate.date.start}..${candidate.date.end}${candidate.date.approximate ? ' ~' : ''}`,
			anchor: candidate.anchor && `${candidate.anchor.text}@${candidate.anchor.index}`
		}));

	it('leans across a paragraph on the date that paragraph opened with, not its last aside', () => {
		const text = [
			'In April 2008, a delegation visited Jackson. Its leader had served in Moscow from 2005 to 2008.',
			'At the time the delegation visited, a plant was in its first phase. Exports grew between 2004 and 2007.',
			'Margelov criticised that year’s presidential campaign.'
		].join('\n\n');
		expect(dated(text)).toEqual([
			{ date: 'April 2008: 2008-04..2008-04', anchor: undefined },
			{ date: 'from 2005 to 2008: 2005..2008', anchor: undefined },
			{ date: 'At the time: 2008-04..2008-04 ~', anchor: `April 2008@${text.indexOf('April 2008')}` },
			{ date: 'between 2004 and 2007: 2004..2007', anchor: undefined },
			{ date: 'that year: 2008..2008 ~', anchor: `At the time@${text.indexOf('At the time')}` }
		]);
	});

	it('leans on the latest date within a paragraph', () => {
		const text = 'In 2014, the bank grew. In October 2015, it sold a unit. Shortly afterwards, its chief resigned.';
		expect(dated(text).at(-1)).toEqual({
			date: 'Shortly afterwards: 2015-10..2016-01 ~',
			anchor: `October 2015@${text.indexOf('October 2015')}`
		});
	});

	it('dates no phrase after the writer turns to their own time', () => {
		const text =
			'In 2012, Bannon invited him. Sessions was, at the time I was doing this snooping, in a row. Shortly afterwards, officials were photographed.';
		expect(dated(text).map((candidate) => candidate.date)).toEqual(['2012: 2012..2012']);
	});

	it('dates "by the election" from the election the text dates, chosen by the name it gives', () => {
		const text = [
			'In Lesotho, early general elections were held in June 2017.',
			'The FBI visited before the November 2016 election.',
			'Wigmore had, by the election, confirmed they backed a party in the Lesotho elections.'
		].join('\n\n');
		expect(dated(text).at(-1)).toEqual({
			date: 'by the election: 2016-06..2017-06 ~',
			anchor: `June 2017@${text.indexOf('June 2017')}`
		});
	});

	it('adds no candidate for a sentence with no time phrase', () => {
		const text = 'In 2016, they campaigned.\n\nThe delegation also enjoyed private discussions.';
		expect(dated(text)).toHaveLength(1);
	});
});
