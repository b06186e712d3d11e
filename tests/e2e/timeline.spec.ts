import { expect, test, type Page } from '@playwright/test';
import { syntheticTimeline } from '../../scripts/bench/synthetic';
import {
	openTimeline,
	openTimelineUntouched,
	settledWindow,
	viewport,
	viewportCentre,
	visibleWindow,
	waitForWindowChange
} from './helpers/timeline';

test.describe('zooming and panning the timeline', () => {
	test.beforeEach(async ({ page }) => {
		await openTimeline(page);
	});

	test('starts showing the whole extent, decades wide', async ({ page }) => {
		const { days } = await visibleWindow(page);
		expect(days).toBeGreaterThan(365 * 15);
		await expect(page.getByTestId('visible-range')).toContainText(/\d{4} – \d{4}/);
	});

	test('the mouse wheel zooms in around the pointer and back out', async ({ page }) => {
		const before = await visibleWindow(page);
		const { x, y } = await viewportCentre(page);
		await page.mouse.move(x, y);
		for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
		await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThan(before.days / 3);
		const zoomed = await visibleWindow(page);
		// Zooming around the centre keeps the centre roughly where it was.
		const centreBefore = (before.start + before.end) / 2;
		const centreAfter = (zoomed.start + zoomed.end) / 2;
		expect(Math.abs(centreAfter - centreBefore)).toBeLessThan((before.end - before.start) * 0.1);
		for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 300);
		await expect.poll(async () => (await visibleWindow(page)).days).toBeGreaterThan(before.days * 0.95);
	});

	test('shift+wheel and a horizontal swipe pan sideways without zooming', async ({ page }) => {
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThan(365 * 10);
		const before = await settledWindow(page);
		const { x, y } = await viewportCentre(page);
		await page.mouse.move(x, y);
		await page.keyboard.down('Shift');
		await page.mouse.wheel(0, 300);
		await page.keyboard.up('Shift');
		await expect.poll(async () => (await visibleWindow(page)).start).toBeGreaterThan(before.start);
		const after = await visibleWindow(page);
		expect(after.days).toBeCloseTo(before.days, 0);
		await page.mouse.wheel(-400, 0);
		await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(after.start);
	});

	test('dragging pans, and panning stops at the edges of the data', async ({ page }) => {
		const full = await visibleWindow(page);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThan(full.days / 3);
		const before = await settledWindow(page);
		const { x, y } = await viewportCentre(page);
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + 150, y, { steps: 8 });
		await page.mouse.up();
		await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(before.start);
		// A long drag to the left edge stops at the start of the data.
		for (let i = 0; i < 4; i++) {
			await page.mouse.move(x - 300, y);
			await page.mouse.down();
			await page.mouse.move(x + 500, y, { steps: 5 });
			await page.mouse.up();
		}
		await expect.poll(async () => (await visibleWindow(page)).start).toBeGreaterThanOrEqual(full.start);
		expect((await visibleWindow(page)).start - full.start).toBeLessThan(86_400_000 * 2);
	});

	test('double-click zooms in', async ({ page }) => {
		const before = await visibleWindow(page);
		const box = await viewport(page).boundingBox();
		// The axis band holds no events, so the double-click lands on the timeline itself.
		await page.mouse.dblclick(box!.x + box!.width / 2, box!.y + 15);
		await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThan(before.days * 0.7);
	});

	test('keys zoom, pan and fit', async ({ page }) => {
		const full = await visibleWindow(page);
		await viewport(page).focus();
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThan(full.days / 3);
		const zoomed = await settledWindow(page);
		await page.keyboard.press('ArrowRight');
		await expect.poll(async () => (await visibleWindow(page)).start).toBeGreaterThan(zoomed.start);
		await page.keyboard.press('-');
		await expect.poll(async () => (await visibleWindow(page)).days).toBeGreaterThan(zoomed.days * 1.5);
		await page.keyboard.press('0');
		await expect.poll(async () => (await visibleWindow(page)).days).toBeCloseTo(full.days, -1);
	});

	test('zoom buttons change the range written in words', async ({ page }) => {
		const caption = page.getByTestId('visible-range');
		const before = await caption.textContent();
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect(caption).not.toHaveText(before ?? '');
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect(caption).toHaveText(before ?? '');
	});

	test('zoom is bounded: about a day fills the width at the deepest zoom', async ({ page }) => {
		await viewport(page).focus();
		for (let i = 0; i < 20; i++) await page.keyboard.press('+');
		await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThanOrEqual(3);
		await expect.poll(async () => (await visibleWindow(page)).days).toBeGreaterThanOrEqual(0);
		const deepest = await visibleWindow(page);
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		await expect.poll(async () => (await visibleWindow(page)).days).toBe(deepest.days);
	});

	test('period shortcuts zoom to their period', async ({ page }) => {
		const periods = page.getByRole('navigation', { name: 'Periods' }).getByRole('button');
		const count = await periods.count();
		expect(count).toBeGreaterThan(1);
		for (let i = 0; i < count; i++) {
			const before = await visibleWindow(page);
			await periods.nth(i).click();
			await waitForWindowChange(page, before);
			await expect(periods.nth(i)).toHaveAttribute('aria-pressed', 'true');
		}
	});

	test('the Lesotho shortcut shows the 11 June 2014 visit with the King of Lesotho', async ({ page }) => {
		await page
			.getByRole('button', { name: /Lesotho/ })
			.first()
			.click();
		await expect(page.getByRole('button', { name: /King of Lesotho.*11 Jun 2014/ })).toBeVisible();
	});

	test('dragging the overview brush zooms the main view, and zooming moves the brush', async ({ page }) => {
		const brush = page.locator('.overview .selection');
		const full = await visibleWindow(page);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(async () => (await brush.boundingBox())?.width ?? 0).toBeLessThan(800);
		const zoomed = await settledWindow(page);
		await page.locator('.overview').scrollIntoViewIfNeeded();
		const box = (await brush.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 6 });
		await page.mouse.up();
		await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(zoomed.start);
		// Drawing a new brush elsewhere zooms to it.
		const overview = (await page.locator('.overview svg').boundingBox())!;
		await page.mouse.move(overview.x + overview.width * 0.8, overview.y + 20);
		await page.mouse.down();
		await page.mouse.move(overview.x + overview.width * 0.9, overview.y + 20, { steps: 6 });
		await page.mouse.up();
		await expect
			.poll(async () => (await visibleWindow(page)).start)
			.toBeGreaterThan(full.start + (full.end - full.start) * 0.7);
	});
});

