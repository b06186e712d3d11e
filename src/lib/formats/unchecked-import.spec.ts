import { describe, expect, it } from 'vitest';
import { syntheticTimeline } from '../../../scripts/bench/synthetic';
import { builtInTimeline } from '../server/built-in-timeline';
import type { TimelineDocument } from '../model/timeline';
import { importTimeline } from './import';
import { importUnchecked } from './unchecked-import';
import { eventWindow } from '../dates/event-dates';

const text = (document: unknown) => JSON.stringify(document);
const checked = (json: string) => {
	const result = importTimeline(json, 't.json');
	if (!result.ok) throw new Error(result.error);
	return result.document;
};
const edited = (edit: (document: TimelineDocument) => void) => {
	// A copy: the synthetic tags and periods are shared by every synthetic timeline.
	const document = structuredClone(syntheticTimeline(30));
	edit(document);
	return text(document);
};

describe('importUnchecked', () => {
	it('builds exactly the document the full import builds, when that passes and the file is in order', () => {
		for (const json of [text(syntheticTimeline(300)), text(builtInTimeline())]) {
			expect(importUnchecked(json, 't.json')).toEqual(checked(json));
		}
	});

	it("keeps the file's order of events that start together, and sorts events whose starts go back", () => {
		const document = structuredClone(syntheticTimeline(300));
		const tie = document.events.findIndex(
			(event, i) => i > 0 && eventWindow(event.date).start === eventWindow(document.events[i - 1].date).start
		);
		const swapped = structuredClone(document);
		[swapped.events[tie - 1], swapped.events[tie]] = [swapped.events[tie], swapped.events[tie - 1]];
		const ids = (events: { id: string }[]) => events.map((event) => event.id);
		expect(ids(importUnchecked(text(swapped), 't.json')!.events)).toEqual(ids(swapped.events));
		expect(ids(checked(text(swapped)).events)).toEqual(ids(document.events));
		// Starts that go back: sorted as the full import sorts them.
		const reversed = { ...document, events: [...document.events].reverse() };
		expect(ids(importUnchecked(text(reversed), 't.json')!.events)).toEqual(ids(document.events));
	});

	it('builds a document that the check will then refuse, if it can be drawn', () => {
		const json = edited((document) => (document.events[2].excerpts[0].quote = 'Never printed.'));
		expect(importUnchecked(json, 't.json')?.events).toHaveLength(30);
		expect(importTimeline(json, 't.json').ok).toBe(false);
	});

	it('leaves to the full import what checking would change: a string with white space at either end', () => {
		const padded: ((document: TimelineDocument) => void)[] = [
			(d) => (d.events[5].summary += '\n'),
			(d) => (d.tags[0].label = ` ${d.tags[0].label}`),
			(d) => (d.events[1].excerpts[0].quote += ' '),
			(d) => (d.events[1].people[0] += '\u00a0'),
			(d) => (d.events[1].attribution.by = `\u2003${d.events[1].attribution.by}`)
		];
		for (const edit of padded) expect(importUnchecked(edited(edit), 't.json')).toBeNull();
		// An article's text is kept as it is, white space and all.
		expect(
			importUnchecked(
				edited((d) => (d.sources[0].text += '\n\n')),
				't.json'
			)
		).not.toBeNull();
	});

	it('leaves to the full import what cannot be ordered or drawn', () => {
		const broken: ((document: TimelineDocument) => void)[] = [
			(d) => ((d as Partial<TimelineDocument>).title = undefined),
			(d) => ((d.events[4] as unknown as { date: null }).date = null),
			(d) => (d.events[4].tags = []),
			(d) => ((d.events[4].people as unknown) = 'Arron Banks'),
			(d) => ((d.events[4].excerpts[0] as unknown as { quote: number }).quote = 3),
			(d) => ((d.sources[0] as unknown as { text: null }).text = null),
			// Never a link to anything but a web page, not even for the moment before the check.
			(d) => (d.sources[0].url = 'javascript:alert(1)'),
			(d) => (d.sources[0].url = 'data:text/html,<b>hi</b>')
		];
		for (const edit of broken) expect(importUnchecked(edited(edit), 't.json')).toBeNull();
	});

	it('leaves other formats, broken JSON and deep nesting to the full import', () => {
		expect(importUnchecked('Headline,Year\nA,2016\n', 't.csv')).toBeNull();
		expect(
			importUnchecked(text({ events: [{ start_date: { year: 2016 }, text: { headline: 'A' } }] }), 't.json')
		).toBeNull();
		expect(importUnchecked('{"events": [', 't.json')).toBeNull();
		expect(importUnchecked(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 't.json')).toBeNull();
	});
});
