import { seriousViolations } from './helpers/axe';
import { expect, test } from '@playwright/test';
import type { TimelineDocument, TimelineEvent } from '../../src/lib/model/timeline';
import { openTimeline, settledWindow, viewport, visibleWindow } from './helpers/timeline';
import {
	builtInDocument,
	eventList,
	eventPanel,
	eventTitled,
	expectListed,
	listedIds,
	listRow,
	mentions,
	search
} from './helpers/reading';

const DAY = 86_400_000;
let data: TimelineDocument;

test.beforeAll(async ({ request }) => {
	data = await builtInDocument(request);
});

/** The Trump rally in Mississippi: of the events about it, the one that the most articles report. */
const rally = () => {
	const candidates = data.events.filter((event) => /rally/i.test(event.title) && /Mississippi/.test(event.title));
	const articles = (event: TimelineEvent) => new Set(event.excerpts.map((excerpt) => excerpt.source)).size;
	const event = candidates.sort((a, b) => articles(b) - articles(a))[0];
	expect(event && articles(event), 'an event about the Mississippi rally reported by several articles').toBeGreaterThan(
		1
	);
	return event;
};
const sourceOf = (id: string) => data.sources.find((source) => source.id === id)!;

test.describe('the list and the timeline move together', () => {
	test('scrolling the list to August 2016 moves the timeline to August 2016', async ({ page }) => {
		// Some thirty turns of the wheel, each waited for: slow on a busy machine, and correct.
		test.slow();
		await openTimeline(page);
		const full = await visibleWindow(page);
		const list = eventList(page);
		const august = list.getByRole('heading', { name: 'August 2016' });
		const box = (await list.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		// Scroll as a reader would, two notches at a time, until August 2016 heads the list. Each turn waits for the list
		// to come to rest before the next, so a busy machine cannot pile notches up and carry the list past August (the
		// timeline following the list may nudge it back a little: the next notch simply goes on from there).
		const scroller = list.locator('.scroller');
		const headsList = async () => {
			// The list renders only the rows in view, so the heading may not exist yet.
			const heading = (await august.count()) ? await august.boundingBox() : null;
			return !!heading && heading.y <= box.y + box.height / 3;
		};
		const atRest = async () => {
			let last = NaN;
			await expect
				.poll(
					async () => {
						const top = await scroller.evaluate((element) => element.scrollTop);
						const same = top === last;
						last = top;
						return same;
					},
					{ intervals: [60] }
				)
				.toBe(true);
		};
		for (let notch = 0; notch < 300 && !(await headsList()); notch++) {
			await page.mouse.wheel(0, 240);
			await atRest();
		}
		expect(await headsList(), 'August 2016 heads the list').toBe(true);
		await expect
			.poll(async () => {
				const now = await visibleWindow(page);
				return now.start <= Date.UTC(2016, 7, 31) && now.end >= Date.UTC(2016, 7, 1) && now.days < full.days / 3;
			})
			.toBe(true);
		// The timeline shows what the list shows: its first August event is drawn in the viewport.
		const firstAugust = data.events
			.filter((event) => event.date.start.startsWith('2016-08'))
			.sort((a, b) => a.date.start.localeCompare(b.date.start))[0];
		const { start, end } = await visibleWindow(page);
		expect(Date.parse(firstAugust.date.start)).toBeGreaterThanOrEqual(start - 31 * DAY);
		expect(Date.parse(firstAugust.date.start)).toBeLessThanOrEqual(end);
	});

	test('opening the timeline on a window scrolls the list to the first event in it', async ({ page }) => {
		const from = Date.UTC(2015, 0, 1);
		await openTimeline(page, '?from=2015-01-01&to=2015-12-31');
		const first = data.events
			.filter((event) => Date.parse(event.date.start) >= from)
			.sort((a, b) => Date.parse(a.date.start) - Date.parse(b.date.start))[0];
		await expect(listRow(page, first)).toBeInViewport();
		await expect(eventList(page).getByRole('heading', { name: '2015', exact: true })).toBeInViewport();
	});

	test('selecting in the list selects on the timeline, and the row is marked', async ({ page }) => {
		await openTimeline(page);
		await search(page, 'Lesotho');
		const event = eventTitled(data, /King of Lesotho/);
		await listRow(page, event).click();
		await expect(listRow(page, event)).toHaveAttribute('aria-current', 'true');
		await expect(viewport(page).locator(`[data-event-id="${event.id}"]`)).toHaveAttribute('aria-pressed', 'true');
		await expect(eventPanel(page, event)).toBeVisible();
	});
});

test.describe('the event panel', () => {
	test('shows the Mississippi rally with every excerpt from every article that reports it @phone', async ({ page }) => {
		const event = rally();
		await openTimeline(page);
		await search(page, 'Mississippi rally');
		await listRow(page, event).click();
		const panel = eventPanel(page, event);
		await expect(panel).toBeVisible();
		await expect(panel.getByRole('heading', { name: event.title })).toBeFocused();
		await expect(panel).toContainText(event.date.text);
		await expect(panel).toContainText(event.summary);
		await expect(panel).toContainText(event.attribution.by);
		const quotes = panel.locator('blockquote');
		await expect(quotes).toHaveCount(event.excerpts.length);
		const articles = new Set(event.excerpts.map((excerpt) => excerpt.source));
		expect(articles.size).toBeGreaterThanOrEqual(2);
		for (const [index, excerpt] of event.excerpts.entries()) {
			const figure = panel.locator('figure').nth(index);
			await expect(figure.locator('blockquote')).toHaveText(excerpt.quote, { useInnerText: false });
			const source = sourceOf(excerpt.source);
			await expect(figure.locator('cite')).toHaveText(source.title ?? /^Untitled article, begins ‘/);
			if (source.outlet) await expect(figure).toContainText(source.outlet);
			await expect(figure.getByRole('link', { name: /^Read in the article/ })).toBeVisible();
		}
	});

	test('every excerpt it shows is word for word in its article', async ({ page }) => {
		test.setTimeout(120_000);
		const ordered = [...data.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
		await openTimeline(page, `?event=${ordered[0].id}`);
		const panel = page.locator('[data-event-panel]');
		await panel.getByRole('button', { name: 'Previous event' }).waitFor();
		// From the first event, step with → through every event in date order.
		const seen = new Set<string>();
		for (let step = 0; step < data.events.length; step++) {
			const title = await panel.getByRole('heading', { level: 2 }).textContent();
			const shown = await panel
				.locator('blockquote')
				.evaluateAll((quotes) =>
					quotes.map((q) => ({ source: (q as HTMLElement).dataset.excerptSource ?? '', text: q.textContent ?? '' }))
				);
			expect(shown.length).toBeGreaterThan(0);
			for (const quote of shown) {
				expect(sourceOf(quote.source).text, `“${quote.text}” (${title})`).toContain(quote.text);
			}
			seen.add(title ?? '');
			if (step === data.events.length - 1) break;
			await page.keyboard.press('ArrowRight');
			await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText(title ?? '');
		}
		expect(seen.size).toBe(data.events.length);
		await expect(panel.getByRole('button', { name: 'Next event' })).toBeDisabled();
	});

	test('← and → step through events, Esc closes and focus goes back to the event', async ({ page }) => {
		const event = rally();
		await openTimeline(page);
		// A search that leaves events on both sides of the rally: ← and → step through the matches.
		await search(page, 'Farage');
		await listRow(page, event).click();
		const panel = page.locator('[data-event-panel]');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
		await page.keyboard.press('ArrowRight');
		await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText(event.title);
		await page.keyboard.press('ArrowLeft');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await expect(listRow(page, event)).toBeFocused();
	});

	test('back and forward step through selections', async ({ page }) => {
		const event = rally();
		await openTimeline(page, `?event=${event.id}`);
		const heading = page.locator('[data-event-panel]').getByRole('heading', { level: 2 });
		await expect(heading).toHaveText(event.title);
		await page.getByRole('button', { name: 'Next event' }).click();
		await expect(page).not.toHaveURL(new RegExp(`event=${event.id}`));
		const next = await heading.textContent();
		await page.goBack();
		await expect(heading).toHaveText(event.title);
		await page.goForward();
		await expect(heading).toHaveText(next ?? '');
	});

	test('axe finds no serious problems in the panel and the list (light and dark) @phone', async ({ page }) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await openTimeline(page, `?event=${rally().id}`);
			await expect(eventPanel(page, rally())).toBeVisible();
			expect(await seriousViolations(page, '[data-event-panel]')).toEqual([]);
			expect(await seriousViolations(page, '[data-event-list]')).toEqual([]);
			expect(await seriousViolations(page, '[data-filter-chips]')).toEqual([]);
		}
	});
});

