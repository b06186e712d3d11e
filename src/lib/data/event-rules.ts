/**
 * The checks on what events say about each other and about themselves beyond the schema: `follows` names
 * events that exist, forms no cycle, and the dates allow it; `aliases` are no event's id and belong to one event
 * each; corrections are dated with real days; and every event keeps at least one excerpt of its own besides the
 * sentences that only date it. Pure, so validate.ts places each problem in its file.
 */
import { eventWindow, parseDateString } from '../dates/event-dates';
import type { TimelineEvent } from '../model/timeline';

export interface EventRuleProblem {
	/** Index of the event in the list checked. */
	event: number;
	/** Path within the event, e.g. `['follows', 0]`. */
	field: (string | number)[];
	message: string;
}

type CheckedEvent = Pick<TimelineEvent, 'id' | 'date' | 'excerpts' | 'follows' | 'aliases' | 'corrections'>;

function windowOf(event: CheckedEvent): { start: number; end: number } | null {
	try {
		return eventWindow(event.date);
	} catch {
		// An impossible date has its own problem; nothing to compare it with.
		return null;
	}
}

export function eventRuleProblems(events: readonly CheckedEvent[]): EventRuleProblem[] {
	const problems: EventRuleProblem[] = [];
	const byId = new Map<string, number>();
	events.forEach((event, i) => byId.has(event.id) || byId.set(event.id, i));

	events.forEach((event, i) => {
		if (event.excerpts.length && event.excerpts.every((excerpt) => excerpt.role === 'dates')) {
			problems.push({
				event: i,
				field: ['excerpts'],
				message: 'needs at least one excerpt that states the event, not only sentences that date it'
			});
		}
		event.follows?.forEach((id, k) => {
			const field = ['follows', k];
			const before = byId.get(id);
			if (id === event.id) problems.push({ event: i, field, message: 'an event cannot follow itself' });
			else if (before === undefined) problems.push({ event: i, field, message: `unknown event "${id}"` });
			else if (event.follows!.indexOf(id) < k) {
				problems.push({ event: i, field, message: `"${id}" is listed twice` });
			} else {
				const own = windowOf(event);
				const earlier = windowOf(events[before]);
				if (own && earlier && own.end <= earlier.start) {
					const message = `follows "${id}", but its date (${event.date.start} to ${event.date.end}) ends before that event's (${events[before].date.start}) begins`;
					problems.push({ event: i, field, message });
				}
			}
		});
		event.corrections?.forEach((correction, k) => {
			const day = parseDateString(correction.date);
			if ('error' in day) problems.push({ event: i, field: ['corrections', k, 'date'], message: day.error });
		});
	});

	problems.push(...cycleProblems(events, byId));
	problems.push(...aliasProblems(events, byId));
	return problems;
}

/** One problem per cycle of `follows`, at the event where the walk closes it, naming the whole loop. */
function cycleProblems(events: readonly CheckedEvent[], byId: Map<string, number>): EventRuleProblem[] {
	const problems: EventRuleProblem[] = [];
	const state = new Uint8Array(events.length); // 0 unseen, 1 on the current path, 2 done
	const path: number[] = [];
	const visit = (i: number): void => {
		state[i] = 1;
		path.push(i);
		for (const id of events[i].follows ?? []) {
			const j = byId.get(id);
			if (j === undefined || j === i) continue;
			if (state[j] === 1) {
				const loop = [...path.slice(path.indexOf(j)), j].map((k) => events[k].id);
				const field = ['follows', events[i].follows!.indexOf(id)];
				problems.push({ event: i, field, message: `"follows" forms a cycle: ${loop.join(' → ')}` });
			} else if (state[j] === 0) visit(j);
		}
		path.pop();
		state[i] = 2;
	};
	events.forEach((_, i) => state[i] === 0 && events[i].follows?.length && visit(i));
	return problems;
}

function aliasProblems(events: readonly CheckedEvent[], byId: Map<string, number>): EventRuleProblem[] {
	const problems: EventRuleProblem[] = [];
	const claimed = new Map<string, string>();
	events.forEach((event, i) => {
		event.aliases?.forEach((alias, k) => {
			const field = ['aliases', k];
			const other = claimed.get(alias);
			if (byId.has(alias)) {
				problems.push({ event: i, field, message: `"${alias}" is the id of an event, so it cannot be an alias` });
			} else if (other !== undefined) {
				const whose = other === event.id ? 'this event' : `event "${other}"`;
				problems.push({ event: i, field, message: `alias "${alias}" is already given by ${whose}` });
			} else claimed.set(alias, event.id);
		});
	});
	return problems;
}

/** Old id → the event it now leads to. */
export function aliasTargets(events: readonly Pick<TimelineEvent, 'id' | 'aliases'>[]): Map<string, string> {
	const targets = new Map<string, string>();
	for (const event of events) for (const alias of event.aliases ?? []) targets.set(alias, event.id);
	return targets;
}
