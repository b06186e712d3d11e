import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serveJson } from './helpers/serve';
import { openTimeline, viewport } from './helpers/timeline';

const fixture = (name: string) => `tests/fixtures/import/${name}`;

async function eventCount(page: Page): Promise<number> {
	const text = (await page.getByTestId('visible-range').textContent()) ?? '';
	return Number(/of (\d+) events/.exec(text)?.[1] ?? NaN);
}

async function openWithPicker(page: Page, name: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open…' }).click();
	await (await chooser).setFiles(fixture(name));
}

test.describe('opening other timelines', () => {
	test.beforeEach(async ({ page }) => {
		await openTimeline(page);
	});

	test('a TimelineJS JSON file opened with the picker is drawn with its title', async ({ page }) => {
		const builtIn = await eventCount(page);
		await openWithPicker(page, 'tljs-basic.json');
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sourceline');
		await expect.poll(() => eventCount(page)).toBe(6);
		expect(builtIn).toBeGreaterThan(6);
		await expect(viewport(page).locator('[data-event-id], [data-cluster-count]').first()).toBeVisible();
	});

	test('HTML character references in an opened file read as a browser shows them', async ({ page }) => {
		await openWithPicker(page, 'tljs-entities.json');
		await expect.poll(() => eventCount(page)).toBe(2);
		const decoded = 'a–b šibenik … café & co';
		await page
			.getByRole('region', { name: 'Events in date order' })
			.getByRole('button', { name: new RegExp(decoded) })
			.click();
		const panel = page.getByRole('region', { name: decoded, exact: true });
		await expect(panel.getByRole('heading', { name: decoded })).toBeVisible();
		await expect(panel.locator('blockquote')).toHaveText(`Met in ${decoded}.`);
		await expect(panel).not.toContainText(/&\w+;|&#|pwned|display:none/);
		expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
	});

	test('a TimelineJS sheet dropped on the page opens, with its groups as lanes', async ({ page }) => {
		const csv = readFileSync(fixture('sheet.csv'), 'utf8');
		const dataTransfer = await page.evaluateHandle((text) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], 'sheet.csv', { type: 'text/csv' }));
			return transfer;
		}, csv);
		await page.dispatchEvent('body', 'dragover', { dataTransfer });
		await page.dispatchEvent('body', 'drop', { dataTransfer });
		await expect.poll(() => eventCount(page)).toBe(4);
	});

	test('a broken file is reported by name and place, and the timeline stays as it was', async ({ page }) => {
		const before = await eventCount(page);
		const title = await page.getByRole('heading', { level: 1 }).textContent();
		await openWithPicker(page, 'broken-no-date.json');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('broken-no-date.json');
		await expect(alert).toContainText('Undated event');
		await expect(alert).toContainText('no date');
		expect(await eventCount(page)).toBe(before);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
	});

	test('a file that is not JSON says where it breaks', async ({ page }) => {
		await openWithPicker(page, 'broken-not-json.json');
		await expect(page.getByRole('alert')).toContainText(/line 4, column 3/);
	});

	test('hostile content imports as inert text: nothing executes and the page keeps working', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		// The page's own inline scripts (SvelteKit's, app.html's) and nothing the file brought.
		const inlineScripts = page.locator('script:not([type="application/json"]):not([src])');
		const served = await inlineScripts.count();
		await openWithPicker(page, 'hostile.json');
		await expect.poll(() => eventCount(page)).toBe(4);
		const events = viewport(page).locator('[data-event-id]');
		await events.first().click();
		expect(dialogs).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
		expect(await inlineScripts.count()).toBe(served);
		expect(await page.locator('iframe, svg[onload], img[onerror]').count()).toBe(0);
		await expect(page.locator('body')).toBeVisible();
		const before = await page.getByTestId('visible-range').textContent();
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect(page.getByTestId('visible-range')).not.toHaveText(before ?? '');
	});

	for (const format of ['Sourceline JSON', 'TimelineJS JSON', 'TimelineJS CSV']) {
		test(`the built-in timeline exported as ${format} opens again with the same events`, async ({ page }) => {
			const title = await page.getByRole('heading', { level: 1 }).textContent();
			const builtIn = await eventCount(page);
			await page.getByText('Export', { exact: true }).click();
			await expect(page.getByRole('paragraph').filter({ hasText: /^Publishing is exporting/ })).toContainText(
				'?src=<its address>'
			);
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: format }).click();
			const path = await (await download).path();
			// Something else on show first, so the export's own title and events are what the page shows after.
			await openWithPicker(page, 'tljs-basic.json');
			await expect.poll(() => eventCount(page)).toBe(6);
			const chooser = page.waitForEvent('filechooser');
			await page.getByRole('button', { name: 'Open…' }).click();
			await (await chooser).setFiles(path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
			await expect.poll(() => eventCount(page)).toBe(builtIn);
		});
	}
});