test.describe('reading in context', () => {
	test('“Read in the article” opens the article at the passage, highlighted and in view; back returns', async ({
		page
	}) => {
		const event = rally();
		await openTimeline(page);
		await search(page, 'Mississippi rally');
		await listRow(page, event).click();
		const panel = eventPanel(page, event);
		await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
		const last = event.excerpts.length - 1;
		const excerpt = event.excerpts[last];
		await panel
			.getByRole('link', { name: /^Read in the article/ })
			.nth(last)
			.click();
		await expect(page).toHaveURL(new RegExp(`/sources/${excerpt.source}\\?event=${event.id}&excerpt=${last + 1}`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			sourceOf(excerpt.source).title ?? /^Untitled article, begins ‘/
		);
		const highlighted = page.locator('main mark[aria-current="true"]');
		await expect(highlighted.first()).toBeInViewport();
		await expect(highlighted.first()).toBeFocused();
		const text = (await highlighted.allTextContents()).join('');
		expect(text).toBe(excerpt.quote);
		await page.goBack();
		await expect(eventPanel(page, event)).toBeVisible();
		await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Mississippi rally');
	});

	test('the reader keeps the text as text, marks every cited passage and leads back to its event @phone', async ({
		page
	}) => {
		const source = sourceOf(rally().excerpts[0].source);
		await page.goto(`/sources/${source.id}`);
		const paragraphs = await page
			.locator('main p')
			.filter({ has: page.locator('mark.passage') })
			.evaluateAll((ps) =>
				ps.map((p) => {
					const copy = p.cloneNode(true) as HTMLElement;
					copy.querySelectorAll('[data-event-link]').forEach((a) => a.remove());
					return copy.textContent ?? '';
				})
			);
		expect(paragraphs.length).toBeGreaterThan(0);
		for (const paragraph of paragraphs) expect(source.text).toContain(paragraph);
		// Every excerpt citing this article links from the text to its event.
		const citing = data.events.filter((event) => event.excerpts.some((e) => e.source === source.id));
		const linked = new Set(
			await page
				.locator('main a[data-event-id]')
				.evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.eventId ?? ''))
		);
		expect(citing.filter((event) => !linked.has(event.id)).map((e) => e.id)).toEqual([]);
		// Each passage ends with a link to its event, reachable by keyboard; following it opens the event on the timeline.
		const link = page.locator('main a[data-event-link]:not([data-also])').first();
		const eventId = await link.getAttribute('data-event-id');
		await link.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`[?&]event=${eventId}`));
		const event = data.events.find((e) => e.id === eventId)!;
		await expect(eventPanel(page, event)).toBeVisible();
	});

	test('axe finds no serious problems in the reader (light and dark) @phone', async ({ page }) => {
		const event = rally();
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto(`/sources/${event.excerpts[0].source}?event=${event.id}&excerpt=1`);
			await expect(page.locator('main mark[aria-current="true"]').first()).toBeFocused();
			expect(await seriousViolations(page, 'body')).toEqual([]);
		}
	});
});