/** Holds back the script that contains `text` until the returned function is called. */
async function holdScript(page: Page, text: string): Promise<() => void> {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes(text)) await released;
		await route.fulfill({ response, body });
	});
	return release;
}
// A string only d3-zoom (its listeners' names) has.
const D3_ZOOM = 'wheel.zoom';

test.describe('the timeline before d3-zoom has arrived', () => {
	test('shows the window a link names, and the buttons move it', async ({ page }) => {
		const release = await holdScript(page, D3_ZOOM);
		await openTimelineUntouched(page, '?from=2016-01-01&to=2016-12-31');
		await expect(viewport(page)).toHaveAttribute('data-visible-start', /^2016-01/);
		const before = await visibleWindow(page);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThan(before.days * 0.6);
		await expect(viewport(page)).not.toHaveAttribute('data-zoom-ready');
		release();
		await expect(viewport(page)).toHaveAttribute('data-zoom-ready');
	});

	test('a mouse drag begun before d3-zoom arrived is carried on by it', async ({ page }) => {
		const release = await holdScript(page, D3_ZOOM);
		await openTimelineUntouched(page, '?from=2016-01-01&to=2016-12-31');
		const before = await visibleWindow(page);
		const { x, y } = await viewportCentre(page);
		await page.mouse.move(x, y);
		await page.mouse.down();
		await expect(viewport(page)).not.toHaveAttribute('data-zoom-ready');
		release();
		await expect(viewport(page)).toHaveAttribute('data-zoom-ready');
		await page.mouse.move(x + 300, y, { steps: 6 });
		await page.mouse.up();
		// Dragged to the right: earlier dates come into view.
		await expect.poll(async () => (await settledWindow(page)).start).toBeLessThan(before.start);
		expect((await visibleWindow(page)).days).toBeCloseTo(before.days, 0);
	});
});

