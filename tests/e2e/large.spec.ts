import { expect, test } from '@playwright/test';
import { syntheticTimeline } from '../../scripts/bench/synthetic';
import { serveJson } from './helpers/serve';
import { viewport, viewportCentre, visibleWindow } from './helpers/timeline';

const EVENTS = 10_000;

test('a wheel zoom on a large timeline, left alone, ends drawn at the scale on screen, not at a coarser stand-in', async ({
	page
}) => {
	test.slow();
	await serveJson(page, 'https://timelines.example/large.json', JSON.stringify(syntheticTimeline(EVENTS)));
	await page.goto('/?src=https://timelines.example/large.json');
	await expect(page.getByText(/of 10,?000 events/)).toBeVisible({ timeout: 60_000 });
	const before = await visibleWindow(page);
	const { x, y } = await viewportCentre(page);
	await page.mouse.move(x, y);
	// At once, while the levels of deeper zooms are still to be laid out in idle time.
	for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -300);
	await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThan(before.days / 50);
	await expect(viewport(page)).not.toHaveAttribute('data-moving');
	// No more input: the view must finish drawing on its own.
	await expect(viewport(page)).not.toHaveAttribute('data-provisional', { timeout: 15_000 });
	await expect(viewport(page).locator('[data-event-id]').first()).toBeVisible();
});
