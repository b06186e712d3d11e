import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { validateTimelineData, validateTimelineDocument } from './validate';
import { check, editJson, event, lineOf, load } from './validate-fixture';

describe('validateTimelineData on valid data', () => {
	it('builds the document with sources, tags, periods and events sorted by start then id', () => {
		const { document: timelineDocument, problems } = validateTimelineData(load());
		expect(problems).toEqual([]);
		expect(timelineDocument?.title).toBe('Sourceline');
		expect(timelineDocument?.events.map((e) => e.id)).toEqual([
			'plan-proposed',
			'tidewell-bids',
			'plan-judged-sound',
			'work-begins',
			'harbor-reopens'
		]);
		expect(timelineDocument?.sources.find((s) => s.id === 'beta')?.text).toContain('On 4 July 2017');
		expect(timelineDocument?.tags.map((t) => t.id)).toEqual(['politics', 'construction']);
		expect(timelineDocument?.periods).toHaveLength(1);
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
	const timelineDocument = () => structuredClone(validateTimelineData(load()).document!);

	it('accepts a built document and sorts its events', () => {
		const input = timelineDocument();
		input.events.reverse();
		const result = validateTimelineDocument(input, 'https://example.org/t.json');
		expect(result.problems).toEqual([]);
		expect(result.document?.events.map((e) => e.id)).toEqual(timelineDocument().events.map((e) => e.id));
	});

	it('runs the same checks and names the label, event and field', () => {
		const input = timelineDocument();
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
		const input = timelineDocument() as unknown as Record<string, unknown>;
		input.extra = true;
		expect(validateTimelineDocument(input, 'doc').problems).toEqual([
			{ file: 'doc', field: 'extra', message: 'unknown field "extra"' }
		]);
		expect(validateTimelineDocument('{\n  "title": }', 'doc').problems).toEqual([
			expect.objectContaining({ file: 'doc', line: 2, column: 12 })
		]);
	});

	it('refuses a document nested far too deep, parsed or not, without overflowing the stack', () => {
		const deep = JSON.stringify({ ...timelineDocument(), title: 'DEEP' }).replace(
			'"DEEP"',
			'['.repeat(50_000) + ']'.repeat(50_000)
		);
		const refusal = [{ file: 'doc', message: expect.stringContaining('nested more than 100 levels deep') }];
		expect(validateTimelineDocument(deep, 'doc').problems).toEqual(refusal);
		expect(validateTimelineDocument(JSON.parse(deep), 'doc').problems).toEqual(refusal);
		// Under a field the schema does not know, where it never looks.
		const unknown = JSON.stringify({ ...timelineDocument(), notes: 'DEEP' }).replace(
			'"DEEP"',
			'['.repeat(50_000) + ']'.repeat(50_000)
		);
		expect(validateTimelineDocument(unknown, 'doc').problems).toEqual(refusal);
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
