import type { Page } from '@playwright/test';

/**
 * Answers requests for `url` with `body` as JSON that any site may read, as a timeline host would; with `held`, not
 * before the returned function is called, so a test can see what the page shows while it waits.
 */
export async function serveJson(page: Page, url: string, body: string, { held = false } = {}): Promise<() => void> {
	let release = () => {};
	const released = held ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
	await page.route(url, async (route) => {
		await released;
		await route.fulfill({ body, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } });
	});
	return release;
}
