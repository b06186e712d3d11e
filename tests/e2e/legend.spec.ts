import { seriousViolations } from './helpers/axe';
import { expect, test } from '@playwright/test';
import { openTimeline, viewport } from './helpers/timeline';

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
