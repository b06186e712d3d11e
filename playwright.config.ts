import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
 * Returns undefined for Playwright's own, and says how to get a browser when there is none at all.
 */
function chromiumExecutable(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((path): path is string => !!path);
	const found = candidates.find((path) => existsSync(path));
	if (found) return found;
	if (process.env.CHROMIUM_PATH) {
		throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
	}
	if (!existsSync(chromium.executablePath())) {
		console.error(
			'No Chromium found for the end-to-end tests. Install one of:\n' +
				'  Debian/Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)\n' +
				'  anywhere else: npx playwright install chromium\n' +
				'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
		);
	}
	return undefined;
}

const executablePath = chromiumExecutable();
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
