/**
 * `npm run bench`: how fast Sourceline draws and moves at 1,000 and 10,000 events, and how much JS and CSS the first
 * page costs. A measurement, not a test: it exits 0 when targets are missed (and says so), non-zero only when it
 * could not measure.
 *
 * Method
 * - Documents: `syntheticTimeline(n)` (scripts/bench/synthetic.ts), deterministic, written to a temp folder.
 * - Site: build/ when it is newer than the sources (`--no-build`: whatever it holds); otherwise, or with `--build`,
 *   `npx vite build` in a private copy of the project (src, static, timeline-data, configs; node_modules linked),
 *   because builds in /work/main by others running at the same time wipe each other's .svelte-kit/output. The site
 *   is copied to the temp folder with the documents beside it under /bench/ and served from there by a small static
 *   server on 127.0.0.1:4179: one origin, so `?src=` needs no CORS, and nothing a helper rebuilds meanwhile can
 *   change what is measured. adapter-static's output is what ships.
 * - Browser: headless Chromium (CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's), 1440×900, with its
 *   omnibox popup off (scripts/first-page-weight.ts says why). Each document is loaded cold, in a fresh context, five
 *   times (`--loads`); load figures are the median of those loads, with the lowest and highest beside it, and the
 *   targets are checked on the median. The last load goes on to the interactions and the heap.
 * - Drawn: an init script watches the DOM for the first `[data-event-id]` or `[data-cluster-count]` inside
 *   `[data-timeline-viewport]` while the range caption reports the loaded count; "drawn" is when the frame after that
 *   has run (rAF, then a posted message). Times are page `performance.now()`, i.e. from navigation start; "data
 *   arrived" is the document's Resource Timing `responseEnd`. The page then logs a signal the bench waits for: it
 *   does not poll the page while it loads, since each poll is work on the page's own thread.
 * - Peer: vis-timeline 8.5.4 (scripts/bench/vis-timeline.ts) on the same 10,000-event document from the same origin,
 *   loaded cold up to three times after Sourceline's loads, with "drawn" defined as for Sourceline (its first item in
 *   the DOM while the page holds all the events, then the frame that paints it). The target is Sourceline's median
 *   navigation → drawn at most a fifth of vis-timeline's.
 * - Frames: a rAF loop runs throughout the interactions (headless Chromium only produces frames while something asks
 *   for them); a frame's time is the delta between consecutive rAF timestamps, so an on-time frame reads 16.7 ms and a
 *   dropped one 33.3 ms or more. Input is paced like a person: one wheel notch (deltaY ±100, d3-zoom's 2^0.2 zoom
 *   step) or one 10 px drag step per 16 ms, via page.mouse. Phases: 30 notches in at the centre, a drag pan 300 px
 *   left and back, 30 notches out, then 30 in and 30 out over mid-2016 (the dense core). Long animation frames
 *   (PerformanceObserver 'long-animation-frame', ≥ 50 ms) are collected as a cross-check and name the scripts.
 * - Heap: CDP `Runtime.getHeapUsage` after load, after a forced GC.
 * - First page weight: a separate cold load of `/`; every script and stylesheet response, raw and gzip (node:zlib,
 *   default level); the data documents are not counted (scripts/first-page-weight.ts, which `npm run bench:weight`
 *   runs alone over an existing build, file by file).
 * - Targets: p95 frame ≤ 16.7 ms is checked as ≤ 17.7 ms: rAF timestamps are clamped to 0.1 ms and jitter by a few
 *   tenths, so a run with no dropped frame can read 16.8 at p95; the table shows the raw figure.
 * - `--profile`: always builds (privately) with source maps, and after the measured runs loads the largest
 *   document again under the CDP CPU profiler (load, then the same interactions), printing the functions with the
 *   most self and total time in original-source terms (profiler overhead makes that pass's timings meaningless).
 * Options: --sizes=1000,10000  --loads=5  --build  --no-build  --profile  --timeout=<seconds, default 1200>
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { syntheticTimeline } from './bench/synthetic';
import { serveStatic } from './bench-server';
import { DRAWN_SIGNAL, instrumentation, SOURCELINE_DRAWN, type LongFrame, type PageBench } from './bench-page';
import { frameStats, kb, ms, quantile, table, type FrameStats } from './bench-stats';
import { bundleComposition, hotSpots, SourceMapper, type CpuProfile } from './bench-profile';
import { benchModules } from './bench-modules';
import { FIRST_PAGE_BUDGET, firstPageWeight, launchChromium } from './first-page-weight';
import { VIS_TIMELINE, writeVisTimelinePage, type BenchedApp } from './bench/vis-timeline';

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const SIZES = (option('sizes') ?? '1000,10000').split(',').map(Number);
const TIME_LIMIT_MS = Number(option('timeout') ?? 1200) * 1000;
const BUILD_MODE = args.includes('--no-build') ? 'never' : args.includes('--build') ? 'always' : 'auto';
const PROFILE = args.includes('--profile');
const PORT = 4179;
const VIEWPORT = { width: 1440, height: 900 };
const STEP_MS = 16;
const LOAD_RUNS = Number(option('loads') ?? 5);
const RESULTS = 'bench-results/latest.json';

/** The targets; they apply to the 10,000-event document and to the first page. */
const TARGETS = {
	size: 10_000,
	p95: 16.7,
	over50: 0,
	dataToDrawn: 500,
	/** Sourceline's navigation → drawn as a fraction of vis-timeline's, on the same document in the same run. */
	peerRatio: 0.2,
	firstPageGzip: FIRST_PAGE_BUDGET
};

