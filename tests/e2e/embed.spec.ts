import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seriousViolations } from './helpers/axe';
import { expect, test, type Page } from '@playwright/test';
import { builtInDocument, eventPanel, eventTitled, listRow } from './helpers/reading';
import { serveJson } from './helpers/serve';
import { openTimeline } from './helpers/timeline';

/**
 * A news site's article on another origin (a server of the test's own on another port; Chromium lets only a local
 * page frame a local address), with the embed in a 600×450 frame and the README's height listener.
 */
function articleFraming(embedAddress: string): string {
	return `<!doctype html><html lang="en"><head><title>An article</title></head><body>
		<h1>An article about the timeline</h1>
		<iframe id="sourceline" src="${embedAddress}" title="Sourceline timeline" width="600" height="450"
			style="border: 0"></iframe>
		<p>Reported height: <output id="reported"></output></p>
		<script>
			window.addEventListener('message', (event) => {
				if (event.data?.type !== 'sourceline:height') return;
				const frame = document.getElementById('sourceline');
				if (frame.contentWindow !== event.source) return;
				document.getElementById('reported').textContent = event.data.height;
				frame.style.height = event.data.height + 'px';
			});
		</script>
	</body></html>`;
}

let newsSite: Server;
let newsOrigin = '';
test.beforeAll(async () => {
	newsSite = createServer((request, response) => {
		const embed = new URL(request.url ?? '/', 'http://localhost').searchParams.get('embed') ?? '';
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleFraming(embed));
	});
	await new Promise<void>((done) => newsSite.listen(0, '127.0.0.1', done));
	newsOrigin = `http://127.0.0.1:${(newsSite.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => newsSite.close(() => done())));

async function openArticle(page: Page, embedAddress: string): Promise<string> {
	const article = `${newsOrigin}/article.html?${new URLSearchParams({ embed: embedAddress })}`;
	await page.goto(article);
	return article;
}

test('an article frames the embed at 600×450: timeline, excerpts, its height, and a way to the full view', async ({
	page,
	request,
	baseURL
}) => {
	// Many steps, each waiting on the page: room for a busy machine.
	test.slow();
	const timeline = await builtInDocument(request);
	const vote = eventTitled(timeline, /^UK votes to leave the EU/);
	const rally = eventTitled(timeline, /Trump rally in Mississippi/);
	const article = await openArticle(page, `${baseURL}/embed?event=${vote.id}&from=2016-05-01&to=2016-09-30`);
	const frame = page.frameLocator('#sourceline');

	// The timeline with its events, and the selected event's excerpts within the 450 pixels the article gave it.
	await expect(frame.locator('[data-timeline-viewport] [data-event-id]').first()).toBeVisible();
	await expect(frame.getByRole('heading', { level: 2, name: vote.title })).toBeInViewport();
	await expect(frame.locator('blockquote').first()).toHaveText(vote.excerpts[0].quote.replace(/\s+/g, ' ').trim());
	await expect(frame.locator('blockquote').first()).toBeInViewport();

	// None of the app's own controls: no search, filters, import, export, zoom buttons, print or embed.
	await expect(frame.locator('input, select, textarea')).toHaveCount(0);
	for (const name of ['Open…', 'Export', 'Print', 'Embed', 'Zoom in', 'Zoom out', 'Show all', 'Lesotho 2014–15']) {
		await expect(frame.getByRole('button', { name, exact: true })).toHaveCount(0);
	}

	// The embed reports the height its content needs, and the article's listener sizes the frame to it.
	const reported = page.locator('#reported');
	await expect(reported).toHaveText(/^\d+$/);
	const height = Number(await reported.textContent());
	expect(height).toBeGreaterThan(450);
	await expect.poll(async () => (await page.locator('#sourceline').boundingBox())?.height).toBe(height);

	// Choosing another event (not the first marker) shows its excerpts; the frame's address and the article's history
	// stay as they were, so the article's Back button still leaves the article.
	const historyBefore = await page.evaluate(() => history.length);
	// By the keyboard, along the events in date order from the linked event, which is drawn as itself even in the
	// embed's one narrow lane.
	await frame.locator(`[data-timeline-viewport] [data-event-id="${vote.id}"]`).focus();
	const focusedEvent = frame.locator('[data-event-id]:focus');
	for (let step = 0; step < 40 && (await focusedEvent.getAttribute('data-event-id')) !== rally.id; step++) {
		const before = await focusedEvent.getAttribute('data-event-id');
		await page.keyboard.press('ArrowRight');
		await expect(focusedEvent).not.toHaveAttribute('data-event-id', before!);
	}
	await expect(focusedEvent).toHaveAttribute('data-event-id', rally.id);
	await page.keyboard.press('Enter');
	await expect(frame.getByRole('heading', { level: 2, name: rally.title })).toBeVisible();
	await expect(frame.locator('blockquote')).toHaveCount(rally.excerpts.length);
	expect(await page.evaluate(() => history.length)).toBe(historyBefore);
	// The new content is taller: a new height arrives.
	await expect(reported).not.toHaveText(String(height));

	// "Open in Sourceline" opens the full view on the same event in a new tab; the article stays.
	const [full] = await Promise.all([
		page.context().waitForEvent('page'),
		frame.getByRole('link', { name: 'Open in Sourceline' }).click()
	]);
	await expect(full).toHaveURL(new RegExp(`^${baseURL}/\\?event=${rally.id}&from=2016-0`));
	await expect(full.getByRole('heading', { name: rally.title })).toBeVisible();
	await expect(full.getByRole('button', { name: 'Embed' })).toBeVisible();
	await expect(page).toHaveURL(article);

	// A link into an article leaves in a new tab too.
	const [reader] = await Promise.all([
		page.context().waitForEvent('page'),
		frame
			.getByRole('link', { name: /^Read in the article/ })
			.first()
			.click()
	]);
	await expect(reader).toHaveURL(new RegExp(`^${baseURL}/sources/`));
	await expect(frame.getByRole('heading', { level: 2, name: rally.title })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the embed is light and axe finds no serious violations in it (${colorScheme} scheme)`, async ({
		page,
		request
	}) => {
		const vote = eventTitled(await builtInDocument(request), /^UK votes to leave the EU/);
		await page.setViewportSize({ width: 600, height: 450 });
		await page.emulateMedia({ colorScheme });
		await page.goto(`/embed?event=${vote.id}`);
		await expect(page.locator('[data-timeline-viewport] [data-event-id]').first()).toBeVisible();
		await expect(page.locator('blockquote').first()).toBeVisible();
		// The page's background is the light palette's whatever the reader's scheme.
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
			'rgb(246, 247, 249)'
		);
		expect(await seriousViolations(page)).toEqual([]);
	});
}

