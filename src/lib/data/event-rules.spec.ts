import { describe, expect, it } from 'vitest';
import { aliasTargets, eventRuleProblems } from './event-rules';
import type { TimelineEvent } from '../model/timeline';

function event(id: string, start: string, end = start, extra: Partial<TimelineEvent> = {}) {
	return {
		id,
		date: { start, end, precision: 'month' as const, approximate: false, text: start },
		excerpts: [{ source: 's', quote: 'q' }],
		...extra
	};
}

const messages = (events: ReturnType<typeof event>[]) => eventRuleProblems(events).map((p) => p.message);

describe('eventRuleProblems', () => {
	it('accepts an event that follows one that exists and begins no later', () => {
		expect(messages([event('a', '2016-11'), event('b', '2016-11', '2016-12', { follows: ['a'] })])).toEqual([]);
	});

	it('names an unknown event and an event that follows itself', () => {
		const problems = eventRuleProblems([event('a', '2016', '2016', { follows: ['nope', 'a'] })]);
		expect(problems).toEqual([
			{ event: 0, field: ['follows', 0], message: 'unknown event "nope"' },
			{ event: 0, field: ['follows', 1], message: 'an event cannot follow itself' }
		]);
	});

	it('refuses a follows the dates do not allow', () => {
		const [problem] = eventRuleProblems([event('a', '2017-03'), event('b', '2016-01', '2016-02', { follows: ['a'] })]);
		expect(problem.field).toEqual(['follows', 0]);
		expect(problem.message).toMatch(/ends before that event's \(2017-03\) begins/);
	});

	it('names a cycle once, with its whole loop', () => {
		const events = [
			event('a', '2016', '2016', { follows: ['c'] }),
			event('b', '2016', '2016', { follows: ['a'] }),
			event('c', '2016', '2016', { follows: ['b'] })
		];
		expect(messages(events)).toEqual(['"follows" forms a cycle: a → c → b → a']);
	});

	it('refuses an alias that is an event id or already given', () => {
		const events = [
			event('a', '2016', '2016', { aliases: ['b', 'old'] }),
			event('b', '2016', '2016', { aliases: ['old'] })
		];
		expect(messages(events)).toEqual([
			'"b" is the id of an event, so it cannot be an alias',
			'alias "old" is already given by event "a"'
		]);
	});

	it('needs an excerpt besides those that only date the event', () => {
		const onlyDates = event('a', '2016', '2016', { excerpts: [{ source: 's', quote: 'q', role: 'dates' }] });
		expect(messages([onlyDates])).toEqual([
			'needs at least one excerpt that states the event, not only sentences that date it'
		]);
	});

	it('refuses a correction dated on a day that does not exist', () => {
		const corrected = event('a', '2016', '2016', { corrections: [{ date: '2026-02-30', note: 'n' }] });
		expect(eventRuleProblems([corrected])[0].field).toEqual(['corrections', 0, 'date']);
	});

	it('maps each alias to its event', () => {
		expect(aliasTargets([{ id: 'new', aliases: ['old', 'older'] }])).toEqual(
			new Map([
				['old', 'new'],
				['older', 'new']
			])
		);
	});
});
