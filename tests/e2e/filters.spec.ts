import { expect, test, type Page } from '@playwright/test';
import type { TimelineDocument, TimelineEvent } from '../../src/lib/model/timeline';
import { openTimeline, viewport, visibleWindow } from './helpers/timeline';
import { builtInDocument, eventList, expectListed, search } from './helpers/reading';

let data: TimelineDocument;

test.beforeAll(async ({ request }) => {
	data = await builtInDocument(request);
});

const PERSON = 'Arron Banks';
const THEME = 'mississippi';
const matching = () =>
	data.events.filter((event) => event.people.includes(PERSON) && event.tags.includes(THEME)).map((e) => e.id);

/** Ids of the events the timeline draws as themselves. */
const drawnIds = (page: Page) =>
	viewport(page)
		.locator('[data-event-id]')
		.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-event-id')!));

/** The window's search (URL parameters) once the page has written its view into the address. */
async function settledSearch(page: Page): Promise<URLSearchParams> {
	await expect.poll(() => new URL(page.url()).searchParams.has('from')).toBe(true);
	return new URL(page.url()).searchParams;
}

const startOf = (event: TimelineEvent) => Date.parse(event.date.start);

test.describe('filters filter', () => {
	// Each test loads the page and waits for it to settle more than once: slow on a machine others keep busy.
	test.slow();

	test('a link with a person and a theme shows exactly the matches, fitted to them', async ({ page }) => {
		const expected = matching();
		expect(expected.length, 'the data has events for Arron Banks in Mississippi').toBeGreaterThan(1);
		await openTimeline(page, `?person=${encodeURIComponent(PERSON)}&tag=${THEME}`);
		await expect(page.getByTestId('visible-range')).toContainText(`${expected.length} of ${data.events.length} events`);
		await expectListed(page, expected, data.events.length);
		// The timeline draws matches only, and every match is drawn in the fitted view.
		await expect.poll(async () => (await drawnIds(page)).sort()).toEqual([...expected].sort());
		const { start, end } = await visibleWindow(page);
		const events = data.events.filter((event) => expected.includes(event.id));
		for (const event of events) {
			expect(startOf(event)).toBeGreaterThanOrEqual(start - 31 * 86_400_000);
			expect(startOf(event)).toBeLessThanOrEqual(end);
		}
		expect(end - start, 'fitted to the matches, not the whole story').toBeLessThan(3 * 365 * 86_400_000);
	});

	test('clearing the filters brings every event back', async ({ page }) => {
		await openTimeline(page, `?person=${encodeURIComponent(PERSON)}&tag=${THEME}`);
		await expect(eventList(page)).toContainText(`${matching().length} of ${data.events.length} events match`);
		await page.getByRole('button', { name: 'Clear all' }).click();
		await expect(eventList(page)).toContainText(`${data.events.length} events, in date order`);
		await expect(page.getByTestId('visible-range')).not.toContainText('in view');
		await expect(page.getByRole('button', { name: /^Remove filter/ })).toHaveCount(0);
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect(page.getByTestId('visible-range')).toContainText(`of ${data.events.length} events`);
		await expect.poll(async () => (await drawnIds(page)).some((id) => !matching().includes(id))).toBe(true);
	});
});

test.describe('history', () => {
	test.slow();

	test('Back after a filter returns to the unfiltered view, within the site', async ({ page }) => {
		await openTimeline(page);
		const before = await settledSearch(page);
		const people = data.events.filter((event) => event.people.includes(PERSON));
		await page
			.getByRole('combobox', { name: 'Filter by person' })
			.selectOption({ label: `${PERSON} (${people.length})` });
		await expect(eventList(page)).toContainText(`${people.length} of ${data.events.length} events match`);
		await expect.poll(() => new URL(page.url()).searchParams.getAll('person')).toEqual([PERSON]);
		await page.goBack();
		await expect(eventList(page)).toContainText(`${data.events.length} events, in date order`);
		await expect(page.getByRole('button', { name: `Remove filter Person: ${PERSON}` })).toHaveCount(0);
		const after = new URL(page.url());
		expect(after.pathname).toBe('/');
		expect(after.searchParams.get('from')).toBe(before.get('from'));
		expect(after.searchParams.has('person')).toBe(false);
		// Forward applies it again.
		await page.goForward();
		await expect(eventList(page)).toContainText(`${people.length} of ${data.events.length} events match`);
	});

	test('Back after a search empties the search box and lists everything again', async ({ page }) => {
		await openTimeline(page);
		await settledSearch(page);
		await search(page, 'Lesotho');
		await expect(eventList(page)).toContainText('events match');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Lesotho');
		await page.goBack();
		await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
		await expect(eventList(page)).toContainText(`${data.events.length} events, in date order`);
	});
});