const SOURCELINE: BenchedApp = {
	name: 'Sourceline',
	path: (documentUrl) => `/?src=${encodeURIComponent(documentUrl)}`,
	drawn: SOURCELINE_DRAWN,
	viewport: '[data-timeline-viewport]',
	event: '[data-event-id]',
	cluster: '[data-cluster-count]'
};
/** Timestamp clamping and vsync jitter: see the method notes above. */
const FRAME_JITTER_MS = 1;

const cleanups: (() => unknown)[] = [];
async function cleanup(): Promise<void> {
	for (const fn of cleanups.splice(0).reverse()) {
		try {
			await fn();
		} catch {
			// Best effort: the process is ending either way.
		}
	}
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => void cleanup().finally(() => process.exit(130)));
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

function run(command: string, commandArgs: string[], timeoutMs: number, cwd = '.'): Promise<void> {
	return new Promise((done, reject) => {
		const child: ChildProcess = spawn(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		let output = '';
		child.stdout?.on('data', (chunk) => (output += chunk));
		child.stderr?.on('data', (chunk) => (output += chunk));
		const kill = () => {
			if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
		};
		cleanups.push(kill);
		const timer = setTimeout(() => {
			kill();
			reject(new Error(`${command} ${commandArgs.join(' ')} took over ${timeoutMs / 1000}s`));
		}, timeoutMs);
		child.on('exit', (code) => {
			clearTimeout(timer);
			if (code === 0) done();
			else {
				// The error is seldom at the very end (a stack trace follows it): show from its first line.
				const at = Math.max(0, output.search(/^(error|\[plugin|Error)/im));
				reject(new Error(`${command} ${commandArgs.join(' ')} failed (${code}):\n${output.slice(at, at + 3000)}`));
			}
		});
	});
}

/** `npx vite build` in a private copy of the project; returns its output folder. */
async function privateBuild(work: string, sourcemap: boolean): Promise<string> {
	const project = join(work, 'project');
	mkdirSync(project);
	for (const entry of [
		'src',
		'static',
		'timeline-data',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json',
		'package.json'
	]) {
		if (existsSync(entry)) cpSync(entry, join(project, entry), { recursive: true });
	}
	symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
	await run('npx', ['vite', 'build', ...(sourcemap ? ['--sourcemap'] : [])], 300_000, project);
	return join(project, 'build');
}

/** The built site to measure, and how it came to be: build/ when current, else a private build. */
async function ensureBuild(work: string): Promise<{ dir: string; note: string }> {
	const index = 'build/index.html';
	const inputs = ['src', 'static', 'timeline-data', 'svelte.config.js', 'vite.config.ts', 'package.json'];
	const stale = !existsSync(index) || Math.max(...inputs.map(newestMtime)) > statSync(index).mtimeMs;
	if (BUILD_MODE === 'never' && !PROFILE) {
		if (!existsSync(index)) throw new Error('--no-build, but there is no build/index.html');
		return { dir: 'build', note: stale ? 'build/ (--no-build; older than the sources)' : 'build/ (--no-build)' };
	}
	if (BUILD_MODE === 'auto' && !stale && !PROFILE) return { dir: 'build', note: 'build/ (up to date)' };
	const started = performance.now();
	const dir = await privateBuild(work, PROFILE);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	return { dir, note: `private build${PROFILE ? ' with source maps' : ''} of the current sources, ${seconds} s` };
}

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
interface Profiles {
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

async function measureSize(browser: Browser, origin: string, size: number, profiles?: Profiles) {
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

type SizeResult = Awaited<ReturnType<typeof measureSize>>;

/** The peer's cold loads of the same document (at most three: each takes several seconds), for the ratio. */
async function measurePeer(browser: Browser, origin: string, size: number) {
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

type PeerResult = Awaited<ReturnType<typeof measurePeer>>;

/** Sourceline's load beside the peer's, and the ratio of their medians against the target. */
function printPeer(ours: SizeResult, peer: PeerResult): string[] {
	const figures = (s: { median: number; min: number; max: number }) =>
		`${ms(s.median)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
	const ratio = ours.load.navigationToDrawnMs.median / peer.navigationToDrawnMs.median;
	const ok = ratio <= TARGETS.peerRatio;
	console.log(`
== load against ${peer.name}, ${peer.size.toLocaleString('en-GB')} events, same document ==`);
	console.log(
		table([
			['', 'navigation → drawn, median (lowest–highest)', 'data arrived → drawn', 'drawn at full view'],
			[
				'Sourceline',
				figures(ours.load.navigationToDrawnMs),
				figures(ours.load.dataToDrawnMs),
				`${ours.drawn.events} events, ${ours.drawn.clusters} clusters, ${ours.drawn.domElements} elements`
			],
			[
				peer.name,
				figures(peer.navigationToDrawnMs),
				figures(peer.dataToDrawnMs),
				`${peer.drawn.events} items, ${peer.drawn.clusters} clusters, ${peer.drawn.domElements} elements`
			]
		])
	);
	console.log(
		`ratio Sourceline / ${peer.name}: ${ratio.toFixed(2)}× (target ≤ ${TARGETS.peerRatio.toFixed(2)}×): ${verdict(ok)}`
	);
	return ok ? [] : [`navigation → drawn ${ratio.toFixed(2)}× ${peer.name}'s`];
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function printSize(result: SizeResult): string[] {
	const targeted = result.size === TARGETS.size;
	const { load, frames } = result;
	const failures: string[] = [];
	const check = (ok: boolean, what: string) => {
		if (!targeted) return '';
		if (!ok) failures.push(`${result.size.toLocaleString('en-GB')} events: ${what}`);
		return verdict(ok);
	};
	console.log(`\n== ${result.size.toLocaleString('en-GB')} events ==`);
	const dataOk = load.dataToDrawnMs.median <= TARGETS.dataToDrawn;
	const spreadOf = (s: { median: number; min: number; max: number }) =>
		load.runs > 1 ? `${ms(s.median)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : ms(s.median);
	const p95Ok = frames.all.p95 <= TARGETS.p95 + FRAME_JITTER_MS;
	const over50Ok = frames.all.over50 <= TARGETS.over50;
	console.log(
		table([
			['measure', 'value', 'target', ''],
			[`cold loads`, `${load.runs}: median (lowest–highest)`, '', ''],
			['navigation → drawn', spreadOf(load.navigationToDrawnMs), '', ''],
			['data arrived (responseEnd)', spreadOf(load.dataArrivedMs), '', ''],
			[
				'data arrived → drawn',
				spreadOf(load.dataToDrawnMs),
				targeted ? `≤ ${TARGETS.dataToDrawn} ms` : '',
				check(dataOk, `drawn ${ms(load.dataToDrawnMs.median)} after the data arrived (median)`)
			],
			['data size', kb(load.dataBytes ?? 0), '', ''],
			[
				'drawn at full view',
				`${result.drawn.events} events, ${result.drawn.clusters} clusters, ${result.drawn.domElements} elements`,
				'',
				''
			],
			['JS heap after load (after GC)', kb(result.heap.usedBytes), '', ''],
			[
				'frame p95 (all interactions)',
				ms(frames.all.p95),
				targeted ? `≤ ${TARGETS.p95} ms` : '',
				check(p95Ok, `p95 frame ${ms(frames.all.p95)}`)
			],
			[
				'frames over 50 ms',
				`${frames.all.over50} of ${frames.all.frames}`,
				targeted ? '0' : '',
				check(over50Ok, `${frames.all.over50} frames over 50 ms (max ${ms(frames.all.max)})`)
			]
		])
	);
	console.log('');
	console.log(
		table([
			['interaction', 'frames', 'median', 'p95', 'max', '> 50 ms'],
			...Object.entries({ ...frames.phases, 'all interactions': frames.all }).map(([name, s]) => [
				name,
				String(s.frames),
				ms(s.median),
				ms(s.p95),
				ms(s.max),
				String(s.over50)
			])
		])
	);
	for (const [when, summary] of Object.entries(result.longFrames)) {
		if (!summary.count) continue;
		console.log(
			`\nlong animation frames during ${when}: ${summary.count}, longest ${ms(summary.max)}; scripts by time:`
		);
		for (const script of summary.topScripts) {
			console.log(`  ${ms(script.duration).padStart(10)}  ×${script.count}  ${script.script}`);
		}
	}
	if (result.problems.length) console.log(`\npage reported:\n  ${result.problems.slice(0, 5).join('\n  ')}`);
	return failures;
}

function printHotSpots(size: number, profiles: Profiles, mapper: SourceMapper) {
	const out: Record<string, ReturnType<typeof hotSpots>> = {};
	for (const [when, profile] of Object.entries(profiles)) {
		if (!profile) {
			console.log(`\n(no CPU profile of the ${when}: the renderer changed under the profiler)`);
			continue;
		}
		const result = hotSpots(profile, mapper);
		out[when] = { ...result, spots: result.spots.sort((a, b) => b.totalMs - a.totalMs).slice(0, 40) };
		console.log(
			`\n== CPU profile, ${size.toLocaleString('en-GB')} events, ${when}: ${ms(result.busyMs)} busy, ${ms(result.gcMs)} in GC ==`
		);
		// Self time finds the leaf work (often the framework's); total time over the app's own code says whose it is.
		const views = [
			['self time, everything', 'selfMs', () => true],
			['total time, the app’s own code (src/)', 'totalMs', (where: string) => where.startsWith('src/')]
		] as const;
		for (const [title, key, keep] of views) {
			const top = result.spots
				.filter((spot) => keep(spot.where))
				.sort((a, b) => b[key] - a[key])
				.slice(0, 16);
			console.log(`\nby ${title}:`);
			console.log(
				table([
					['self', 'total', 'where', 'code'],
					...top.map((spot) => [ms(spot.selfMs), ms(spot.totalMs), spot.where, spot.code])
				])
			);
		}
	}
	return out;
}

async function main(): Promise<void> {
	const deadline = setTimeout(() => {
		console.error(`bench: gave up after ${TIME_LIMIT_MS / 1000} s (raise with --timeout=<seconds>)`);
		void cleanup().finally(() => process.exit(2));
	}, TIME_LIMIT_MS);
	cleanups.push(() => clearTimeout(deadline));

	console.log('== pure modules (Node) ==');
	for (const line of benchModules()) console.log(line);

	const work = mkdtempSync(join(tmpdir(), 'sourceline-bench-'));
	cleanups.push(() => rmSync(work, { recursive: true, force: true }));
	const { dir: built, note: build } = await ensureBuild(work);
	console.log(`site: ${build}`);
	const site = join(work, 'site');
	cpSync(built, site, { recursive: true });
	if (!existsSync(join(site, 'index.html'))) throw new Error(`${built}/ has no index.html (a build in progress?)`);
	mkdirSync(join(site, 'bench'));
	writeFileSync(join(site, 'bench', 'blank.html'), '<!doctype html><title>bench</title>');
	for (const size of SIZES) {
		writeFileSync(join(site, 'bench', `synthetic-${size}.json`), JSON.stringify(syntheticTimeline(size)));
	}
	writeVisTimelinePage(site);

	const { server, origin } = await serveStatic(site, PORT);
	cleanups.push(() => {
		server.closeAllConnections();
		server.close();
	});
	const browser = await launchChromium();
	cleanups.push(() => browser.close());
	console.log(`serving ${origin}; Chromium ${browser.version()}; ${cpus().length} cores; node ${process.version}`);

	const firstPage = await firstPageWeight(browser, origin);
	const results: SizeResult[] = [];
	for (const size of SIZES) results.push(await measureSize(browser, origin, size));
	const peer = SIZES.includes(TARGETS.size) ? await measurePeer(browser, origin, TARGETS.size) : null;

	console.log('\n== first page (/), data not counted ==');
	console.log(
		table([
			['', 'raw', 'gzip', 'files'],
			['JS', kb(firstPage.js.raw), kb(firstPage.js.gzip), String(firstPage.js.files.length)],
			['CSS', kb(firstPage.css.raw), kb(firstPage.css.gzip), String(firstPage.css.files.length)],
			['JS + CSS', kb(firstPage.total.raw), kb(firstPage.total.gzip), '']
		])
	);
	const weightOk = firstPage.total.gzip <= TARGETS.firstPageGzip;
	console.log(`target ≤ ${kb(TARGETS.firstPageGzip)} gzip: ${verdict(weightOk)}`);
	const failures = weightOk ? [] : [`first page JS + CSS ${kb(firstPage.total.gzip)} gzip`];
	for (const result of results) failures.push(...printSize(result));
	const targeted = results.find((result) => result.size === TARGETS.size);
	if (peer && targeted) failures.push(...printPeer(targeted, peer));

	let hot: ReturnType<typeof printHotSpots> | undefined;
	if (PROFILE) {
		const size = Math.max(...SIZES);
		const profiles: Profiles = {};
		await measureSize(browser, origin, size, profiles);
		hot = printHotSpots(size, profiles, new SourceMapper(site, origin));
		const parts = bundleComposition(
			site,
			firstPage.js.files.map((file) => file.url),
			(text) => gzipSync(text).length
		);
		console.log('\n== first page JS by package or app folder (minified; gzip of each group alone) ==');
		console.log(table([['', 'raw', 'gzip'], ...parts.slice(0, 20).map((p) => [p.group, kb(p.raw), kb(p.gzip)])]));
	}

	mkdirSync('bench-results', { recursive: true });
	const report = {
		when: new Date().toISOString(),
		machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: browser.version() },
		build,
		targets: TARGETS,
		firstPage,
		sizes: results,
		peer,
		hotSpots: hot,
		failures
	};
	writeFileSync(RESULTS, `${JSON.stringify(report, null, '\t')}\n`);
	console.log(`\nfigures written to ${RESULTS}`);
	if (failures.length) console.log(`\nTARGETS MISSED (${failures.length}):\n  ${failures.join('\n  ')}`);
	else console.log('\nAll targets met.');
	if (!SIZES.includes(TARGETS.size)) console.log(`(targets apply at ${TARGETS.size} events, which this run skipped)`);
}

main()
	.then(async () => {
		await cleanup();
		process.exit(0);
	})
	.catch(async (error: Error) => {
		console.error(`bench: could not measure: ${error.message}`);
		await cleanup();
		process.exit(1);
	});
