import { seriousViolations } from './helpers/axe';
import { expect, test } from '@playwright/test';
import { openTimeline, settledWindow, viewport } from './helpers/timeline';

test.describe('the legend', () => {
	// Axe and a drawn-out drag take a while on a machine whose cores others keep busy.
	test.slow();

	test('is reached from the timeline with the keyboard alone, explains each mark, and closes with Escape', async ({
		page
	}) => {
		await openTimeline(page);
		await viewport(page).focus();
		const toggle = page.getByRole('button', { name: 'What the marks mean' });
		// Back from the timeline, a Tab at a time, to the button beside the zoom controls.
		const focused = () => toggle.evaluate((element) => element === document.activeElement);
		for (let presses = 0; presses < 40 && !(await focused()); presses++) await page.keyboard.press('Shift+Tab');
		await expect(toggle).toBeFocused();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		const legend = page.getByRole('region', { name: 'What the marks mean' });
		await expect(legend).toBeVisible();
		for (const term of [
			'A day',
			'A month, season or year',
			'A span',
			'Approximate',
			'Far longer than the view',
			'A grey title',
			'A title ending in'
		]) {
			await expect(legend.getByRole('term').filter({ hasText: term })).toBeVisible();
		}
		// The samples are the timeline's own marks: the approximate one is hollow, the day one filled.
		const dotColour = (id: string) =>
			legend.locator(`[data-event-id="${id}"] .dot`).evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(await dotColour('legend-approximate')).not.toBe(await dotColour('legend-day'));
		expect(await seriousViolations(page, '#marks-legend')).toEqual([]);
		// The samples are pictures: nothing in them takes the focus.
		await page.keyboard.press('Tab');
		await expect(legend.getByRole('button', { name: 'Close' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(legend).toBeHidden();
		await expect(toggle).toBeFocused();
	});
});

test.describe('a faint line behind a row', () => {
	test('of an event whose marker is out of view names the event when pointed at, and selects it when clicked', async ({
		page
	}) => {
		await openTimeline(page, '?from=2016-01-01&to=2016-12-31');
		await settledWindow(page);
		// A line whose event's dot is beyond the view's edges, at a point of it that no marker or title covers.
		const found = await viewport(page).evaluate((element) => {
			const view = element.getBoundingClientRect();
			for (const line of element.querySelectorAll<HTMLElement>('[data-band-of]')) {
				const id = line.dataset.bandOf!;
				const dot = element.querySelector(`[data-event-id="${CSS.escape(id)}"] .dot`)?.getBoundingClientRect();
				if (!dot || (dot.right > view.left && dot.left < view.right)) continue;
				line.scrollIntoView({ block: 'center' });
				const box = line.getBoundingClientRect();
				const y = box.top + box.height / 2;
				for (let x = Math.max(box.left, view.left) + 2; x < Math.min(box.right, view.right) - 2; x += 4) {
					if (document.elementFromPoint(x, y) === line) return { id, x, y };
				}
			}
			return null;
		});
		expect(found, 'a faint line of an event whose marker is out of view, free to point at').not.toBeNull();
		const { id, x, y } = found!;
		const marker = viewport(page).locator(`[data-event-id="${id}"]`);
		await page.mouse.move(x, y);
		const card = page.getByRole('tooltip');
		await expect(card).toBeVisible();
		// Beside the pointer, however far off the event's marker is.
		const box = (await card.boundingBox())!;
		expect(x).toBeGreaterThanOrEqual(box.x - 12);
		expect(x).toBeLessThanOrEqual(box.x + box.width + 12);
		const named = await card.locator('strong').textContent();
		expect((await marker.getAttribute('aria-label'))?.startsWith(`${named}, `)).toBe(true);
		await page.mouse.click(x, y);
		await expect(marker).toHaveAttribute('aria-pressed', 'true');
	});
});
