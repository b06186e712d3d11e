import { expect, type Locator, type Page } from '@playwright/test';

/** The zoomable area, found by its test hook. */
export function viewport(page: Page): Locator {
	return page.locator('[data-timeline-viewport]');
}

/** The visible window as the app reports it, in ms since the epoch (end is the last day shown). */
export async function visibleWindow(page: Page): Promise<{ start: number; end: number; days: number }> {
	const element = viewport(page);
	const start = Date.parse((await element.getAttribute('data-visible-start')) ?? '');
	const end = Date.parse((await element.getAttribute('data-visible-end')) ?? '');
	return { start, end, days: (end - start) / 86_400_000 };
}

/** Opens the app and waits until the timeline has drawn its events. */
export async function openTimeline(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	// The first draw waits on the page's scripts, which a busy machine can take a while to run.
	await expect(viewport(page).locator('[data-event-id], [data-cluster-count]').first()).toBeVisible({
		timeout: 20_000
	});
}

/** Waits until the visible window differs from `before` (the view has moved or zoomed). */
export async function waitForWindowChange(page: Page, before: { start: number; end: number }): Promise<void> {
	await expect
		.poll(async () => {
			const now = await visibleWindow(page);
			return now.start !== before.start || now.end !== before.end;
		})
		.toBe(true);
}

/** Centre of the viewport's lanes, where gestures happen. */
export async function viewportCentre(page: Page): Promise<{ x: number; y: number }> {
	const box = await viewport(page).boundingBox();
	if (!box) throw new Error('timeline viewport is not on screen');
	return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 160) };
}

/**
 * The visible window once the view has come to rest: two equal reads in a row, no `data-moving` (a wheel, drag,
 * pinch or animated zoom under way) and no `data-provisional` (the level of that scale still being laid out).
 */
export async function settledWindow(page: Page): Promise<{ start: number; end: number; days: number }> {
	let last = '';
	await expect
		.poll(
			async () => {
				const now = JSON.stringify(await visibleWindow(page));
				const same = now === last;
				last = now;
				const element = viewport(page);
				return (
					same &&
					(await element.getAttribute('data-moving')) === null &&
					(await element.getAttribute('data-provisional')) === null
				);
			},
			{ intervals: [120, 120, 200, 300] }
		)
		.toBe(true);
	return visibleWindow(page);
}