test.describe('the timeline before d3-zoom has arrived, by touch', () => {
	test.use({ hasTouch: true });

	test('a one-finger drag begun before d3-zoom arrived is carried on by it @phone', async ({ page }) => {
		const release = await holdScript(page, D3_ZOOM);
		await openTimelineUntouched(page, '?from=2016-01-01&to=2016-12-31');
		const before = await visibleWindow(page);
		const { x, y } = await viewportCentre(page);
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
			cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
		await touch('touchStart', [{ x, y }]);
		await expect(viewport(page)).not.toHaveAttribute('data-zoom-ready');
		release();
		await expect(viewport(page)).toHaveAttribute('data-zoom-ready');
		for (let step = 1; step <= 8; step++) await touch('touchMove', [{ x: x + step * 15, y }]);
		await touch('touchEnd', []);
		await expect.poll(async () => (await settledWindow(page)).start).toBeLessThan(before.start);
	});
});

test.describe('touch', () => {
	test.use({ hasTouch: true });

	test('a two-finger pinch zooms in and a one-finger drag pans @phone', async ({ page }) => {
		await openTimeline(page);
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
		const pinched = await visibleWindow(page);
		await touch('touchStart', [{ x, y }]);
		for (let step = 1; step <= 8; step++) await touch('touchMove', [{ x: x + step * 15, y }]);
		await touch('touchEnd', []);
		await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(pinched.start);
	});
});

/** The event that has the focus, by id. */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));

/** Opens the timeline on the Lesotho period, once the zoom to it has come to rest. */
async function openOnLesotho(page: Page): Promise<void> {
	await openTimeline(page);
	await page
		.getByRole('button', { name: /Lesotho/ })
		.first()
		.click();
	await settledWindow(page);
}

/** Zooms to the Lesotho period and puts the focus on the timeline's tab stop there; returns its event id. */
async function focusFirstLesothoEvent(page: Page): Promise<string | null> {
	await openOnLesotho(page);
	const stop = viewport(page).locator('[data-event-id][tabindex="0"]');
	await stop.focus();
	return stop.getAttribute('data-event-id');
}

