import { describe, expect, it } from 'vitest';
import { syntheticTimeline } from '../../../scripts/bench/synthetic';
import { fetchedTimelineImporter } from './open-timeline';
import { eventWindow } from '../dates/event-dates';

const url = new URL('https://elsewhere.example/data/timeline.json');
const importFetched = (text: string) => fetchedTimelineImporter()({ ok: true, url, text });

describe('fetchedTimelineImporter', () => {
	it('passes a failed download on as it is', async () => {
		expect(await fetchedTimelineImporter()({ ok: false, error: 'offline' })).toEqual({ ok: false, error: 'offline' });
	});

	it('gives a Sourceline document at once, with the verdict of its check to come', async () => {
		const result = await importFetched(JSON.stringify(syntheticTimeline(20)));
		expect(result.ok && result.document.events).toHaveLength(20);
		expect(await (result.ok && result.verdict)).toEqual({ ok: true });
	});

	it('puts events that start together into the order the check finds, when the file had them in another', async () => {
		const document = syntheticTimeline(300);
		const tie = document.events.findIndex(
			(event, i) => i > 0 && eventWindow(event.date).start === eventWindow(document.events[i - 1].date).start
		);
		const swapped = { ...document, events: [...document.events] };
		[swapped.events[tie - 1], swapped.events[tie]] = [swapped.events[tie], swapped.events[tie - 1]];
		const result = await importFetched(JSON.stringify(swapped));
		const ids = (events: { id: string }[]) => events.map((event) => event.id);
		expect(result.ok && ids(result.document.events)).toEqual(ids(swapped.events));
		const verdict = await (result.ok && result.verdict);
		expect(verdict && verdict.ok && verdict.document && ids(verdict.document.events)).toEqual(ids(document.events));
	});

	it('shows a document before a check that then fails, and says why with the address', async () => {
		const broken = syntheticTimeline(20);
		broken.events[3].excerpts[0].quote = 'Words the article never printed.';
		const result = await importFetched(JSON.stringify(broken));
		expect(result.ok).toBe(true);
		const verdict = await (result.ok && result.verdict);
		expect(verdict && !verdict.ok && verdict.error).toMatch(
			/^Could not open https:\/\/elsewhere\.example\/data\/timeline\.json: timeline\.json is not a valid Sourceline timeline.*quote/
		);
	});

	it('checks first, and shows checked, what checking would change and a timeline in another format', async () => {
		const padded = syntheticTimeline(20);
		padded.events[0].title = ` ${padded.events[0].title}`;
		const result = await importFetched(JSON.stringify(padded));
		expect(result.ok && result.verdict).toBeUndefined();
		expect(result.ok && result.document.events.some((event) => event.title.startsWith(' '))).toBe(false);
		const sheet = await importFetched('Headline,Year,Month,Day\nSnap election,2015,2,28\n');
		expect(sheet.ok && sheet.verdict).toBeUndefined();
		expect(sheet.ok && sheet.document.events.map((event) => event.title)).toEqual(['Snap election']);
	});

	it('names the address and the file when the text is not a timeline', async () => {
		const result = await importFetched('{"events": [');
		expect(result.ok || result.error).toMatch(
			/^Could not open https:\/\/elsewhere\.example\/data\/timeline\.json: .*timeline\.json/
		);
	});
});
