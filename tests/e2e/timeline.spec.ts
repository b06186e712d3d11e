import { seriousViolations } from './helpers/axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { TimelineDocument } from '../../src/lib/model/timeline';
import { builtInDocument, eventTitled } from './helpers/reading';
import { openTimeline, settledWindow, viewport, viewportCentre, visibleWindow } from './helpers/timeline';

const DAY = 86_400_000;
const startOf = (date: string) =>
	Date.parse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** Zooms to a period by clicking its band on the timeline, and waits for the view to rest there. */
async function showPeriod(page: Page, label: string): Promise<void> {
	await viewport(page)
		.getByRole('button', { name: `Period: ${label}`, exact: true })
		.click();
	await expect.poll(async () => (await settledWindow(page)).days).toBeLessThan(365 * 3);
}

/** The id of the element that has the focus, if it is an event. */
const focusedEventId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));

/** Clicks the centre of an event's marker dot with the mouse, as a person would. */
async function clickDot(page: Page, marker: Locator): Promise<void> {
	const box = await marker.locator('.dot').boundingBox();
	if (!box) throw new Error('marker dot is not on screen');
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Markers whose dot lies inside the viewport, in document order. */
async function markersInView(page: Page): Promise<Locator[]> {
	const frame = (await viewport(page).boundingBox())!;
	const inside: Locator[] = [];
	for (const marker of await viewport(page).locator('.event[data-event-id]').all()) {
		const dot = await marker.locator('.dot').boundingBox();
		if (dot && dot.x > frame.x + 2 && dot.x + dot.width < frame.x + frame.width - 2) inside.push(marker);
	}
	return inside;
}

let data: TimelineDocument;
test.beforeAll(async ({ request }) => {
	data = await builtInDocument(request);
});
// Two cores shared by seven builds and browsers: every test here waits on state, and may need the time.
test.beforeEach(() => test.slow());

test.describe('the first view and the periods', () => {
	test('opens on the story’s periods, with the whole extent one click away', async ({ page }) => {
		await openTimeline(page);
		const first = await visibleWindow(page);
		expect(first.start).toBeGreaterThan(Date.UTC(2013, 6));
		expect(first.end).toBeLessThan(Date.UTC(2019, 0));
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(Date.UTC(1991, 0));
	});

	test('every period is drawn as a labelled band that zooms to it', async ({ page }) => {
		await openTimeline(page);
		await page.getByRole('button', { name: 'Show all' }).click();
		await settledWindow(page);
		for (const period of data.periods) {
			await expect(viewport(page).getByRole('button', { name: `Period: ${period.label}` })).toBeVisible();
		}
		const campaign = data.periods.find((period) => /campaign/.test(period.label))!;
		await showPeriod(page, campaign.label);
		const shown = await visibleWindow(page);
		expect(shown.start).toBeLessThanOrEqual(startOf(campaign.start));
		expect(shown.end).toBeGreaterThanOrEqual(startOf(campaign.end));
		await expect(viewport(page).getByRole('button', { name: `Period: ${campaign.label}` })).toContainText(
			campaign.label
		);
	});
});

test.describe('the key events, readable in their periods', () => {
	const keyEvents: [RegExp[], RegExp][] = [
		[[/King of Lesotho/], /Lesotho/],
		[[/Trump rally in Mississippi/], /campaign/],
		[[/visit.*Trump Tower/], /Transition/],
		[[/Yakovenko/, /Trump Tower/], /Transition/]
	];
	for (const [title, periodLabel] of keyEvents) {
		test(`${title.join(' ')} is drawn as itself with its whole title in its period`, async ({ page }) => {
			const event = eventTitled(data, ...title);
			const period = data.periods.find((candidate) => periodLabel.test(candidate.label))!;
			await openTimeline(page);
			await showPeriod(page, period.label);
			const marker = viewport(page).locator(`[data-event-id="${event.id}"]`);
			await expect(marker).toBeVisible();
			const label = marker.locator('.label');
			await expect(label).not.toHaveAttribute('data-truncated');
			const [text, scrollWidth, clientWidth] = await label.evaluate((element) => [
				element.textContent!,
				element.scrollWidth,
				element.clientWidth
			]);
			// One or two lines, as the layout broke the title.
			expect((text as string).split('\n').join(' ')).toBe(event.title);
			expect(scrollWidth, `"${text}" fits its label`).toBeLessThanOrEqual(clientWidth as number);
			const frame = (await viewport(page).boundingBox())!;
			const box = (await label.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(frame.x);
			expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
		});
	}

	for (const [title] of keyEvents) {
		test(`a link to ${title.join(' ')} shows it as itself, on the screen, whole title readable`, async ({ page }) => {
			// A laptop's screen, where the lower lanes start below the fold.
			await page.setViewportSize({ width: 1366, height: 768 });
			const event = eventTitled(data, ...title);
			await openTimeline(page, `?event=${event.id}`);
			const marker = viewport(page).locator(`[data-event-id="${event.id}"]`);
			await expect(marker).toBeInViewport({ ratio: 0.99 });
			await expect(marker).toHaveAttribute('aria-pressed', 'true');
			await expect(marker.locator('.label')).not.toHaveAttribute('data-truncated');
			expect((await marker.locator('.label').textContent())!.split('\n').join(' ')).toBe(event.title);
		});
	}

	test('lanes alternate in shade, and a title sits on its lane’s shade, not struck through by a line behind it', async ({
		page
	}) => {
		await openTimeline(page);
		await showPeriod(page, data.periods.find((period) => /campaign/i.test(period.label))!.label);
		const shades = await viewport(page)
			.locator('.lane')
			.evaluateAll((lanes) => lanes.map((lane) => getComputedStyle(lane).backgroundColor));
		expect(shades.length).toBeGreaterThan(2);
		for (let index = 1; index < shades.length; index++) expect(shades[index]).not.toBe(shades[index - 1]);
		// Titles written over their own band keep a halo instead; every other one covers what runs behind its row.
		const labels = await viewport(page)
			.locator('.label:not(.on-band)')
			.evaluateAll((elements) =>
				elements.flatMap((label) => {
					const box = label.getBoundingClientRect();
					const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
					// The titles on the screen (the view's frame clips the rest).
					const lane = document.elementsFromPoint(x, y).find((element) => element.classList.contains('lane'));
					if (!lane) return [];
					return [
						{
							text: label.textContent,
							own: getComputedStyle(label).backgroundColor,
							lane: getComputedStyle(lane).backgroundColor
						}
					];
				})
			);
		expect(labels.length).toBeGreaterThan(10);
		for (const { text, own, lane } of labels) expect(own, `"${text}"`).toBe(lane);
		// Over its own band, a title is on a see-through box: neither bare (the bar would run through the letters) nor
		// opaque (it would hide where the bar ends).
		const overBands = await viewport(page)
			.locator('.label.on-band')
			.evaluateAll((elements) => elements.map((label) => getComputedStyle(label).backgroundColor));
		expect(overBands.length).toBeGreaterThan(0);
		for (const colour of overBands) expect(colour).toMatch(/\/ 0\.\d+\)$|, 0\.\d+\)$/);
	});
});