test.describe('?src=', () => {
	test('loads a timeline from an http(s) address', async ({ page }) => {
		const body = readFileSync(fixture('tljs-eras-groups.json'), 'utf8');
		await serveJson(page, 'https://timelines.example/harbor.json', body);
		await page.goto('/?src=https://timelines.example/harbor.json');
		await expect.poll(() => eventCount(page)).toBe(5);
		await expect(page.getByRole('navigation', { name: 'Periods' }).getByRole('button')).toHaveCount(2);
	});

	test('loads Sourceline JSON, its quotes checked against its articles', async ({ page }) => {
		const body = readFileSync(fixture('sourceline-basic.json'), 'utf8');
		await serveJson(page, 'https://timelines.example/bridge.json', body);
		await page.goto('/?src=https://timelines.example/bridge.json');
		await expect.poll(() => eventCount(page)).toBe(3);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(JSON.parse(body).title);
		await expect(page).toHaveTitle(`${JSON.parse(body).title} · Sourceline`);
	});

	test('says what it is opening until the timeline arrives, not showing the built-in one meanwhile', async ({
		page
	}) => {
		const body = readFileSync(fixture('sourceline-basic.json'), 'utf8');
		const release = await serveJson(page, 'https://timelines.example/slow.json', body, { held: true });
		await page.goto('/?src=https://timelines.example/slow.json');
		await expect(page.getByRole('status')).toHaveText('Opening https://timelines.example/slow.json…');
		await expect(viewport(page)).toHaveCount(0);
		release();
		await expect.poll(() => eventCount(page)).toBe(3);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(JSON.parse(body).title);
		await expect(page.getByText('Opening https://timelines.example/slow.json…')).toHaveCount(0);
	});

	test('refuses Sourceline JSON that misquotes its article, naming the event, and keeps the built-in timeline', async ({
		page
	}) => {
		const body = readFileSync(fixture('broken-sourceline-bad-quote.json'), 'utf8');
		await serveJson(page, 'https://timelines.example/misquoted.json', body);
		await page.goto('/?src=https://timelines.example/misquoted.json');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('event "study-recommends-cable-stays" › excerpts[0].quote (line 89, column 6)');
		await expect(alert).toContainText('not found verbatim');
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(JSON.parse(body).title);
		await expect(page).toHaveTitle(/^Sourceline: Banks, Wigmore/);
		await expect(viewport(page).locator('[data-event-id]').first()).toBeVisible();
	});

	test('a timeline drawn before its check gives way to the built-in one when the check fails', async ({ page }) => {
		// Well formed, so it is drawn at once, but one quote is not in its article: only the check finds that.
		const document = JSON.parse(readFileSync(fixture('sourceline-basic.json'), 'utf8'));
		document.events[1].excerpts[0].quote = 'Words the article never printed.';
		await serveJson(page, 'https://timelines.example/unchecked.json', JSON.stringify(document));
		await page.goto('/?src=https://timelines.example/unchecked.json');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(`event "${document.events[1].id}" › excerpts[0].quote`);
		await expect(alert).toContainText('The built-in timeline is shown instead.');
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(document.title);
		await expect(page).toHaveTitle(/^Sourceline: Banks, Wigmore/);
		await expect(viewport(page).locator('[data-event-id]').first()).toBeVisible();
	});

	test('refuses a javascript: address and keeps the built-in timeline', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			return dialog.dismiss();
		});
		await page.goto('/?src=javascript:alert(1)');
		await expect(page.getByRole('alert')).toContainText(/http/);
		await expect(viewport(page).locator('[data-event-id]').first()).toBeVisible();
		expect(dialogs).toEqual([]);
	});

	test('reports an address that answers with an error, and the message can be dismissed on a phone too @phone', async ({
		page
	}) => {
		await page.route('https://timelines.example/missing.json', (route) => route.fulfill({ status: 404, body: 'nope' }));
		await page.goto('/?src=https://timelines.example/missing.json');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('404');
		await expect(viewport(page).locator('[data-event-id], [data-cluster-count]').first()).toBeVisible();
		// A long address in the message does not push its button off the screen.
		const dismiss = alert.getByRole('button', { name: 'Dismiss' });
		const box = (await dismiss.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
		await dismiss.click();
		await expect(alert).toHaveCount(0);
	});

	test('reports a response that is not a timeline, without rendering it', async ({ page }) => {
		await page.route('https://timelines.example/page.html', (route) =>
			route.fulfill({ body: '<html><script>window.pwned=1</script></html>', contentType: 'text/html' })
		);
		await page.goto('/?src=https://timelines.example/page.html');
		await expect(page.getByRole('alert')).toContainText('page.html');
		expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
	});
});