test.describe('events on the timeline', () => {
	test('while the view moves the markers are painted; at rest their elements are back and clickable', async ({
		page
	}) => {
		await openTimeline(page);
		const { x, y } = await viewportCentre(page);
		const drawnIds = () =>
			viewport(page)
				.locator('[data-event-id]')
				.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-event-id')).join());
		const before = await drawnIds();
		// One wheel notch, then what the reader sees in the very next frame (well inside the 120 ms of motion).
		const inMotion = await page.evaluate(
			async ({ x, y }) => {
				const area = document.querySelector<HTMLElement>('[data-timeline-viewport]')!;
				area.dispatchEvent(
					new WheelEvent('wheel', { deltaY: -300, clientX: x, clientY: y, bubbles: true, cancelable: true })
				);
				await new Promise((done) => requestAnimationFrame(done));
				const canvas = area.querySelector('canvas')!;
				const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
				let painted = 0;
				for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
				const marker = area.querySelector('[data-event-id]');
				return {
					moving: area.hasAttribute('data-moving'),
					painted,
					markerOpacity: marker ? getComputedStyle(marker.parentElement!).opacity : null
				};
			},
			{ x, y }
		);
		expect(inMotion.moving).toBe(true);
		expect(inMotion.painted).toBeGreaterThan(1000);
		expect(inMotion.markerOpacity).toBe('0');

		await settledWindow(page);
		await expect.poll(drawnIds).not.toBe(before);
		const event = viewport(page).locator('[data-event-id]:not([data-ongoing])').first();
		await expect(event).toBeVisible();
		await event.click();
		await expect(event).toHaveAttribute('aria-pressed', 'true');
	});

	test('every drawn event is a focusable button named by its title and date', async ({ page }) => {
		await openTimeline(page);
		const events = viewport(page).locator('[data-event-id]');
		const count = await events.count();
		expect(count).toBeGreaterThan(3);
		for (let i = 0; i < count; i++) {
			await expect(events.nth(i)).toHaveAccessibleName(/.+, (c\. )?.*\d{4}/);
		}
	});

	test('dense periods collapse into a cluster that zooms in when clicked', async ({ page }) => {
		await openTimeline(page);
		const cluster = viewport(page).locator('[data-cluster-count]').first();
		await expect(cluster).toBeVisible();
		const count = Number(await cluster.getAttribute('data-cluster-count'));
		expect(count).toBeGreaterThan(1);
		const before = await visibleWindow(page);
		await cluster.click();
		await expect.poll(async () => (await visibleWindow(page)).days).toBeLessThan(before.days / 2);
	});

	test('hovering shows the title and date; clicking selects and the URL keeps it', async ({ page }) => {
		await openOnLesotho(page);
		const event = viewport(page).locator('[data-event-id]').first();
		await event.hover();
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toBeVisible();
		const name = (await event.getAttribute('aria-label')) ?? '';
		await expect(tooltip).toContainText(name.split(',')[0].slice(0, 30));
		await event.click();
		await expect(event).toHaveAttribute('aria-pressed', 'true');
		const id = await event.getAttribute('data-event-id');
		await expect(page).toHaveURL(new RegExp(`event=${id}`));
		await page.reload();
		await expect(viewport(page).locator(`[data-event-id="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
	});

	test('a focused event keeps the focus while the view zooms around it', async ({ page }) => {
		const id = await focusFirstLesothoEvent(page);
		const before = await visibleWindow(page);
		for (const key of ['-', '-', '+']) {
			await page.keyboard.press(key);
			await settledWindow(page);
			// Markers are recycled as clusters form and break up; the focused one must stay this event's own.
			expect(await focusedId(page)).toBe(id);
		}
		expect((await visibleWindow(page)).days).toBeGreaterThan(before.days);
	});

	test('arrow keys move between events in date order', async ({ page }) => {
		const startId = await focusFirstLesothoEvent(page);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => focusedId(page)).not.toBe(startId);
		const nextId = await focusedId(page);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => focusedId(page)).toBe(startId);
		expect(nextId).toBeTruthy();
	});
});

test.describe('a large timeline', () => {
	/** Every drawn marker's box (event or cluster, label included), by row: the markers' own elements at rest. */
	async function boxesByRow(page: Page): Promise<Map<number, { id: string; left: number; right: number }[]>> {
		const boxes = await viewport(page)
			.locator('.markers > [data-event-id], .markers > [data-cluster-count]')
			.evaluateAll((elements) =>
				elements.map((element) => {
					const box = element.getBoundingClientRect();
					const id = element.getAttribute('data-event-id') ?? `cluster@${Math.round(box.left)}`;
					return { id, top: Math.round(box.top), left: box.left, right: box.right };
				})
			);
		const rows = new Map<number, { id: string; left: number; right: number }[]>();
		for (const { top, ...box } of boxes) rows.set(top, [...(rows.get(top) ?? []), box]);
		return rows;
	}

	test('zooming out of 3,000 events, the view at rest is laid out afresh: no two markers overlap', async ({ page }) => {
		// In motion, lanes the frame has no time for are carried to the new scale with their labels' widths, which may
		// overlap for a frame while zooming out; at rest every lane must be laid out again.
		const document = syntheticTimeline(3000, 7);
		await page.route('https://timelines.example/large.json', (route) =>
			route.fulfill({
				body: JSON.stringify(document),
				contentType: 'application/json',
				headers: { 'access-control-allow-origin': '*' }
			})
		);
		await openTimeline(page, '?src=https://timelines.example/large.json');
		const { x, y } = await viewportCentre(page);
		await page.mouse.move(x, y);
		for (let notch = 0; notch < 6; notch++) await page.mouse.wheel(0, -300);
		let shown = await settledWindow(page);
		// One notch at a time: its one frame in motion carries the view at rest to the wider scale, so what the view
		// rests on next must be a fresh layout. A burst would lay lanes out afresh in motion too.
		for (let step = 0; step < 3; step++) {
			await page.mouse.wheel(0, 400);
			await waitForWindowChange(page, shown);
			const wider = await settledWindow(page);
			expect(wider.days).toBeGreaterThan(shown.days * 1.5);
			shown = wider;

			const rows = await boxesByRow(page);
			expect([...rows.values()].flat().length).toBeGreaterThan(40);
			for (const row of rows.values()) {
				row.sort((a, b) => a.left - b.left);
				for (let i = 1; i < row.length; i++) {
					expect(row[i].left, `${row[i - 1].id} runs into ${row[i].id}`).toBeGreaterThanOrEqual(row[i - 1].right - 0.5);
				}
			}
		}
	});
});
