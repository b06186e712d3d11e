import { seriousViolations } from './helpers/axe';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { openTimeline } from './helpers/timeline';

/** A Wikinews article that is not one of the built-in three (see tests/fixtures/authoring/CREDITS.md). */
const ARTICLE_PATH = 'tests/fixtures/authoring/apple-executive-leaves.txt';
const ARTICLE = readFileSync(ARTICLE_PATH, 'utf8');
const TITLE = 'Apple executive leaves company after iPhone 4 antenna issues';

const eventList = (page: Page) => page.getByRole('region', { name: 'Events in date order' });
const form = (page: Page) => page.getByRole('dialog', { name: 'Add an article' });
const review = (page: Page) => page.getByRole('dialog', { name: /^Review:/ });

/** The proposed passage whose words contain `text`, dated `date` (as its card shows it). */
function card(page: Page, text: string, date: RegExp): Locator {
	return review(page)
		.getByRole('listitem')
		.filter({ has: page.getByRole('blockquote').filter({ hasText: text }) })
		.filter({ has: page.getByRole('paragraph').filter({ hasText: date }) })
		.first();
}

/** From the built-in timeline: adds the article with what is known of it, and finds its dated events. */
async function addArticleAndFind(page: Page): Promise<void> {
	await openTimeline(page);
	await page.getByRole('button', { name: 'Add an article' }).click();
	await form(page).getByLabel('Article text').fill(ARTICLE);
	await form(page).getByLabel('Title').fill(TITLE);
	await form(page).getByLabel('Outlet').fill('Wikinews');
	await form(page).getByLabel('Publication date').fill('2010-08-09');
	await form(page).getByRole('button', { name: 'Add the article' }).click();
	await expect(page).toHaveURL(/[?&]timeline=/);
	await review(page).getByRole('button', { name: 'Find dated events' }).click();
	await expect(review(page).getByRole('status')).toContainText('proposed');
}

