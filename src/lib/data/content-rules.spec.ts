import { describe, expect, it } from 'vitest';
import { check, editJson, event, lineOf, load } from './validate-fixture';

describe('validateTimelineData: dates', () => {
	it('reports an impossible day', () => {
		const files = load();
		editJson(files, 'events.json', (data) => {
			Object.assign(event(data, 'harbor-reopens').date, { start: '2017-02-30', end: '2017-02-30' });
		});
		const problems = check(files);
		expect(problems[0]).toMatchObject({ eventId: 'harbor-reopens', field: 'date.start' });
		expect(problems[0].message).toContain('is not a real day');
		expect(problems[0].line).toBe(lineOf(files['events.json'], '"start": "2017-02-30"'));
	});

	it('reports an end before the start', () => {
		const files = load();
		editJson(files, 'events.json', (data) => {
			Object.assign(event(data, 'work-begins').date, { start: '2015-08', end: '2015-06', precision: 'span' });
		});
		expect(check(files)).toEqual([
			expect.objectContaining({
				eventId: 'work-begins',
				field: 'date.end',
				message: 'end 2015-06 is before start 2015-08'
			})
		]);
	});

	it('reports a precision that does not fit the date', () => {
		const files = load();
		editJson(files, 'events.json', (data) => (event(data, 'plan-proposed').date.precision = 'day'));
		const [problem] = check(files);
		expect(problem).toMatchObject({ eventId: 'plan-proposed', field: 'date.precision' });
		expect(problem.message).toContain('precision "day" does not fit 2014-03..2014-03');
	});

	it('reports a period that ends before it starts', () => {
		const files = load();
		editJson(files, 'periods.json', (data) => Object.assign(data[0] as object, { start: '2016', end: '2015-12' }));
		expect(check(files)).toEqual([
			expect.objectContaining({
				file: 'timeline-data/periods.json',
				subject: 'period "planning"',
				field: 'end',
				message: 'end 2015-12 is before start 2016',
				line: lineOf(files['periods.json'], '"end": "2015-12"')
			})
		]);
	});
});

describe('validateTimelineData: ids and references', () => {
	it('reports a duplicate event id on the second event', () => {
		const files = load();
		editJson(files, 'events.json', (data) => (event(data, 'harbor-reopens').id = 'plan-proposed'));
		const problems = check(files);
		expect(problems).toContainEqual(
			expect.objectContaining({
				eventId: 'plan-proposed',
				field: 'id',
				line: lineOf(files['events.json'], '"id": "plan-proposed"', '"id": "plan-judged-sound"')
			})
		);
		expect(problems.find((p) => p.field === 'id')?.message).toMatch(
			/^duplicate event id "plan-proposed" \(first at line \d+\)$/
		);
	});

	it('reports duplicate source, tag and period ids', () => {
		const files = load();
		editJson(files, 'tags.json', (data) => data.push({ id: 'politics', label: 'Again' }));
		editJson(files, 'periods.json', (data) =>
			data.push({ id: 'planning', label: 'Again', start: '2016', end: '2016' })
		);
		editJson(files, 'sources.json', (data) => data.push({ ...(data[0] as object), file: 'beta.txt' }));
		const messages = check(files).map((p) => `${p.file} ${p.subject} ${p.field}: ${p.message}`);
		expect(messages).toContainEqual(
			expect.stringMatching(/^timeline-data\/tags.json tag "politics" id: duplicate tag id "politics"/)
		);
		expect(messages).toContainEqual(
			expect.stringMatching(/periods.json period "planning" id: duplicate period id "planning"/)
		);
		expect(messages).toContainEqual(
			expect.stringMatching(/sources.json source "alpha" id: duplicate source id "alpha"/)
		);
		expect(messages).toContainEqual(
			expect.stringMatching(/sources.json source "alpha" file: file "beta.txt" is also listed by source "beta"/)
		);
	});

	it('reports an excerpt naming an unknown source', () => {
		const files = load();
		editJson(files, 'events.json', (data) => {
			(event(data, 'harbor-reopens').excerpts as Record<string, unknown>[])[0].source = 'gamma';
		});
		const problems = check(files);
		expect(problems).toContainEqual(
			expect.objectContaining({
				eventId: 'harbor-reopens',
				field: 'excerpts[0].source',
				message: 'unknown source "gamma" (known: alpha, beta)'
			})
		);
	});

	it('reports an unknown tag', () => {
		const files = load();
		editJson(files, 'events.json', (data) => ((event(data, 'work-begins').tags as string[])[1] = 'money'));
		expect(check(files)).toEqual([
			expect.objectContaining({
				eventId: 'work-begins',
				field: 'tags[1]',
				message: 'unknown tag "money" (known: politics, construction)'
			})
		]);
	});

	it('reports a listed source whose text file is missing', () => {
		const files = load();
		delete files['sources/beta.txt'];
		expect(check(files)).toEqual([
			expect.objectContaining({
				file: 'timeline-data/sources.json',
				subject: 'source "beta"',
				field: 'file',
				message: 'source file "sources/beta.txt" is missing',
				line: lineOf(files['sources.json'], '"file": "beta.txt"')
			})
		]);
	});

	it('reports a source text that sources.json does not list', () => {
		const files = load();
		files['sources/gamma.txt'] = 'Unlisted.';
		expect(check(files)).toEqual([
			{ file: 'timeline-data/sources/gamma.txt', message: 'source text is not listed in timeline-data/sources.json' }
		]);
	});

	it('reports a source no event cites', () => {
		const files = load();
		editJson(files, 'events.json', (data) => (data.events = data.events!.filter((e) => e.id !== 'harbor-reopens')));
		expect(check(files)).toEqual([
			expect.objectContaining({
				subject: 'source "beta"',
				field: 'id',
				message: 'source "beta" is never cited by any event'
			})
		]);
	});
});