test.describe('finding events', () => {
	test('searching “Lesotho” shows only the events that mention it', async ({ page }) => {
		await openTimeline(page);
		await search(page, 'Lesotho');
		const expected = data.events.filter((event) => mentions(event, 'Lesotho')).map((event) => event.id);
		expect(expected.length).toBeGreaterThan(0);
		await expectListed(page, expected, data.events.length);
		expect((await listedIds(page)).sort()).toEqual(expected.sort());
		// The timeline draws the matches only.
		const drawn = viewport(page).locator('.event[data-event-id]');
		await expect(drawn.first()).toBeVisible();
		for (const id of await drawn.evaluateAll((markers) => markers.map((m) => m.getAttribute('data-event-id')))) {
			expect(expected).toContain(id);
		}
		// The search is a chip; removing it brings every event back.
		await page.getByRole('button', { name: 'Remove search “Lesotho”' }).click();
		await expect(eventList(page)).toContainText(`${data.events.length} events, in date order`);
		await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
	});

	test('filtering by a person, combined with a search, and an empty result that says so @phone', async ({
		page
	}, testInfo) => {
		await openTimeline(page);
		// A phone keeps the search and filters behind one button.
		if (testInfo.project.name === 'phone') await page.getByRole('button', { name: /^Filters/ }).tap();
		const person = 'Phil Bryant';
		const withPerson = data.events.filter((event) => event.people.includes(person));
		await page
			.getByRole('combobox', { name: 'Filter by person' })
			.selectOption({ label: `${person} (${withPerson.length})` });
		await expect(page.getByRole('button', { name: `Remove filter Person: ${person}` })).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(`${withPerson.length} events match`);
		await expectListed(
			page,
			withPerson.map((e) => e.id),
			data.events.length
		);
		await search(page, 'Trump');
		const both = withPerson.filter((event) => mentions(event, 'Trump'));
		await expectListed(
			page,
			both.map((e) => e.id),
			data.events.length
		);
		await search(page, 'Lesotho');
		await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('No events match.');
		await expect(eventList(page)).toContainText('No events match');
		await page.getByRole('button', { name: 'Clear all' }).click();
		await expect(eventList(page)).toContainText(`${data.events.length} events, in date order`);
	});
});