test.describe('building a timeline from your own articles', () => {
	// Whole authoring sessions, with a long article typed in, on a shared two-core machine.
	test.describe.configure({ timeout: 90_000 });

	test('add an article, accept, edit, merge, reload, export and open the export elsewhere', async ({
		page,
		browser
	}, testInfo) => {
		// It also runs the data check's command line on the export.
		test.setTimeout(180_000);
		await addArticleAndFind(page);
		// Every proposed passage is highlighted in the article with its date beside it.
		await expect(review(page).locator('mark').filter({ hasText: 'since November 2008' })).toBeVisible();

		await card(page, 'since November 2008', /Nov 2008/)
			.getByRole('button', { name: 'Accept', exact: true })
			.click();
		await expect(card(page, 'since November 2008', /Nov 2008/)).toContainText('On the timeline as');
		await card(page, 'until April 2009', /Apr 2009/)
			.getByRole('button', { name: 'Accept', exact: true })
			.click();
		await expect(card(page, 'until April 2009', /Apr 2009/)).toContainText('On the timeline as');
		const press = card(page, 'In a July 16 press conference', /Jul/);
		await press.getByRole('button', { name: 'Accept', exact: true }).click();
		await expect(review(page).getByRole('status')).toContainText('3 on the timeline');

		// Edit the accepted event's date: the day the article gives.
		await press.getByRole('button', { name: 'Edit' }).click();
		await press.getByLabel('Date', { exact: true }).fill('2010-07-16');
		await press.getByRole('button', { name: 'Save' }).click();
		await expect(press.getByLabel('Date', { exact: true })).toBeHidden();

		// The dateline reports the day of the news: merged into the press conference, that event gains an excerpt.
		const dateline = card(page, 'August 9, 2010', /Aug 2010/);
		await dateline.getByLabel('Same event as').selectOption({ label: await pressTitle(page) });
		await dateline.getByRole('button', { name: 'Merge' }).click();
		await expect(dateline).toContainText('On the timeline as');

		await review(page).getByRole('button', { name: 'Close' }).click();
		await expect(eventList(page)).toContainText('3 events, in date order');

		// A reload (or a bookmark) opens the same personal timeline from the browser's storage.
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		await expect(eventList(page)).toContainText('3 events, in date order');
		await expect(eventList(page).getByRole('button', { name: /16 Jul 2010/ })).toBeVisible();

		// Export, and open the export in a browser that has never seen this timeline.
		await page.getByRole('button', { name: 'Publish…' }).click();
		await expect(page.getByRole('dialog', { name: 'Export and publish' })).toContainText(
			/Publishing is exporting.*\?src=<its address>.*embed takes the same address/s
		);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export as Sourceline JSON' }).click();
		const path = await (await download).path();
		const exported = JSON.parse(readFileSync(path, 'utf8'));
		expect(exported.events).toHaveLength(3);
		expect(exported.sources).toEqual([
			expect.objectContaining({ title: TITLE, outlet: 'Wikinews', published: '2010-08-09', text: ARTICLE.trimEnd() })
		]);
		const merged = exported.events.find((event: { date: { start: string } }) => event.date.start === '2010-07-16');
		expect(merged.excerpts.map((excerpt: { quote: string }) => excerpt.quote)).toEqual([
			expect.stringMatching(/^In a July 16 press conference/),
			'August 9, 2010'
		]);

		// The data check accepts the export as it is.
		const checked = testInfo.outputPath('export.sourceline.json');
		copyFileSync(path, checked);
		expect(execFileSync('npx', ['tsx', 'scripts/data-check.ts', checked], { encoding: 'utf8' })).toMatch(
			/3 events, 1 sources, 0 problems/
		);

		// Each export, opened in a browser that has never seen this timeline, gives back the same events.
		const titles = exported.events.map((event: { title: string }) => event.title);
		await expectSameTimeline(browser, path, titles);
		for (const format of ['TimelineJS JSON', 'TimelineJS CSV']) {
			const timelineJs = page.waitForEvent('download');
			await page.getByRole('button', { name: `Export as ${format}` }).click();
			const file = await timelineJs;
			expect(file.suggestedFilename()).toMatch(format.endsWith('CSV') ? /\.timelinejs\.csv$/ : /\.timelinejs\.json$/);
			const saved = testInfo.outputPath(file.suggestedFilename());
			await file.saveAs(saved);
			await expectSameTimeline(browser, saved, titles);
		}
	});

	test('a timeline of three articles: events from each on the list, and each article a source to filter by', async ({
		page
	}) => {
		test.setTimeout(150_000);
		// Three Wikinews articles on the iPhone 4 (tests/fixtures/authoring/CREDITS.md), each with a passage to keep.
		const articles = [
			{
				file: 'apple-unveils-iphone-4.txt',
				title: 'Apple unveils iPhone 4, iOS 4 at Worldwide Developers Conference 2010',
				published: '2010-06-08',
				passage: 'company CEO Steve Jobs unveiled iPhone 4',
				date: /7 Jun 2010/
			},
			{
				file: 'apple-free-cases.txt',
				title: 'Apple to give free cases, refunds to iPhone 4 owners',
				published: '2010-07-17',
				passage: 'Apple Inc. announced Friday that it will give owners',
				date: /16 Jul 2010/
			},
			{
				file: 'apple-executive-leaves.txt',
				title: TITLE,
				published: '2010-08-09',
				passage: 'since November 2008',
				date: /Nov 2008/
			}
		];
		await openTimeline(page);
		for (const [i, article] of articles.entries()) {
			await page.getByRole('button', { name: 'Add an article' }).click();
			await form(page)
				.getByLabel('Article text')
				.fill(readFileSync(`tests/fixtures/authoring/${article.file}`, 'utf8'));
			await form(page).getByLabel('Title').fill(article.title);
			await form(page).getByLabel('Outlet').fill('Wikinews');
			await form(page).getByLabel('Publication date').fill(article.published);
			await form(page).getByRole('button', { name: 'Add the article' }).click();
			await expect(review(page)).toHaveAccessibleName(`Review: ${article.title}`);
			await review(page).getByRole('button', { name: 'Find dated events' }).click();
			await expect(review(page).getByRole('status')).toContainText('proposed');
			await card(page, article.passage, article.date).getByRole('button', { name: 'Accept', exact: true }).click();
			await expect(card(page, article.passage, article.date)).toContainText('On the timeline as');
			await review(page).getByRole('button', { name: 'Close' }).click();
			await expect(eventList(page)).toContainText(`${i + 1} events, in date order`);
			await expect(page.getByRole('button', { name: `Articles (${i + 1})` })).toBeVisible();
		}
		for (const article of articles) {
			await expect(eventList(page).getByRole('button', { name: article.date })).toBeVisible();
		}
		const sources = page.getByLabel('Filter by source');
		for (const article of articles) {
			await expect(sources.getByRole('option', { name: `${article.title} (1)` })).toBeAttached();
		}
		await sources.selectOption({ label: `${articles[1].title} (1)` });
		await expect(eventList(page)).toContainText('1 of 3 events match');
		await expect(eventList(page).getByRole('button', { name: articles[1].date })).toBeVisible();
	});

	test('an empty article and a binary file each get their message, and nothing is lost', async ({ page }) => {
		await openTimeline(page);
		const heading = await page.getByRole('heading', { level: 1 }).textContent();
		await page.getByRole('button', { name: 'Add an article' }).click();
		await form(page).getByLabel('Title').fill('Notes');
		await form(page).getByRole('button', { name: 'Add the article' }).click();
		await expect(form(page).getByRole('alert')).toHaveText(/article text is empty/);

		await form(page).getByLabel('Article text').fill('It rained in May 2010.');
		await form(page)
			.locator('input[type=file]')
			.setInputFiles({
				name: 'photo.txt',
				mimeType: 'text/plain',
				buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])
			});
		await expect(form(page).getByRole('alert')).toHaveText(/photo\.txt is a PNG image, not text.*Nothing was changed/);
		await expect(form(page).getByLabel('Article text')).toHaveValue('It rained in May 2010.');
		await expect(form(page).getByLabel('Title')).toHaveValue('Notes');
		await form(page).getByRole('button', { name: 'Close' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
		await expect(page).not.toHaveURL(/timeline=/);
	});

	test('the same article added twice is refused, with a way to open the first', async ({ page }) => {
		await addArticleAndFind(page);
		await review(page).getByRole('button', { name: 'Close' }).click();
		await page.getByRole('button', { name: 'Add an article' }).click();
		await form(page).getByLabel('Article text').fill(`  ${ARTICLE}\n`);
		await form(page).getByRole('button', { name: 'Add the article' }).click();
		await expect(form(page).getByRole('alert')).toHaveText(/already in this timeline/);
		await form(page).getByRole('button', { name: 'Open it' }).click();
		await expect(review(page)).toBeVisible();
	});

	test('two tabs editing the same timeline keep both edits', async ({ page, context }) => {
		await addArticleAndFind(page);
		const other = await context.newPage();
		await other.goto(page.url());
		await expect(other.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		await other.getByRole('button', { name: /^Articles/ }).click();
		await other.getByRole('button', { name: `Review “${TITLE}”` }).click();
		await review(other).getByRole('button', { name: 'Find dated events' }).click();

		await card(page, 'since November 2008', /Nov 2008/)
			.getByRole('button', { name: 'Accept', exact: true })
			.click();
		await expect(review(page).getByRole('status')).toContainText('1 on the timeline');
		await card(other, 'until April 2009', /Apr 2009/)
			.getByRole('button', { name: 'Accept', exact: true })
			.click();
		// Each tab hears of the other's change and shows both.
		await expect(review(other).getByRole('status')).toContainText('2 on the timeline');
		await expect(review(page).getByRole('status')).toContainText('2 on the timeline');

		await page.reload();
		await expect(eventList(page)).toContainText('2 events, in date order');
	});

	test('the form and the review have no serious accessibility problems', async ({ page }) => {
		await openTimeline(page);
		await page.getByRole('button', { name: 'Add an article' }).click();
		await expect(form(page)).toBeVisible();
		expect(await seriousViolations(page, 'dialog')).toEqual([]);
		await form(page).getByRole('button', { name: 'Close' }).click();
		await page.getByRole('button', { name: 'Add an article' }).click();
		await form(page).getByLabel('Article text').fill(ARTICLE);
		await form(page).getByLabel('Publication date').fill('2010-08-09');
		await form(page).getByRole('button', { name: 'Add the article' }).click();
		await review(page).getByRole('button', { name: 'Find dated events' }).click();
		await expect(review(page).getByRole('status')).toContainText('proposed');
		await card(page, 'since November 2008', /Nov 2008/)
			.getByRole('button', { name: 'Edit before accepting' })
			.click();
		expect(await seriousViolations(page, 'dialog')).toEqual([]);
	});
});

/** Opens the file in a fresh browser context: the same title and events, each on the list by its title and date. */
async function expectSameTimeline(browser: Browser, path: string, titles: string[]): Promise<void> {
	const elsewhere = await browser.newContext();
	const fresh = await elsewhere.newPage();
	await openTimeline(fresh);
	const chooser = fresh.waitForEvent('filechooser');
	await fresh.getByRole('button', { name: 'Open…' }).click();
	await (await chooser).setFiles(path);
	await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(eventList(fresh)).toContainText(`${titles.length} events, in date order`);
	for (const title of titles) {
		await expect(eventList(fresh).getByRole('button', { name: title }).first()).toBeVisible();
	}
	await expect(eventList(fresh).getByRole('button', { name: /16 Jul 2010/ })).toBeVisible();
	await elsewhere.close();
}

async function pressTitle(page: Page): Promise<string> {
	const timeline = await page.evaluate(() => location.search);
	expect(timeline).toContain('timeline=');
	const press = card(page, 'In a July 16 press conference', /Jul/);
	return ((await press.getByText(/On the timeline as/).textContent()) ?? '').replace(/^.*“(.*)”.*$/s, '$1').trim();
}
