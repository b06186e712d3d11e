import { seriousViolations } from './helpers/axe';
import { expect, test, type Page } from '@playwright/test';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { TimelineDocument, TimelineEvent } from '../../src/lib/model/timeline';
import { openTimeline } from './helpers/timeline';
import { builtInDocument, eventPanel, eventTitled } from './helpers/reading';

let data: TimelineDocument;

test.beforeAll(async ({ request }) => {
	data = await builtInDocument(request);
});

const byId = (id: string): TimelineEvent => {
	const event = data.events.find((e) => e.id === id);
	expect(event, `event ${id}`).toBeTruthy();
	return event!;
};

/** The first excerpt of the open panel is in the window: its first lines can be read without scrolling. */
async function expectFirstExcerptInView(page: Page, event: TimelineEvent) {
	const quote = eventPanel(page, event).locator('blockquote').first();
	await expect(quote).toBeVisible();
	const box = (await quote.boundingBox())!;
	const height = page.viewportSize()!.height;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + Math.min(box.height, 48), 'the first lines of the first excerpt end inside the window').toBeLessThan(
		height
	);
}

test.describe('the first screen', () => {
	test('names the story, says what the articles report and lists them by title, with the timeline in view', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await openTimeline(page);
		const heading = page.getByRole('heading', { name: data.story!.heading });
		await expect(heading).toBeInViewport();
		await expect(page.getByText(data.story!.introduction)).toBeVisible();
		for (const source of data.sources) {
			const name = source.title ?? /^Untitled article, begins ‘/;
			await expect(page.getByRole('link', { name })).toBeVisible();
		}
		await expect(page.locator('[data-timeline-viewport]')).toBeInViewport();
		expect(await seriousViolations(page, 'header')).toEqual([]);
	});
});

test.describe('evidence first', () => {
	const rallyId = 'mississippi-trump-rally-august-2016';

	test('with an event open at 1366×768 its first excerpt is in view, before the facts', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await openTimeline(page, `?event=${rallyId}`);
		const event = byId(rallyId);
		await expectFirstExcerptInView(page, event);
		// The page may have scrolled itself to bring the event's marker up from below the fold; the story's heading
		// stays on the screen.
		await expect(page.getByRole('heading', { level: 2, name: data.story!.heading })).toBeInViewport();
		const panel = eventPanel(page, event);
		const quoteTop = (await panel.locator('blockquote').first().boundingBox())!.y;
		const summaryTop = (await panel.getByText(event.summary).boundingBox())!.y;
		expect(quoteTop).toBeLessThan(summaryTop);
		// The list keeps a useful height beside the open panel.
		const list = (await page.getByRole('region', { name: 'Events in date order' }).boundingBox())!;
		expect(list.height).toBeGreaterThanOrEqual(200);
	});

	test('on a phone the bottom sheet shows the first excerpt without scrolling @phone', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await openTimeline(page, `?event=${rallyId}`);
		await expectFirstExcerptInView(page, byId(rallyId));
	});

	test('“Copy quote” copies the exact words with the article and a link to the passage', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openTimeline(page, `?event=${rallyId}`);
		const event = byId(rallyId);
		const panel = eventPanel(page, event);
		await panel.getByRole('button', { name: 'Copy quote' }).first().click();
		await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const excerpt = event.excerpts[0];
		const source = data.sources.find((s) => s.id === excerpt.source)!;
		expect(copied).toContain(`“${excerpt.quote}”`);
		expect(copied).toContain(source.title!);
		expect(copied).toMatch(new RegExp(`/sources/${source.id}\\?event=${rallyId}&excerpt=1$`));
	});

	test('a corrected event says what changed and why, and an excerpt that only dates it is shown as such', async ({
		page
	}) => {
		const event = byId('banks-st-louis-trump-event');
		await openTimeline(page, `?event=${event.id}`);
		const panel = eventPanel(page, event);
		const corrections = panel.getByRole('region', { name: 'Corrections' });
		await expect(corrections).toContainText(event.corrections![0].note);
		const datedBy = panel.locator('[data-dated-by] blockquote');
		await expect(datedBy).toHaveText(event.excerpts.filter((e) => e.role === 'dates').map((e) => e.quote));
		expect(await seriousViolations(page, '[data-event-panel]')).toEqual([]);
	});
});

test.describe('the articles’ own order', () => {
	for (const [from, to] of [
		['banks-wigmore-visit-trump-tower-after-election', 'banks-wigmore-meet-yakovenko-after-trump-tower'],
		['farage-meets-bryant-aide-at-rnc', 'bryant-sends-farage-formal-invite']
	]) {
		test(`Next from “${from}” reaches the event that follows it`, async ({ page }) => {
			await openTimeline(page, `?event=${from}`);
			await eventPanel(page, byId(from)).getByRole('button', { name: /^Next/ }).click();
			await expect(eventPanel(page, byId(to))).toBeVisible();
			await expect(page).toHaveURL(new RegExp(`event=${to}`));
		});
	}

	test('the event page of the Yakovenko meeting has the Trump Tower visit as the earlier event', async ({ page }) => {
		const meeting = byId('banks-wigmore-meet-yakovenko-after-trump-tower');
		await page.goto(`/events/${meeting.id}`);
		const earlier = page.getByRole('link', { name: /Earlier/ });
		await expect(earlier).toContainText(byId('banks-wigmore-visit-trump-tower-after-election').title);
	});
});