test.describe('links', () => {
	test('a copied address opens the same view in a new page', async ({ page, context }) => {
		const event = rally();
		await openTimeline(page);
		await page.getByRole('combobox', { name: 'Filter by person' }).selectOption({ value: 'Nigel Farage' });
		await search(page, 'Trump');
		await listRow(page, event).click();
		await expect(eventPanel(page, event)).toBeVisible();
		await expect(page).toHaveURL(/event=.*from=.*to=.*q=Trump.*person=Nigel\+Farage/);
		// The view may still be on its way to the event when the address first names it: copy the address once the
		// view has come to rest and the address says where it rests.
		const rest = await settledWindow(page);
		const urlWindow = () => {
			const params = new URL(page.url()).searchParams;
			return [params.get('from'), params.get('to')];
		};
		const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
		await expect.poll(urlWindow).toEqual([isoDay(rest.start), isoDay(rest.end)]);
		const before = await visibleWindow(page);
		const ids = await listedIds(page);

		const copy = await context.newPage();
		await copy.goto(page.url());
		await expect(eventPanel(copy, event)).toBeVisible();
		await expect(copy.getByRole('searchbox', { name: 'Search' })).toHaveValue('Trump');
		await expect(copy.getByRole('button', { name: 'Remove filter Person: Nigel Farage' })).toBeVisible();
		expect(await listedIds(copy)).toEqual(ids);
		await expect
			.poll(async () => {
				const after = await visibleWindow(copy);
				return Math.abs(after.start - before.start) <= DAY && Math.abs(after.end - before.end) <= DAY;
			})
			.toBe(true);
	});

	test('each event has its own page with a title, a description for link previews and its excerpts @phone', async ({
		page
	}) => {
		const event = rally();
		await page.goto(`/events/${event.id}`);
		await expect(page).toHaveTitle(new RegExp(event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description).toContain(event.summary);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /rally/i);
		await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description ?? '');
		await expect(page.locator('blockquote')).toHaveCount(event.excerpts.length);
		expect(await seriousViolations(page, 'body')).toEqual([]);
		await page.getByRole('link', { name: 'Open this event in the timeline' }).click();
		await expect(page).toHaveURL(new RegExp(`\\?event=${event.id}`));
		await expect(eventPanel(page, event)).toBeVisible();
	});

	test('every event page is prerendered, and an unknown one is a 404', async ({ request }) => {
		for (const event of data.events) {
			const response = await request.get(`/events/${event.id}`);
			expect(response.status(), event.id).toBe(200);
			expect(await response.text()).toContain('og:description');
		}
		expect((await request.get('/events/no-such-event')).status()).toBe(404);
	});
});
