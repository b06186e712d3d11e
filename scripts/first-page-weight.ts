/**
 * The first page's weight: a cold load of `/` in headless Chromium; every script and stylesheet response, raw and
 * gzip (node:zlib, default level); data documents are not counted. `npm run bench` uses `firstPageWeight`; run alone
 * (`npm run bench:weight`) it builds nothing but serves an existing build on a port of its own and
 * lists each file, and, when the build has source maps (`npx vite build --sourcemap`), what the JS is made of.
 * Options: --dir=build  --port=4188  --path=/ (another page to weigh)  --modules (also list the largest source modules)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Response } from '@playwright/test';
import { serveStatic } from './bench/server';
import { bundleComposition } from './bench/profile';
import { kb, table } from './bench/stats';

/** The first page's budget, JS + CSS gzip, with what the first pointer move and wheel step load. */
export const FIRST_PAGE_BUDGET = 100 * 1024;

export interface Weight {
	raw: number;
	gzip: number;
	files: { url: string; raw: number; gzip: number }[];
}

/** Script and stylesheet bytes among `responses`, raw and gzip; anything under /bench/ is data, not counted. */
async function weigh(responses: Response[], origin: string): Promise<{ js: Weight; css: Weight }> {
	const empty = (): Weight => ({ raw: 0, gzip: 0, files: [] });
	const weights = { js: empty(), css: empty() };
	for (const response of responses) {
		const path = new URL(response.url()).pathname;
		const type = response.request().resourceType();
		const kind =
			type === 'script' || /\.m?js$/.test(path) ? 'js' : type === 'stylesheet' || /\.css$/.test(path) ? 'css' : null;
		if (!kind || path.startsWith('/bench/') || response.status() !== 200) continue;
		const body = await response.body();
		const file = { url: response.url().replace(origin, ''), raw: body.length, gzip: gzipSync(body).length };
		weights[kind].files.push(file);
		weights[kind].raw += file.raw;
		weights[kind].gzip += file.gzip;
	}
	return weights;
}

/** A cold load of `${origin}${path}` at desktop size, waiting for the network to go idle (late lazy chunks count too). */
export async function firstPageWeight(browser: Browser, origin: string, path = '/') {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	try {
		const page = await context.newPage();
		const responses: Response[] = [];
		page.on('response', (response) => responses.push(response));
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle', timeout: 60_000 });
		const { js, css } = await weigh(responses, origin);
		return { js, css, total: { raw: js.raw + css.raw, gzip: js.gzip + css.gzip } };
	} finally {
		await context.close();
	}
}

/**
 * Features Playwright 1.65 turns off in every Chromium it launches. Chromium reads only the last
 * `--disable-features` switch, so adding ours would drop these; they are repeated with ours after them.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion'
];

/**
 * Browser UI the measurements must not share the machine with: headless Chromium 156 loads its omnibox popup (two
 * WebUI pages in a renderer of their own) in every new window, that is in every fresh context, and that renderer
 * takes some 60% of a core for the first second, while the page under test loads. A reader's browser has its UI
 * loaded long before; on 2 cores it was the largest source of spread between runs.
 */
const BROWSER_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Debian's Chromium unless CHROMIUM_PATH names another; Playwright's own when neither exists. */
export async function launchChromium(): Promise<Browser> {
	const executablePath =
		process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	return chromium.launch({
		executablePath,
		args: [
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(',')}`
		]
	});
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
	const dir = resolve(option('dir') ?? 'build');
	if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/index.html is missing: run npx vite build first`);
	const { server, origin } = await serveStatic(dir, Number(option('port') ?? 4188));
	const browser = await launchChromium();
	try {
		const path = option('path') ?? '/';
		const weight = await firstPageWeight(browser, origin, path);
		const files = [...weight.js.files, ...weight.css.files].sort((a, b) => b.gzip - a.gzip);
		console.log(`${path} of ${dir}, served on ${origin}:`);
		console.log(
			table([
				['file', 'raw', 'gzip'],
				...files.map((file) => [file.url, kb(file.raw), kb(file.gzip)]),
				['JS', kb(weight.js.raw), kb(weight.js.gzip)],
				['CSS', kb(weight.css.raw), kb(weight.css.gzip)],
				['JS + CSS', kb(weight.total.raw), kb(weight.total.gzip)]
			])
		);
		console.log(`target ≤ ${kb(FIRST_PAGE_BUDGET)} gzip: ${weight.total.gzip <= FIRST_PAGE_BUDGET ? 'PASS' : 'FAIL'}`);
		const paths = weight.js.files.map((file) => file.url);
		const gzip = (text: string) => gzipSync(text).length;
		const parts = bundleComposition(dir, paths, gzip);
		if (!parts.length) return console.log('(no source maps: build with --sourcemap to see what the JS holds)');
		console.log('\nJS by package or app folder (minified; gzip of each group alone):');
		console.log(table([['', 'raw', 'gzip'], ...parts.map((p) => [p.group, kb(p.raw), kb(p.gzip)])]));
		if (!args.includes('--modules')) return;
		const modules = bundleComposition(dir, paths, gzip, (source) => source.replace(/^(\.\.\/)+/, ''));
		console.log('\nJS by source module (the 40 largest):');
		console.log(table([['', 'raw', 'gzip'], ...modules.slice(0, 40).map((p) => [p.group, kb(p.raw), kb(p.gzip)])]));
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
}

// Run as a command (`tsx scripts/first-page-weight.ts`), not when the bench imports it.
if (process.argv[1]?.endsWith('first-page-weight.ts')) {
	main().catch((error: Error) => {
		console.error(`first-page-weight: ${error.message}`);
		process.exit(1);
	});
}
