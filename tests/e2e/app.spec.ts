import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { seriousViolations } from './helpers/axe';
import { expect, test } from '@playwright/test';
import { openTimeline } from './helpers/timeline';

test('the built index.html carries a strict Content-Security-Policy', () => {
	const html = readFileSync('build/index.html', 'utf8');
	const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
	expect(csp).toContain("default-src 'self'");
	const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
	expect(scriptSrc).toContain("'self'");
	expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
	expect(scriptSrc).not.toContain('unsafe-inline');
	expect(scriptSrc).not.toContain('unsafe-eval');
	expect(csp).toContain("object-src 'none'");
	// Every inline script, SvelteKit's and app.html's own, is allowed by its hash and by nothing broader.
	const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
	expect(inline.length).toBeGreaterThanOrEqual(2);
	for (const body of inline) {
		expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
	}
});

test('the page loads under its CSP with no console errors @phone', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning')
			problems.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	await openTimeline(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(problems).toEqual([]);
});

test('a bad window in the link is reported and the timeline still shows everything', async ({ page }) => {
	await page.goto('/?from=2016-02-30&to=2016-03-10');
	await expect(page.getByRole('alert')).toContainText('not a real day');
	await expect(page.locator('[data-timeline-viewport] [data-event-id]').first()).toBeVisible();
});

test('a link with a window opens on that window', async ({ page }) => {
	await page.goto('/?from=2016-08-01&to=2016-08-31');
	const viewport = page.locator('[data-timeline-viewport]');
	await expect(viewport).toHaveAttribute('data-visible-start', /^2016-0[78]/);
	await expect(viewport).toHaveAttribute('data-visible-end', /^2016-0[89]/);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no serious or critical violations on the timeline (${colorScheme}) @phone`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await openTimeline(page);
		expect(await seriousViolations(page)).toEqual([]);
	});
}
