import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from './problems';
import { validateTimelineData, validateTimelineDocument } from './validate';

const FIXTURE = join(import.meta.dirname, '../../../tests/fixtures/data/valid');

/** A fresh copy of the valid fixture, as the scripts would read it. */
function load(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(FIXTURE)) {
		if (name.endsWith('.json')) files[name] = readFileSync(join(FIXTURE, name), 'utf8');
	}
	for (const name of readdirSync(join(FIXTURE, 'sources'))) {
		files[`sources/${name}`] = readFileSync(join(FIXTURE, 'sources', name), 'utf8');
	}
	return files;
}

type Json = Record<string, unknown> & { events?: Record<string, unknown>[] };

/** Rewrites one JSON file of the fixture through `edit`. */
function editJson(files: Record<string, string>, name: string, edit: (data: Json & unknown[]) => void) {
	const data = JSON.parse(files[name]);
	edit(data);
	files[name] = JSON.stringify(data, null, '\t');
}

function event(data: Json, id: string): Record<string, unknown> & { date: Record<string, unknown> } {
	const found = data.events!.find((e) => e.id === id);
	if (!found) throw new Error(`no fixture event ${id}`);
	return found as Record<string, unknown> & { date: Record<string, unknown> };
}

function check(files: Record<string, string>): Problem[] {
	const { problems, document } = validateTimelineData(files);
	expect(document).toBeNull();
	return problems;
}

/** 1-based line of the first occurrence of `needle` after `after` in `text`. */
function lineOf(text: string, needle: string, after = ''): number {
	const from = after ? text.indexOf(after) : 0;
	const at = text.indexOf(needle, from);
	expect(at).toBeGreaterThanOrEqual(0);
	return text.slice(0, at).split('\n').length;
}

describe('validateTimelineData on valid data', () => {
	it('builds the document with sources, tags, periods and events sorted by start then id', () => {
		const { document, problems } = validateTimelineData(load());
		expect(problems).toEqual([]);
		expect(document?.title).toBe('Sourceline');
		expect(document?.events.map((e) => e.id)).toEqual([
			'plan-proposed',
			'tidewell-bids',
			'plan-judged-sound',
			'work-begins',
			'harbor-reopens'
		]);
		expect(document?.sources.find((s) => s.id === 'beta')?.text).toContain('On 4 July 2017');
		expect(document?.tags.map((t) => t.id)).toEqual(['politics', 'construction']);
		expect(document?.periods).toHaveLength(1);
	});
});

describe('validateTimelineData: malformed files', () => {
	it('reports malformed JSON with line and column', () => {
		const files = load();
		files['events.json'] = '{\n\t"events": [\n\t\t{ "id": "a", },\n\t]\n}';
		const [problem, ...rest] = check(files);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'timeline-data/events.json', line: 3, column: 16 });
		expect(problem.message).toMatch(/^malformed JSON: /);
	});

	it('locates a JSON error V8 gives no position for, at the value that is wrong', () => {
		const files = load();
		files['tags.json'] = '[\n  { "id": "a", "label": tru }\n]';
		const problems = check(files);
		const problem = problems.find((p) => p.file === 'timeline-data/tags.json');
		expect(problem).toMatchObject({ line: 2, column: 25, message: "malformed JSON: expected a value, found 't'" });
		expect(problem?.message).not.toContain('is not valid JSON');
		// A file that cannot be read must not make every tag reference look broken.
		expect(problems.filter((p) => p.message.includes('unknown tag'))).toEqual([]);
	});

	it('reports an unexpected end of input at the end of the file', () => {
		const files = load();
		files['periods.json'] = '[\n{"id": "x"';
		expect(check(files)).toEqual([
			expect.objectContaining({ file: 'timeline-data/periods.json', line: 2, column: 11 })
		]);
	});

	it('reports a missing required file', () => {
		const files = load();
		delete files['tags.json'];
		expect(check(files)).toContainEqual({ file: 'timeline-data/tags.json', message: 'file is missing' });
	});
});

