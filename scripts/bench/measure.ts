/** Cold loads, paced interactions and their frames, heap and long animation frames, in Sourceline and its peer. */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { DRAWN_SIGNAL, instrumentation, type LongFrame, type PageBench } from './page';
import { frameStats, quantile, type FrameStats } from './stats';
import type { CpuProfile } from './profile';
import { LOAD_RUNS, SOURCELINE, STEP_MS, VIEWPORT } from './options';
import { cleanups, sleep } from './processes';
import { VIS_TIMELINE } from './vis-timeline';

/** Sends `count` inputs one per STEP_MS of wall time, however long each takes to dispatch. */
async function paced(count: number, step: (index: number) => Promise<void>): Promise<void> {
	const started = performance.now();
	for (let index = 0; index < count; index++) {
		await step(index);
		const wait = started + (index + 1) * STEP_MS - performance.now();
		if (wait > 0) await sleep(wait);
	}
}

async function pageNow(page: Page): Promise<number> {
	return (await page.evaluate('performance.now()')) as number;
}

interface Phase {
	name: string;
	start: number;
	end: number;
}

function summariseLongFrames(frames: LongFrame[]) {
	const byScript = new Map<string, { duration: number; count: number; forcedLayout: number }>();
	for (const frame of frames) {
		for (const script of frame.scripts) {
			const key = `${script.invokerType} ${script.invoker} → ${script.fn || '(anonymous)'} @ ${script.url.replace(/^https?:\/\/[^/]+/, '')}:${script.pos}`;
			const entry = byScript.get(key) ?? { duration: 0, count: 0, forcedLayout: 0 };
			entry.duration += script.duration;
			entry.forcedLayout += script.forcedLayout ?? 0;
			entry.count++;
			byScript.set(key, entry);
		}
	}
	const render = frames.map((f) => (f.renderStart ? f.start + f.duration - f.renderStart : 0));
	return {
		count: frames.length,
		max: frames.length ? Math.max(...frames.map((f) => f.duration)) : 0,
		totalRenderMs: render.reduce((a, b) => a + b, 0),
		topScripts: [...byScript.entries()]
			.sort((a, b) => b[1].duration - a[1].duration)
			.slice(0, 6)
			.map(([script, entry]) => ({ script, ...entry }))
	};
}

/** CPU profiles of one document's load and interactions, when asked for. */
export interface Profiles {
	load?: CpuProfile;
	interaction?: CpuProfile;
}

async function startProfiler(cdp: CDPSession): Promise<void> {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
	await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession): Promise<CpuProfile | undefined> {
	try {
		return ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
	} catch {
		return undefined;
	}
}

interface LoadFigures {
	domReadyAt: number;
	drawnAt: number;
	dataResponseStart: number | null;
	dataResponseEnd: number | null;
	dataBytes: number | null;
	eventsDrawn: number;
	clustersDrawn: number;
	domElements: number;
}

/** A cold load of the `size`-event document in `app` (Sourceline unless said) in a fresh context, up to the frame that draws it. */
async function coldLoad(browser: Browser, origin: string, size: number, profiles?: Profiles, app = SOURCELINE) {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	cleanups.push(() => context.close());
	await context.addInitScript(instrumentation(size, app.drawn));
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	const docUrl = `${origin}/bench/synthetic-${size}.json`;
	const cdp = await context.newCDPSession(page);
	if (profiles) {
		// Same-origin blank page first, so the profiler runs in the renderer that will load the app.
		await page.goto(`${origin}/bench/blank.html`);
		await startProfiler(cdp);
	}
	// Waited for through the page's console, not by polling it: every poll during the load is a call into the page
	// (waitForFunction would also evaluate a string there, which the page's CSP forbids).
	const drawn = page.waitForEvent('console', {
		predicate: (message) => message.text() === DRAWN_SIGNAL,
		// vis-timeline takes far longer than Sourceline at 10,000 events, more so on a busy machine.
		timeout: 240_000
	});
	drawn.catch(() => {}); // awaited below; a failed navigation must not leave it unhandled
	try {
		await page.goto(`${origin}${app.path(docUrl)}`, { waitUntil: 'commit', timeout: 60_000 });
		await drawn;
	} catch (error) {
		const said = (
			await page
				.locator('main, body')
				.first()
				.innerText()
				.catch(() => '')
		).slice(0, 800);
		await context.close();
		throw new Error(
			`${app.name}: the ${size}-event document was never drawn (${(error as Error).message.split('\n')[0]}).\n` +
				`The page says: ${said}\n${problems.slice(0, 5).join('\n')}`
		);
	}
	const load = (await page.evaluate(`(() => {
		const bench = window.__bench;
		const entry = performance.getEntriesByType('resource').find((e) => e.name === ${JSON.stringify(docUrl)});
		const viewport = document.querySelector(${JSON.stringify(app.viewport)});
		return {
			domReadyAt: bench.domReadyAt,
			drawnAt: bench.drawnAt,
			dataResponseStart: entry ? entry.responseStart : null,
			dataResponseEnd: entry ? entry.responseEnd : null,
			dataBytes: entry ? entry.encodedBodySize : null,
			eventsDrawn: viewport.querySelectorAll(${JSON.stringify(app.event)}).length,
			clustersDrawn: viewport.querySelectorAll(${JSON.stringify(app.cluster)}).length,
			domElements: document.getElementsByTagName('*').length
		};
	})()`)) as LoadFigures;
	return { context, page, cdp, load, problems };
}

/** Median, lowest and highest of the cold loads' figures, with every sample. */
function spread(values: number[]) {
	const sorted = [...values].sort((a, b) => a - b);
	return { median: quantile(sorted, 0.5), min: sorted[0], max: sorted[sorted.length - 1], samples: values };
}

