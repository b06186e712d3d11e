import { expect, test, type Page } from '@playwright/test';
import { sourceLabel } from '../../src/lib/reader/source-label';
import { eventWindow } from '../../src/lib/dates/event-dates';
import type { TimelineDocument } from '../../src/lib/model/timeline';
import { builtInDocument } from './helpers/reading';
import { openTimeline, settledWindow } from './helpers/timeline';

/** The chronology's entries as printed: title, the date's `datetime`, and the excerpts' words. */
async function printedEntries(page: Page) {
	return page.locator('.print-chronology .entry').evaluateAll((entries) =>
		entries.map((entry) => ({
			title: entry.querySelector('h3')?.textContent ?? '',
			start: entry.querySelector('time')?.getAttribute('datetime') ?? '',
			quotes: [...entry.querySelectorAll('blockquote')].map((quote) => quote.textContent ?? ''),
			cites: [...entry.querySelectorAll('cite')].map((cite) => cite.textContent ?? '')
		}))
	);
}

/** The events whose dates overlap the window the timeline reports, in the data's own terms. */
function eventsOverlapping(document: TimelineDocument, start: number, end: number) {
	return document.events.filter((event) => {
		const window = eventWindow(event.date);
		return window.start < end && window.end > start;
	});
}

test('printing the Lesotho period gives every event in it with its excerpts, in date order, and no controls', async ({
	page,
	request
}) => {
	// Many steps, each waiting on the page: room for a busy machine.
	test.slow();
	const timeline = await builtInDocument(request);
	await page.emulateMedia({ colorScheme: 'dark' });
	await openTimeline(page);
	await page.getByRole('button', { name: 'Lesotho 2014–15', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Lesotho 2014–15', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const shown = await settledWindow(page);
	// The window's last day is inclusive in the page's hook; the data's windows end exclusively.
	const expected = eventsOverlapping(timeline, shown.start, shown.end + 86_400_000);
	expect(expected.length).toBeGreaterThan(10);

	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	const chronology = page.locator('.print-chronology');
	await expect(chronology).toBeVisible();
	await expect(chronology.getByRole('heading', { level: 1 })).toHaveText(timeline.title);

	const entries = await printedEntries(page);
	expect(entries.map((entry) => entry.title).sort()).toEqual(expected.map((event) => event.title).sort());
	// In date order, grouped under the years their dates start in.
	const starts = entries.map((entry) => entry.start);
	expect(starts).toEqual(
		[...starts].sort((a, b) => eventWindow({ start: a, end: a }).start - eventWindow({ start: b, end: b }).start)
	);
	const years = await chronology.getByRole('heading', { level: 2 }).allTextContents();
	expect(years.filter((year) => /^\d{4}$/.test(year))).toEqual([...new Set(starts.map((start) => start.slice(0, 4)))]);
	// Every excerpt, word for word, with its article's title.
	const titles = new Map(timeline.sources.map((source) => [source.id, sourceLabel(source)]));
	for (const entry of entries) {
		const event = expected.find((candidate) => candidate.title === entry.title)!;
		expect(entry.quotes).toEqual(event.excerpts.map((excerpt) => excerpt.quote));
		expect(entry.cites).toEqual(event.excerpts.map((excerpt) => titles.get(excerpt.source)));
	}
	// The articles at the end, with what each says of itself.
	await expect(chronology.getByRole('heading', { level: 2, name: 'The articles' })).toBeVisible();
	await expect(chronology.locator('.article dt', { hasText: 'Author' }).first()).toBeVisible();

	// Nothing of the app's screen: no buttons, inputs or the timeline.
	await expect(page.locator('button:visible, input:visible, select:visible, textarea:visible')).toHaveCount(0);
	await expect(page.locator('[data-timeline-viewport]')).toBeHidden();
	// Light whatever the reader's scheme.
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
		'rgb(255, 255, 255)'
	);

	// Back on screen, the chronology goes and the app is as it was.
	await page.emulateMedia({ media: 'screen' });
	await expect(chronology).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
});

test('a search and filters narrow the printed chronology to the events they match', async ({ page, request }) => {
	const timeline = await builtInDocument(request);
	await openTimeline(page, '?tag=lesotho');
	await expect(page.locator('[data-timeline-viewport]')).toHaveAttribute('data-visible-start', /.+/);
	const lesotho = timeline.events.filter((event) => event.tags.includes('lesotho'));

	await page.emulateMedia({ media: 'print' });
	const chronology = page.locator('.print-chronology');
	await expect(chronology.getByText('Theme: Lesotho')).toBeVisible();
	const entries = await printedEntries(page);
	expect(entries.map((entry) => entry.title).sort()).toEqual(lesotho.map((event) => event.title).sort());
});

test('the browser’s own print (Ctrl+P) builds the chronology before the page is laid out, and removes it after', async ({
	page
}) => {
	await openTimeline(page, '?from=2016-08-01&to=2016-08-31');
	const entries = page.locator('.print-chronology .entry');
	await expect(entries).toHaveCount(0);
	// What the browser fires around printing; the chronology must be in the page when `beforeprint` returns.
	const countDuringPrint = await page.evaluate(() => {
		dispatchEvent(new Event('beforeprint'));
		return document.querySelectorAll('.print-chronology .entry').length;
	});
	expect(countDuringPrint).toBeGreaterThan(3);
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect(entries).toHaveCount(0);
});