test.describe('selecting with the mouse, zooming and panning', () => {
	test('a click on any marker selects it, at three zoom levels', async ({ page }) => {
		await openTimeline(page);
		const levels = [
			() => page.getByRole('button', { name: 'Show all' }).click(),
			() => page.getByRole('button', { name: 'Zoom in', exact: true }).click(),
			() =>
				page
					.getByRole('navigation', { name: 'Periods' })
					.getByRole('button', { name: /campaign/ })
					.click()
		];
		for (const goThere of levels) {
			await goThere();
			await settledWindow(page);
			const markers = await markersInView(page);
			expect(markers.length).toBeGreaterThan(2);
			for (const marker of [markers[1], markers[Math.floor(markers.length / 2)], markers[markers.length - 1]]) {
				const id = await marker.getAttribute('data-event-id');
				await marker.hover();
				await clickDot(page, marker);
				await expect(viewport(page).locator(`[data-event-id="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
			}
		}
	});

	test('the mouse wheel zooms in around the pointer and back out', async ({ page }) => {
		await openTimeline(page);
		const before = await visibleWindow(page);
		const { x, y } = await viewportCentre(page);
		await page.mouse.move(x, y);
		for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
		await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThan(before.days / 2);
		const zoomed = await settledWindow(page);
		const centre = (window: { start: number; end: number }) => (window.start + window.end) / 2;
		expect(Math.abs(centre(zoomed) - centre(before))).toBeLessThan((before.end - before.start) * 0.1);
		for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 300);
		await expect.poll(async () => (await visibleWindow(page)).days).toBeGreaterThan(before.days * 0.95);
	});

	test('dragging pans; events keep their rows while the view pans', async ({ page }) => {
		await openTimeline(page);
		const before = await settledWindow(page);
		const marker = (await markersInView(page))[2];
		const id = await marker.getAttribute('data-event-id');
		const top = (await marker.boundingBox())!.y;
		const { x, y } = await viewportCentre(page);
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + 60, y, { steps: 4 });
		await page.mouse.up();
		await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(before.start);
		await settledWindow(page);
		expect((await viewport(page).locator(`[data-event-id="${id}"]`).boundingBox())!.y).toBeCloseTo(top, 0);
	});

	test('a cluster click zooms in to its events or lists them, never out', async ({ page }) => {
		await openTimeline(page);
		await page.getByRole('button', { name: 'Show all' }).click();
		const before = await settledWindow(page);
		const cluster = viewport(page).locator('[data-cluster-count]').first();
		const count = Number(await cluster.getAttribute('data-cluster-count'));
		await cluster.click();
		const list = viewport(page).getByRole('dialog');
		await expect
			.poll(async () => (await list.isVisible()) || (await visibleWindow(page)).days < before.days * 0.75)
			.toBe(true);
		if (await list.isVisible()) await expect(list.locator('[data-event-id]')).toHaveCount(count);
		expect((await settledWindow(page)).days).toBeLessThanOrEqual(before.days);
	});
});

test.describe('the keyboard', () => {
	test('→ from the first event visits every event in date order, focus always on an event; Enter opens', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const earliest = [...data.events].sort((a, b) => startOf(a.date.start) - startOf(b.date.start))[0];
		await openTimeline(page, `?event=${earliest.id}`);
		await viewport(page).locator(`[data-event-id="${earliest.id}"]`).focus();
		// Ties on the first date: go back to whichever the timeline puts first.
		for (let id = await focusedEventId(page), last = ''; id !== last; last = id!, id = await focusedEventId(page)) {
			await page.keyboard.press('ArrowLeft');
		}
		const visited = [await focusedEventId(page)];
		for (let step = 1; step < data.events.length; step++) {
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => focusedEventId(page)).not.toBe(visited[visited.length - 1]);
			const id = (await focusedEventId(page))!;
			expect(id, `step ${step} has the focus on an event`).toBeTruthy();
			visited.push(id);
		}
		expect(new Set(visited).size).toBe(data.events.length);
		const starts = visited.map((id) => startOf(data.events.find((event) => event.id === id)!.date.start));
		for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1] - DAY);
		const last = page.locator(`[data-event-id="${visited[visited.length - 1]}"]`);
		await expect(last).toHaveAccessibleName(/, /);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`event=${visited[visited.length - 1]}`));
	});

	test('Tab reaches the timeline on an event named by its title and date', async ({ page }) => {
		await openTimeline(page);
		const stop = viewport(page).locator('[data-event-id][tabindex="0"]');
		await expect(stop).toHaveCount(1);
		for (let i = 0; i < 40 && !(await focusedEventId(page)); i++) await page.keyboard.press('Tab');
		const id = await focusedEventId(page);
		const event = data.events.find((candidate) => candidate.id === id)!;
		await expect(stop).toHaveAccessibleName(new RegExp(`^${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `));
	});
});

test.describe('touch', () => {
	test.use({ hasTouch: true });

	test('a tap selects an event @phone', async ({ page }) => {
		await openTimeline(page);
		// The story's introduction stands above the timeline: bring the timeline into view as a thumb would.
		await viewport(page).scrollIntoViewIfNeeded();
		const marker = (await markersInView(page))[1];
		const id = await marker.getAttribute('data-event-id');
		const dot = (await marker.locator('.dot').boundingBox())!;
		await page.touchscreen.tap(dot.x + dot.width / 2, dot.y + dot.height / 2);
		await expect(viewport(page).locator(`[data-event-id="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
	});

	test('the timeline leaves room for the page on a phone, and a vertical swipe over it scrolls the page @phone', async ({
		page
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'a phone’s screen');
		await openTimeline(page);
		const box = (await viewport(page).boundingBox())!;
		expect(box.height).toBeLessThan(page.viewportSize()!.height);
		await viewport(page).scrollIntoViewIfNeeded();
		const before = await page.evaluate(() => scrollY);
		const start = await visibleWindow(page);
		const x = box.x + box.width / 2;
		const y = Math.min(box.y + box.height / 2, page.viewportSize()!.height - 100);
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
			cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
		await touch('touchStart', [{ x, y }]);
		for (let step = 1; step <= 10; step++) await touch('touchMove', [{ x: x + step, y: y - step * 20 }]);
		await touch('touchEnd', []);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
		expect((await visibleWindow(page)).start).toBe(start.start);
	});

	test('a two-finger pinch zooms in and a one-finger drag pans @phone', async ({ page }) => {
		await openTimeline(page);
		await viewport(page).scrollIntoViewIfNeeded();
		const before = await visibleWindow(page);
		const { x, y } = await viewportCentre(page);
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
			cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
		await touch('touchStart', [
			{ x: x - 30, y },
			{ x: x + 30, y }
		]);
		for (let step = 1; step <= 10; step++) {
			await touch('touchMove', [
				{ x: x - 30 - step * 12, y },
				{ x: x + 30 + step * 12, y }
			]);
		}
		await touch('touchEnd', []);
		await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThan(before.days / 2);
		const pinched = await settledWindow(page);
		await touch('touchStart', [{ x, y }]);
		for (let step = 1; step <= 8; step++) await touch('touchMove', [{ x: x + step * 15, y: y + 1 }]);
		await touch('touchEnd', []);
		await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(pinched.start);
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no serious violations in the timeline (${colorScheme}) @phone`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await openTimeline(page);
		expect(await seriousViolations(page, '[data-timeline-viewport]')).toEqual([]);
	});
}