test('a bad link to the embed says what is wrong and still shows the timeline', async ({ page }) => {
	await page.goto('/embed?event=no-such-event&from=2016-02-30&to=2016-03-10');
	await expect(page.getByRole('alert')).toContainText('not a real day');
	await expect(page.getByRole('alert')).toContainText('"no-such-event"');
	await expect(page.locator('[data-timeline-viewport] [data-event-id]').first()).toBeVisible();
	await expect(page.getByText('Choose an event on the timeline')).toBeVisible();
});

test('an embed of another timeline (?src=) says what it is opening, then shows it, never the built-in one', async ({
	page
}) => {
	const body = readFileSync(new URL('../fixtures/import/sourceline-basic.json', import.meta.url), 'utf8');
	const release = await serveJson(page, 'https://timelines.example/bridge.json', body, { held: true });
	await page.setViewportSize({ width: 600, height: 450 });
	await page.goto('/embed?src=https://timelines.example/bridge.json');
	await expect(page.getByRole('status')).toHaveText('Opening https://timelines.example/bridge.json…');
	await expect(page.locator('[data-timeline-viewport]')).toHaveCount(0);
	release();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(JSON.parse(body).title);
	await expect(page.locator('[data-timeline-viewport] [data-event-id]')).toHaveCount(JSON.parse(body).events.length);
});

test('the Embed control gives the snippet for the view on screen, and copies it', async ({
	page,
	request,
	baseURL
}) => {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	const rally = eventTitled(await builtInDocument(request), /Trump rally in Mississippi/);
	await openTimeline(page, '?from=2016-05-01&to=2016-09-30');
	await listRow(page, rally).click();
	await expect(eventPanel(page, rally)).toBeVisible();

	const embed = page.getByRole('button', { name: 'Embed' });
	await embed.click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	const code = dialog.getByRole('textbox', { name: 'Code to paste' });
	await expect(code).toHaveValue(
		new RegExp(
			`^<iframe src="${baseURL}/embed\\?event=${rally.id}&amp;from=2016-0[45]-\\d\\d&amp;to=2016-(09|10)-\\d\\d" title="Sourceline timeline: [^"]+" width="100%" height="\\d+"`
		)
	);
	await dialog.getByRole('button', { name: 'Copy code' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied.');
	const snippet = await code.inputValue();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

	// The keyboard closes it, and the focus goes back to the control that opened it.
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(embed).toBeFocused();

	// The snippet's address opens the embed on the same event.
	const address = /src="([^"]+)"/.exec(snippet)![1].replaceAll('&amp;', '&');
	await page.goto(address);
	await expect(page.getByRole('heading', { level: 2, name: rally.title })).toBeVisible();
});