test.describe('the reader', () => {
	test('a quote can be selected by dragging across it, and a separate link leads to its event', async ({ page }) => {
		const event = byId('banks-wigmore-meet-yakovenko-after-trump-tower');
		const index = event.excerpts.findIndex((e) => e.quote.startsWith('A few days after'));
		const excerpt = event.excerpts[index];
		await page.goto(`/sources/${excerpt.source}?event=${event.id}&excerpt=${index + 1}`);
		const passage = page.locator('main mark[aria-current="true"]');
		await expect(passage).toBeFocused();
		const box = (await passage.boundingBox())!;
		await page.mouse.move(box.x + 1, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
		await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 4 });
		await page.mouse.up();
		const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
		expect(selected.length).toBeGreaterThan(excerpt.quote.length / 2);
		expect(excerpt.quote).toContain(selected.trim());
		// Still on the reader: dragging did not follow a link.
		await expect(page).toHaveURL(new RegExp(`/sources/${excerpt.source}`));
		await expect(page.getByRole('link', { name: `Event: ${event.title}`, exact: false }).first()).toBeVisible();
	});

	test('a bar in view steps through cited passages and leads back to the timeline', async ({ page }) => {
		const source = data.sources.find((s) => !s.title)!;
		await page.goto(`/sources/${source.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Untitled article, begins ‘/);
		await expect(page.getByText('The text does not state its title, outlet, author or date.')).toBeVisible();
		const next = page.getByRole('button', { name: /Next passage/ });
		await next.click();
		await next.click();
		await next.click();
		const bar = page.locator('[data-reader-bar]');
		await expect(bar).toContainText(/^.*3 of \d+/);
		await expect(bar).toBeInViewport();
		await expect(page.locator('mark.passage.at').first()).toBeInViewport();
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(200);
		await page.getByRole('button', { name: /Previous passage/ }).click();
		await expect(bar).toContainText('2 of');
		await bar.getByRole('link', { name: /Back to the timeline/ }).click();
		await expect(page.locator('[data-timeline-viewport]')).toBeVisible();
	});
});

test.describe('stable addresses', () => {
	test('an old id leads to its successor: its page links on, and ?event= opens it', async ({ page }) => {
		const rally = byId('mississippi-trump-rally-august-2016');
		const oldId = 'farage-and-trump-meet-day-after-arrival';
		expect(rally.aliases).toContain(oldId);
		await page.goto(`/events/${oldId}`);
		await expect(page.getByRole('note')).toContainText(oldId);
		await page.getByRole('link', { name: 'Go to the event’s own page' }).click();
		await expect(page).toHaveURL(new RegExp(`/events/${rally.id}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(rally.title);
		await expect(page.getByRole('region', { name: 'Corrections' })).toContainText('Merged with');

		await openTimeline(page, `?event=${oldId}`);
		await expect(eventPanel(page, rally)).toBeVisible();
	});

	test('the split Crimea event: its old id opens the dated part', async ({ page }) => {
		const crimea = eventTitled(data, /Crimea/);
		await openTimeline(page, '?event=russia-annexes-crimea-sberbank-sanctioned');
		await expect(eventPanel(page, crimea)).toBeVisible();
	});
});

test.describe('the built 404.html', () => {
	let server: Server;
	let origin: string;

	const TYPES: Record<string, string> = {
		'.html': 'text/html',
		'.js': 'text/javascript',
		'.css': 'text/css',
		'.json': 'application/json',
		'.svg': 'image/svg+xml'
	};

	// A static host as GitHub Pages or Netlify behave: files as they are, `404.html` for anything else.
	test.beforeAll(async () => {
		const root = join(process.cwd(), 'build');
		expect(existsSync(join(root, '404.html')), 'build/404.html exists').toBe(true);
		server = createServer((request, response) => {
			const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
			const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) => join(root, normalize(p)));
			const file = candidates.find((c) => c.startsWith(root) && existsSync(c) && statSync(c).isFile());
			response.statusCode = file ? 200 : 404;
			const served = file ?? join(root, '404.html');
			response.setHeader('content-type', TYPES[extname(served)] ?? 'application/octet-stream');
			createReadStream(served).pipe(response);
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const address = server.address();
		origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	});

	test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

	for (const [what, path] of [
		['an unknown event', '/events/no-such-event'],
		['an unknown article', '/sources/no-such-article'],
		['no page at all', '/no/such/page']
	]) {
		test(`shows the site's page for ${what}, with a link back to the timeline`, async ({ page }) => {
			const response = await page.goto(origin + path);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
			await page.getByRole('link', { name: 'Back to the timeline' }).click();
			await expect(page.locator('[data-timeline-viewport]')).toBeVisible();
			await expect(page).toHaveURL(new RegExp(`^${origin}/(\\?.*)?$`));
		});
	}
});
