/**
 * Reading by date with one thumb, at 375×812 with touch: the first screen orients and starts the list, the timeline
 * strip stays at the top while the cards scroll under it (and follows their dates), the search and filters wait
 * behind one button, and a card opens the bottom sheet with the articles' words first.
 */
import { seriousViolations } from './helpers/axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { TimelineDocument } from '../../src/lib/model/timeline';
import { openTimeline, settledWindow, viewport, visibleWindow } from './helpers/timeline';
import { builtInDocument, eventList, eventPanel, listedIds } from './helpers/reading';

let data: TimelineDocument;

test.beforeAll(async ({ request }) => {
	data = await builtInDocument(request);
});

test.use({ hasTouch: true });

test.beforeEach(async ({ page }, testInfo) => {
	test.skip(testInfo.project.name !== 'phone', 'the phone layout');
	await openTimeline(page);
});

const cards = (page: Page) => eventList(page).locator('[data-list-event-id]');
const filtersButton = (page: Page) => page.getByRole('button', { name: /^Filters/ });

/** Waits until the timeline's window and the cards have stopped moving. */
async function settledCards(page: Page) {
	await settledWindow(page);
	let last = '';
	await expect
		.poll(
			async () => {
				const now = JSON.stringify(
					await cards(page).evaluateAll((all) =>
						all.slice(0, 3).map((card) => [card.dataset.listEventId, Math.round(card.getBoundingClientRect().top)])
					)
				);
				const same = now === last;
				last = now;
				return same;
			},
			{ intervals: [120, 120, 200, 300] }
		)
		.toBe(true);
}

/** A vertical swipe of the thumb from `from` upwards by `distance` pixels (the content moves up). */
async function swipeUp(page: Page, from: { x: number; y: number }, distance: number) {
	const cdp = await page.context().newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
		cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
	await touch('touchStart', [from]);
	for (let step = 1; step <= 10; step++) await touch('touchMove', [{ x: from.x, y: from.y - (step * distance) / 10 }]);
	await touch('touchEnd', []);
}

async function expectWhollyOnScreen(page: Page, element: Locator, what: string) {
	const box = (await element.boundingBox())!;
	expect(box, what).toBeTruthy();
	expect(box.y, `${what} starts on the screen`).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, `${what} ends on the screen`).toBeLessThanOrEqual(page.viewportSize()!.height);
}

test('the first screen shows the story, the timeline strip and the first event card @phone', async ({ page }) => {
	const heading = page.getByRole('heading', { name: data.story!.heading, level: 2 });
	await expectWhollyOnScreen(page, heading, 'the story heading');
	await expectWhollyOnScreen(page, page.getByRole('region', { name: 'Timeline of events' }), 'the timeline strip');
	await expectWhollyOnScreen(page, cards(page).first(), 'the first event card');
	// The introduction shows its first sentence; "More" tells the rest and names the articles.
	const firstArticle = page.getByRole('link', { name: data.sources[0].title! });
	await expect(firstArticle).toBeHidden();
	await page.getByRole('button', { name: /^More/ }).tap();
	await expect(firstArticle).toBeVisible();
	await expect(page.getByRole('button', { name: /^Less/ })).toHaveAttribute('aria-expanded', 'true');
	expect(await seriousViolations(page, 'body')).toEqual([]);
});

test('the cards stand still from the first frame that draws the timeline, so an early tap lands where it was aimed @phone', async ({
	page
}) => {
	// In every frame from the first that draws the timeline's marks (the page is alive by then: before, a tap does
	// nothing): the first card in the list and where it sits in the list.
	await page.addInitScript(() => {
		const frames: string[] = [];
		Object.assign(window, { cardFrames: frames });
		const watch = () => {
			const card = document.querySelector<HTMLElement>('[data-list-event-id]');
			const list = card?.closest('section');
			const drawn = document.querySelector('[data-timeline-viewport] :is([data-event-id], [data-cluster-count])');
			if (card && list && drawn) {
				const offset = Math.round(card.getBoundingClientRect().top - list.getBoundingClientRect().top);
				frames.push(`${card.dataset.listEventId} at ${offset}`);
			}
			if (frames.length < 300) requestAnimationFrame(watch);
		};
		requestAnimationFrame(watch);
	});
	await page.reload();
	await settledCards(page);
	const frames = await page.evaluate(() => (window as unknown as { cardFrames: string[] }).cardFrames);
	expect(frames.length).toBeGreaterThan(0);
	expect(new Set(frames)).toEqual(new Set([frames[0]]));
});

