import { expect, test } from '@playwright/test';
import { openTimeline, settledWindow, visibleWindow } from './helpers/timeline';

test.describe('the overview', () => {
	// Axe and a drawn-out drag take a while on a machine whose cores others keep busy.
	test.slow();

	test('on the first screen, a drag across the strip draws a new window and the timeline shows it', async ({
		page
	}) => {
		await openTimeline(page);
		// The first view shows the story's periods; the whole extent is one click away, and then the box covers it all.
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(Date.UTC(1991, 0));
		const full = await settledWindow(page);
		const strip = page.locator('.overview svg');
		await strip.scrollIntoViewIfNeeded();
		const box = (await strip.boundingBox())!;
		// The box covers the whole strip: the drag starts inside it, away from its handles.
		const y = box.y + 20;
		const [from, to] = [0.55, 0.8];
		await page.mouse.move(box.x + box.width * from, y);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * to, y, { steps: 8 });
		await page.mouse.up();
		const drawn = await settledWindow(page);
		expect(drawn.days).toBeLessThan(full.days * 0.4);
		const span = full.end - full.start;
		// The new window is where the drag went, within a few per cent of the strip.
		expect(Math.abs(drawn.start - (full.start + span * from))).toBeLessThan(span * 0.04);
		expect(Math.abs(drawn.end - (full.start + span * to))).toBeLessThan(span * 0.04);
		// And once zoomed in, a drag outside the box draws another one. (The timeline's rows grow and shrink with the
		// zoom, so the strip may have moved down the page.)
		await strip.scrollIntoViewIfNeeded();
		const moved = (await strip.boundingBox())!;
		await page.mouse.move(moved.x + moved.width * 0.1, moved.y + 20);
		await page.mouse.down();
		await page.mouse.move(moved.x + moved.width * 0.3, moved.y + 20, { steps: 8 });
		await page.mouse.up();
		await expect.poll(async () => (await visibleWindow(page)).end).toBeLessThan(full.start + span * 0.35);
	});
});
