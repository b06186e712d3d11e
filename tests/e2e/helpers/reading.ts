import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { TimelineDocument, TimelineEvent } from '../../../src/lib/model/timeline';

/** The built-in timeline exactly as the app loads it. */
export async function builtInDocument(request: APIRequestContext): Promise<TimelineDocument> {
	const response = await request.get('/data/timeline.json');
	expect(response.ok()).toBe(true);
	return (await response.json()) as TimelineDocument;
}

/** The one event whose title matches every pattern; fails loudly if the data no longer has it. */
export function eventTitled(timeline: TimelineDocument, ...patterns: RegExp[]): TimelineEvent {
	const found = timeline.events.filter((event) => patterns.every((pattern) => pattern.test(event.title)));
	expect(
		found.map((event) => event.title),
		`one event titled ${patterns.join(' and ')}`
	).toHaveLength(1);
	return found[0];
}

/** The chronological list. */
export function eventList(page: Page): Locator {
	return page.getByRole('region', { name: 'Events in date order' });
}

/** The list's row for an event (a button named by its date and title). */
export function listRow(page: Page, event: TimelineEvent): Locator {
	return eventList(page).locator(`[data-list-event-id="${event.id}"]`);
}

/** The event panel, a region named by the event's title. */
export function eventPanel(page: Page, event: TimelineEvent): Locator {
	return page.getByRole('region', { name: event.title, exact: true });
}

/**
 * Checks that the list holds exactly `expected`: its count says so, and every row it renders is one of them
 * (the list renders only the rows in view, so on a small screen not all are in the page at once).
 */
export async function expectListed(page: Page, expected: string[], total: number): Promise<void> {
	await expect(eventList(page)).toContainText(
		expected.length ? `${expected.length} of ${total} events match` : 'No events match'
	);
	const rendered = await listedIds(page);
	expect(rendered.filter((id) => !expected.includes(id))).toEqual([]);
	expect(rendered.length).toBeGreaterThanOrEqual(Math.min(expected.length, 3));
}

/** Ids of the events the list renders. */
export async function listedIds(page: Page): Promise<string[]> {
	return eventList(page)
		.locator('[data-list-event-id]')
		.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.listEventId ?? ''));
}

/** True when the event's text (title, summary, people, excerpts) mentions `word` at the start of a word. */
export function mentions(event: TimelineEvent, word: string): boolean {
	const text = [event.title, event.summary, ...event.people, ...event.excerpts.map((e) => e.quote)].join('\n');
	return new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'iu').test(text);
}

/** Types into the search box and waits for the list to say how many match. */
export async function search(page: Page, words: string): Promise<void> {
	const box = page.getByRole('searchbox', { name: 'Search' });
	// A phone keeps the search behind the Filters button: open it, search, and close it again.
	const behindButton = !(await box.isVisible());
	if (behindButton) await page.getByRole('button', { name: /^Filters/ }).click();
	await box.fill(words);
	await expect(page.getByRole('button', { name: `Remove search “${words}”` })).toBeVisible();
	if (behindButton) await page.getByRole('button', { name: 'Close search and filters' }).click();
}