export async function measureSize(browser: Browser, origin: string, size: number, profiles?: Profiles) {
	// Loading is the noisiest figure (one load is one sample of a machine shared with Chromium's own processes), so
	// it is taken over LOAD_RUNS cold loads; the last of them goes on to the interactions.
	const loads: LoadFigures[] = [];
	for (let run = 1; run < (profiles ? 1 : LOAD_RUNS); run++) {
		const cold = await coldLoad(browser, origin, size);
		loads.push(cold.load);
		await cold.context.close();
	}
	const { context, page, cdp, load, problems } = await coldLoad(browser, origin, size, profiles);
	loads.push(load);
	try {
		if (profiles) profiles.load = await stopProfiler(cdp);
		await sleep(500);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };

		const box = await page.locator('[data-timeline-viewport]').boundingBox();
		if (!box) throw new Error('The timeline viewport has no size.');
		const cx = box.x + box.width / 2;
		const cy = box.y + (Math.min(box.y + box.height, VIEWPORT.height) - box.y) / 2;
		const wheel = (x: number, deltaY: number) => async () => {
			await page.mouse.move(x, cy);
			await paced(30, () => page.mouse.wheel(0, deltaY));
		};
		const drag = async () => {
			await page.mouse.move(cx, cy);
			await page.mouse.down();
			await paced(30, (i) => page.mouse.move(cx - (i + 1) * 10, cy));
			await paced(30, (i) => page.mouse.move(cx - 300 + (i + 1) * 10, cy));
			await page.mouse.up();
		};
		// Mid-2016, where the synthetic data is densest, in page pixels at the full view.
		const coreX = async () => {
			const [from, to] = (await page.evaluate(
				`(() => { const d = document.querySelector('[data-timeline-viewport]').dataset; return [d.visibleStart, d.visibleEnd]; })()`
			)) as [string, string];
			const [a, b, t] = [Date.parse(from), Date.parse(to), Date.UTC(2016, 5, 15)];
			return box.x + Math.min(0.95, Math.max(0.05, (t - a) / (b - a))) * box.width;
		};

		const phases: Phase[] = [];
		const phase = async (name: string, act: () => Promise<void>) => {
			const start = await pageNow(page);
			await act();
			await sleep(200);
			phases.push({ name, start, end: await pageNow(page) });
		};
		await page.mouse.move(cx, cy);
		if (profiles) await startProfiler(cdp);
		await page.evaluate('window.__bench.startFrames()');
		await sleep(300);
		await phase('zoom in, centre', wheel(cx, -100));
		await phase('drag pan', drag);
		await phase('zoom out, centre', wheel(cx, 100));
		await sleep(300);
		const core = await coreX();
		await phase('zoom in, mid-2016', wheel(core, -100));
		await phase('zoom out, mid-2016', wheel(core, 100));
		const stamps = (await page.evaluate('window.__bench.stopFrames()')) as number[];
		if (profiles) profiles.interaction = await stopProfiler(cdp);
		const bench = (await page.evaluate('window.__bench')) as PageBench;

		const durations = (inside: (t: number) => boolean) => {
			const out: number[] = [];
			for (let i = 1; i < stamps.length; i++) if (inside(stamps[i - 1])) out.push(stamps[i] - stamps[i - 1]);
			return out;
		};
		const inPhase = (p: Phase) => (t: number) => t >= p.start && t <= p.end;
		const perPhase: Record<string, FrameStats> = {};
		for (const p of phases) perPhase[p.name] = frameStats(durations(inPhase(p)));
		const all = frameStats(durations((t) => phases.some((p) => inPhase(p)(t))));
		const first = phases[0].start;
		return {
			size,
			load: {
				runs: loads.length,
				navigationToDrawnMs: spread(loads.map((l) => l.drawnAt)),
				dataArrivedMs: spread(loads.map((l) => l.dataResponseEnd ?? NaN)),
				dataToDrawnMs: spread(loads.map((l) => (l.dataResponseEnd === null ? NaN : l.drawnAt - l.dataResponseEnd))),
				domReadyMs: spread(loads.map((l) => l.domReadyAt)),
				dataBytes: load.dataBytes
			},
			drawn: { events: load.eventsDrawn, clusters: load.clustersDrawn, domElements: load.domElements },
			heap: { usedBytes: heap.usedSize, totalBytes: heap.totalSize },
			frames: { all, phases: perPhase },
			longFrames: {
				load: summariseLongFrames(bench.loaf.filter((f) => f.start < first)),
				interaction: summariseLongFrames(bench.loaf.filter((f) => f.start >= first))
			},
			longTasksDuringInteraction: bench.longtasks.filter((t) => t.start >= first).length,
			problems
		};
	} finally {
		await context.close();
	}
}

export type SizeResult = Awaited<ReturnType<typeof measureSize>>;

/** The peer's cold loads of the same document (at most three: each takes several seconds), for the ratio. */
export async function measurePeer(browser: Browser, origin: string, size: number) {
	const loads: LoadFigures[] = [];
	for (let run = 0; run < Math.min(3, LOAD_RUNS); run++) {
		const cold = await coldLoad(browser, origin, size, undefined, VIS_TIMELINE);
		loads.push(cold.load);
		await cold.context.close();
	}
	const last = loads[loads.length - 1];
	return {
		name: VIS_TIMELINE.name,
		size,
		navigationToDrawnMs: spread(loads.map((l) => l.drawnAt)),
		dataToDrawnMs: spread(loads.map((l) => (l.dataResponseEnd === null ? NaN : l.drawnAt - l.dataResponseEnd))),
		drawn: { events: last.eventsDrawn, clusters: last.clustersDrawn, domElements: last.domElements }
	};
}

export type PeerResult = Awaited<ReturnType<typeof measurePeer>>;