describe('validateTimelineData: quotes', () => {
	it('reports a quote that is not verbatim, with the closest passage', () => {
		const files = load();
		editJson(files, 'events.json', (data) => {
			(event(data, 'work-begins').excerpts as Record<string, unknown>[])[0].quote = 'Work begun in the summer, 2015.';
		});
		const problems = check(files);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'timeline-data/events.json',
			eventId: 'work-begins',
			field: 'excerpts[0].quote',
			line: lineOf(files['events.json'], '"quote": "Work begun')
		});
		expect(problems[0].message).toBe(
			'not found verbatim in source "alpha"; closest passage (timeline-data/sources/alpha.txt:7): "Work began in the summer of 2015."'
		);
	});

	it('says when a quote differs only in quote marks or spacing', () => {
		const files = load();
		editJson(files, 'events.json', (data) => {
			(event(data, 'tidewell-bids').excerpts as Record<string, unknown>[])[0].quote =
				'The next day,  the U.K. firm Tidewell Ltd. bid for the contract.';
		});
		expect(check(files)[0].message).toContain('differs only in quote marks, dashes or spacing');
	});

	it('asks for an occurrence when a quote appears more than once', () => {
		const files = load();
		editJson(files, 'events.json', (data) => {
			delete (event(data, 'plan-judged-sound').excerpts as Record<string, unknown>[])[0].occurrence;
		});
		expect(check(files)).toEqual([
			expect.objectContaining({
				eventId: 'plan-judged-sound',
				field: 'excerpts[0].quote',
				message: 'appears 2 times in source "alpha"; add "occurrence" (1-2) to say which'
			})
		]);
	});

	it('reports an occurrence beyond the number of occurrences', () => {
		const files = load();
		editJson(files, 'events.json', (data) => {
			(event(data, 'plan-judged-sound').excerpts as Record<string, unknown>[])[0].occurrence = 3;
		});
		expect(check(files)).toEqual([
			expect.objectContaining({
				eventId: 'plan-judged-sound',
				field: 'excerpts[0].occurrence',
				message: 'is 3 but the quote appears only 2 times in source "alpha"'
			})
		]);
	});

	it('reports a not-events sentence that is not verbatim, and one naming an unknown source', () => {
		const files = load();
		editJson(files, 'not-events.json', (data) => {
			(data[0] as Record<string, string>).sentence = 'Critics said the costs had trebled by late 2016.';
			(data[1] as Record<string, string>).source = 'gamma';
		});
		const problems = check(files);
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'timeline-data/not-events.json',
				subject: 'not-event [0]',
				field: 'sentence',
				message: expect.stringContaining(
					'closest passage (timeline-data/sources/alpha.txt:9): "Critics said the costs had tripled by late 2016."'
				)
			}),
			expect.objectContaining({
				subject: 'not-event [1]',
				field: 'source',
				message: 'unknown source "gamma" (known: alpha, beta)'
			})
		]);
	});
});