test('a vertical swipe scrolls the cards under the strip, which stays in view and follows their dates @phone', async ({
	page
}) => {
	const strip = viewport(page);
	const before = await settledWindow(page);
	const firstCard = await listedIds(page);
	// First the page, by a swipe over the timeline, as far as it goes; then the cards, by a swipe over the list.
	const stripAt = (await strip.boundingBox())!;
	const x = stripAt.x + stripAt.width / 2;
	await swipeUp(page, { x, y: Math.min(stripAt.y + stripAt.height / 2, 700) }, 500);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
	const list = (await eventList(page).boundingBox())!;
	await swipeUp(page, { x, y: list.y + list.height - 60 }, 400);
	await expect.poll(async () => (await listedIds(page))[0]).not.toBe(firstCard[0]);
	await expectWhollyOnScreen(page, page.getByRole('region', { name: 'Timeline of events' }), 'the timeline strip');
	await expect.poll(async () => (await visibleWindow(page)).start).toBeGreaterThan(before.start);
	// The strip sits above the list, not over its cards.
	const stripBox = (await strip.boundingBox())!;
	const listBox = (await eventList(page).boundingBox())!;
	expect(listBox.y).toBeGreaterThanOrEqual(stripBox.y + stripBox.height - 1);
});

test('the Filters button opens the search and filters; a filter narrows the cards, and Back undoes it @phone', async ({
	page
}) => {
	const total = data.events.length;
	const person = 'Phil Bryant';
	const withPerson = data.events.filter((event) => event.people.includes(person));
	await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
	await filtersButton(page).tap();
	const dialog = page.getByRole('dialog', { name: 'Search and filters' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('searchbox', { name: 'Search' })).toBeVisible();
	await dialog
		.getByRole('combobox', { name: 'Filter by person' })
		.selectOption({ label: `${person} (${withPerson.length})` });
	await dialog.getByRole('button', { name: `Show ${withPerson.length} of ${total} events` }).tap();
	await expect(dialog).toBeHidden();
	await expect(filtersButton(page)).toHaveAccessibleName('Filters 1 active');
	await expect(eventList(page)).toContainText(`${withPerson.length} of ${total} events match`);
	const listed = await listedIds(page);
	expect(listed.length).toBeGreaterThan(0);
	expect(listed.filter((id) => !withPerson.some((event) => event.id === id))).toEqual([]);
	await expect(page).toHaveURL(/person=Phil\+Bryant/);
	await page.goBack();
	await expect(eventList(page)).toContainText(`${total} events, in date order`);
	await expect(filtersButton(page)).toHaveAccessibleName('Filters');
});

test('tapping a card opens the bottom sheet with its first excerpt in view; Back closes it @phone', async ({
	page
}) => {
	// At once: the cards are in place from the first frame that draws the timeline.
	const card = cards(page).nth(1);
	const id = (await card.getAttribute('data-list-event-id'))!;
	const event = data.events.find((e) => e.id === id)!;
	await card.tap();
	const sheet = eventPanel(page, event);
	await expect(sheet).toBeVisible();
	const quote = sheet.locator('blockquote').first();
	await expect(quote).toHaveText(event.excerpts.find((excerpt) => excerpt.role !== 'dates')!.quote);
	const box = (await quote.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + Math.min(box.height, 48)).toBeLessThan(page.viewportSize()!.height);
	// The strip stays visible above the sheet.
	await expect(viewport(page)).toBeInViewport();
	expect(await seriousViolations(page, '[data-event-panel]')).toEqual([]);
	await expect(page).toHaveURL(new RegExp(`event=${id}`));
	await page.goBack();
	await expect(sheet).toBeHidden();
});

test('the search and filters dialog has no serious accessibility problems (light and dark) @phone', async ({
	page
}) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await filtersButton(page).tap();
		await expect(page.getByRole('dialog', { name: 'Search and filters' })).toBeVisible();
		expect(await seriousViolations(page, '.filters-sheet')).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog', { name: 'Search and filters' })).toBeHidden();
	}
});