describe('validateTimelineData: schema', () => {
	it('names an unknown field with its event and line', () => {
		const files = load();
		editJson(files, 'events.json', (data) => (event(data, 'work-begins').colour = 'red'));
		const problems = check(files);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'timeline-data/events.json',
			eventId: 'work-begins',
			field: 'colour',
			message: 'unknown field "colour"',
			line: lineOf(files['events.json'], '"colour"')
		});
	});

	it('names a wrong type in a nested field', () => {
		const files = load();
		editJson(files, 'events.json', (data) => (event(data, 'plan-proposed').date.approximate = 'yes'));
		const [problem] = check(files);
		expect(problem).toMatchObject({ eventId: 'plan-proposed', field: 'date.approximate' });
		expect(problem.message).toBe('must be boolean, not "yes"');
		expect(problem.line).toBe(lineOf(files['events.json'], '"approximate": "yes"'));
	});

	it('rejects a title over 90 characters', () => {
		const files = load();
		editJson(files, 'events.json', (data) => (event(data, 'harbor-reopens').title = 'x'.repeat(91)));
		expect(check(files)).toEqual([
			expect.objectContaining({ eventId: 'harbor-reopens', field: 'title', message: 'must be at most 90 characters' })
		]);
	});

	it('reports a missing required field and a blank one', () => {
		const files = load();
		editJson(files, 'events.json', (data) => {
			delete event(data, 'work-begins').summary;
			event(data, 'plan-proposed').title = '   ';
		});
		const problems = check(files);
		expect(problems).toContainEqual(
			expect.objectContaining({ eventId: 'work-begins', field: 'summary', message: 'is required' })
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ eventId: 'plan-proposed', field: 'title', message: 'must not be empty' })
		);
	});

	it('names sources, tags and periods that break their schema', () => {
		const files = load();
		editJson(files, 'sources.json', (data) => ((data[1] as Record<string, unknown>).url = 'not a url'));
		editJson(files, 'periods.json', (data) => ((data[0] as Record<string, unknown>).start = '2014/01'));
		const problems = check(files);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'timeline-data/sources.json', subject: 'source "beta"', field: 'url' })
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: 'timeline-data/periods.json',
				subject: 'period "planning"',
				field: 'start',
				message: 'must be YYYY, YYYY-MM or YYYY-MM-DD'
			})
		);
	});
});

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

describe('formatProblem', () => {
	it('prints file, line, column, event, field and message on one line', () => {
		const files = load();
		editJson(files, 'events.json', (data) => ((event(data, 'work-begins').tags as string[])[0] = 'money'));
		const [problem] = check(files);
		const line = lineOf(files['events.json'], '"money"');
		expect(formatProblem(problem)).toMatch(
			new RegExp(`^timeline-data/events\\.json:${line}:\\d+ event "work-begins" › tags\\[0\\]: unknown tag "money"`)
		);
	});
});

describe('validateTimelineDocument', () => {
	const document = () => structuredClone(validateTimelineData(load()).document!);

	it('accepts a built document and sorts its events', () => {
		const input = document();
		input.events.reverse();
		const result = validateTimelineDocument(input, 'https://example.org/t.json');
		expect(result.problems).toEqual([]);
		expect(result.document?.events.map((e) => e.id)).toEqual(document().events.map((e) => e.id));
	});

	it('runs the same checks and names the label, event and field', () => {
		const input = document();
		input.events[0].excerpts[0].quote = 'Not in the text at all.';
		input.events[1].tags.push('nope');
		const text = JSON.stringify(input, null, 2);
		const { problems, document: built } = validateTimelineDocument(text, 'https://example.org/t.json');
		expect(built).toBeNull();
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'https://example.org/t.json',
				eventId: 'plan-proposed',
				field: 'excerpts[0].quote',
				line: lineOf(text, '"quote": "Not in the text')
			}),
			expect.objectContaining({
				eventId: 'tidewell-bids',
				field: 'tags[1]',
				message: expect.stringContaining('unknown tag "nope"')
			})
		]);
	});

	it('reports schema errors and malformed JSON', () => {
		const input = document() as unknown as Record<string, unknown>;
		input.extra = true;
		expect(validateTimelineDocument(input, 'doc').problems).toEqual([
			{ file: 'doc', field: 'extra', message: 'unknown field "extra"' }
		]);
		expect(validateTimelineDocument('{\n  "title": }', 'doc').problems).toEqual([
			expect.objectContaining({ file: 'doc', line: 2, column: 12 })
		]);
	});

	it('refuses a document nested far too deep, parsed or not, without overflowing the stack', () => {
		const deep = JSON.stringify({ ...document(), title: 'DEEP' }).replace(
			'"DEEP"',
			'['.repeat(50_000) + ']'.repeat(50_000)
		);
		const refusal = [{ file: 'doc', message: expect.stringContaining('nested more than 100 levels deep') }];
		expect(validateTimelineDocument(deep, 'doc').problems).toEqual(refusal);
		expect(validateTimelineDocument(JSON.parse(deep), 'doc').problems).toEqual(refusal);
		// Malformed as well as deep: located at the end, where the parser gave up.
		expect(validateTimelineDocument('['.repeat(50_000), 'doc').problems).toEqual([
			expect.objectContaining({
				line: 1,
				column: 50_001,
				message: 'malformed JSON: the file ends where a value should be'
			})
		]);
	});
});
