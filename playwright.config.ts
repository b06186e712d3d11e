import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findInstalledBrowser } from './scripts/browser/choose-browser';

// `npm test` runs scripts/ensure-browser.ts first, which finds or installs a browser by the same rule.
const browser = findInstalledBrowser({
	chromiumPathEnv: process.env.CHROMIUM_PATH,
	playwrightPath: chromium.executablePath(),
	exists: existsSync
});
if (!browser.found) {
	throw new Error(
		browser.error ?? 'No Chromium for the end-to-end tests: run `npm run test:browser` to find or install one.'
	);
}
const executablePath = browser.executablePath;
// E2E_PORT lets two checkouts run their suites side by side (each reuses a server already on its port).
const port = Number(process.env.E2E_PORT) || 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	expect: { timeout: 7_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			// Debian's Chromium otherwise keeps calling home on this closed network.
			args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], viewport: { width: 375, height: 812 } },
			grep: /@phone/
		}
	],
	webServer: {
		command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
