import { describe, expect, it } from 'vitest';
import type { Source } from '../model/timeline';
import { newPersonalTimeline, sameText, type PersonalTimeline } from './personal-timeline';
import { checkPersonalTimeline } from './timeline-store';
import {
	acceptPatch,
	applyPatch,
	draftFor,
	editPatch,
	eventsCiting,
	excerptAt,
	mergePatch,
	rejectPatch,
	type Passage
} from './review';

const TEXT = 'Acme opened a plant in March 2010. It closed. It closed. The plant reopened in 2014.';
const article: Source = {
	id: 'acme',
	file: 'acme.txt',
	title: 'Acme plants',
	outlet: 'The Gazette',
	author: null,
	published: null,
	url: null,
	cites: [],
	text: TEXT
};

function passage(sentence: string, dateText: string, start: string, from = 0): Passage {
	const index = TEXT.indexOf(sentence, from);
	return {
		source: 'acme',
		sentence,
		index,
		end: index + sentence.length,
		dateText,
		date: { start, end: start, precision: start.length === 4 ? 'year' : 'month', approximate: false, text: dateText },
		people: [],
		draftTitle: sentence.slice(0, 20)
	};
}

function timeline(): PersonalTimeline {
	const t = newPersonalTimeline('Plants');
	t.articles.push(article);
	return t;
}

describe('review patches', () => {
	it('accepting makes a sound event whose excerpt is the passage verbatim, and undo removes it', () => {
		const t = timeline();
		const opened = passage('Acme opened a plant in March 2010.', 'March 2010', '2010-03');
		const undo = applyPatch(t, acceptPatch(t, article, opened, draftFor(opened, article, t)));
		expect(t.events).toHaveLength(1);
		expect(t.events[0].excerpts).toEqual([{ source: 'acme', quote: 'Acme opened a plant in March 2010.' }]);
		expect(t.events[0].attribution).toEqual({ by: 'The Gazette', status: 'claim' });
		expect(checkPersonalTimeline(t).ok).toBe(true);
		applyPatch(t, undo);
		expect(t.events).toEqual([]);
	});

	it('an edit can move the event to a new theme; undo restores the event and drops the theme', () => {
		const t = timeline();
		const opened = passage('Acme opened a plant in March 2010.', 'March 2010', '2010-03');
		applyPatch(t, acceptPatch(t, article, opened, draftFor(opened, article, t)));
		const draft = {
			...draftFor(opened, article, t),
			theme: 'Factories',
			date: { ...opened.date!, start: '2010-03-05', end: '2010-03-05', precision: 'day' as const }
		};
		const undo = applyPatch(t, editPatch(t, t.events[0], draft));
		expect(t.events[0].tags).toEqual(['factories', 'events']);
		expect(t.events[0].date.start).toBe('2010-03-05');
		expect(t.tags.map((tag) => tag.label)).toEqual(['Events', 'Factories']);
		applyPatch(t, undo);
		expect(t.events[0].tags).toEqual(['events']);
		expect(t.tags.map((tag) => tag.label)).toEqual(['Events']);
	});

	it('merging adds the passage as another excerpt, once', () => {
		const t = timeline();
		const opened = passage('Acme opened a plant in March 2010.', 'March 2010', '2010-03');
		applyPatch(t, acceptPatch(t, article, opened, draftFor(opened, article, t)));
		const reopened = passage('The plant reopened in 2014.', '2014', '2014');
		applyPatch(t, mergePatch(t, article, reopened, t.events[0].id));
		expect(t.events[0].excerpts.map((e) => e.quote)).toEqual([opened.sentence, reopened.sentence]);
		expect(eventsCiting(t, reopened)).toHaveLength(1);
		expect(eventsCiting(t, { ...opened, dateText: 'another date' })).toHaveLength(0);
		expect(() => mergePatch(t, article, reopened, t.events[0].id)).toThrow(/already has this passage/);
	});

	it('a passage dated by the publication date is on the timeline once accepted', () => {
		const t = timeline();
		const closed = {
			...passage('It closed.', '', '2010-03'),
			date: {
				start: '2010-03-24',
				end: '2010-03-31',
				precision: 'span' as const,
				approximate: true,
				text: 'the week to its publication on 31 Mar 2010'
			}
		};
		expect(eventsCiting(t, closed)).toEqual([]);
		applyPatch(t, acceptPatch(t, article, closed, draftFor(closed, article, t)));
		expect(eventsCiting(t, closed)).toHaveLength(1);
		expect(eventsCiting(t, { ...closed, dateText: 'March 2010' })).toEqual([]);
	});

	it('a repeated passage gets its occurrence', () => {
		const second = TEXT.indexOf('It closed.', TEXT.indexOf('It closed.') + 1);
		expect(excerptAt(article, second, second + 'It closed.'.length)).toEqual({
			source: 'acme',
			quote: 'It closed.',
			occurrence: 2
		});
	});

	it('a rejection is remembered with its reason and undone', () => {
		const t = timeline();
		const undo = applyPatch(t, rejectPatch(passage('The plant reopened in 2014.', '2014', '2014'), ' Not an event '));
		expect(t.rejections).toEqual([
			{ source: 'acme', sentence: 'The plant reopened in 2014.', dateText: '2014', reason: 'Not an event' }
		]);
		applyPatch(t, undo);
		expect(t.rejections).toEqual([]);
	});
});

describe('sameText', () => {
	it('ignores spacing and line breaks, never matches empty text', () => {
		expect(sameText('A  b\nc ', 'A b c')).toBe(true);
		expect(sameText('A b', 'A c')).toBe(false);
		expect(sameText('', '')).toBe(false);
	});
});
