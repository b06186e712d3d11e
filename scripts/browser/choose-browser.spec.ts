import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findInstalledBrowser, installPlan, noBrowserMessage } from './choose-browser';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
const machine = (files: string[], chromiumPathEnv?: string) => ({
	chromiumPathEnv,
	playwrightPath: PLAYWRIGHT,
	exists: (path: string) => files.includes(path)
});

describe('findInstalledBrowser', () => {
	it('takes CHROMIUM_PATH first, even where Debian has one', () => {
		expect(findInstalledBrowser(machine(['/opt/chrome', DEBIAN_CHROMIUM], '/opt/chrome'))).toEqual({
			found: true,
			via: 'CHROMIUM_PATH',
			executablePath: '/opt/chrome'
		});
	});

	it('reports a CHROMIUM_PATH that names no file instead of installing another browser', () => {
		const choice = findInstalledBrowser(machine([DEBIAN_CHROMIUM], '/nowhere/chrome'));
		expect(choice).toEqual({ found: false, error: expect.stringContaining('/nowhere/chrome') });
	});

	it("takes Debian's chromium before Playwright's own", () => {
		expect(findInstalledBrowser(machine([DEBIAN_CHROMIUM, PLAYWRIGHT]))).toMatchObject({ via: 'Debian' });
	});

	it('leaves Playwright to find its own browser', () => {
		expect(findInstalledBrowser(machine([PLAYWRIGHT]))).toEqual({
			found: true,
			via: 'Playwright',
			executablePath: undefined
		});
	});

	it('finds nothing on a machine without a browser', () => {
		expect(findInstalledBrowser(machine([]))).toEqual({ found: false });
	});
});

describe('installPlan', () => {
	const commands = (plan: ReturnType<typeof installPlan>) => plan.map((step) => [step.command, ...step.args].join(' '));

	it("tries Playwright's download, then Debian's package where the user is root", () => {
		const plan = installPlan({ isRoot: true, hasApt: true, debianPackageRegistered: false });
		expect(commands(plan)).toEqual([
			'npx playwright install chromium',
			'apt-get update -qq',
			'apt-get install -y -qq chromium'
		]);
		expect(plan.every((step) => step.timeoutMs > 0)).toBe(true);
	});

	it('reinstalls where dpkg counts the package but its browser is gone', () => {
		const plan = installPlan({ isRoot: true, hasApt: true, debianPackageRegistered: true });
		expect(commands(plan).at(-1)).toBe('apt-get install -y -qq --reinstall chromium');
	});

	it('does not use apt without root, nor where there is no apt', () => {
		expect(commands(installPlan({ isRoot: false, hasApt: true, debianPackageRegistered: false }))).toEqual([
			'npx playwright install chromium'
		]);
		expect(commands(installPlan({ isRoot: true, hasApt: false, debianPackageRegistered: false }))).toEqual([
			'npx playwright install chromium'
		]);
	});
});

describe('noBrowserMessage', () => {
	it('names the command to run, with sudo where the user is not root', () => {
		expect(noBrowserMessage({ isRoot: false, hasApt: true })).toContain('sudo apt-get install -y chromium');
		expect(noBrowserMessage({ isRoot: true, hasApt: true })).not.toContain('sudo');
		expect(noBrowserMessage({ isRoot: false, hasApt: false })).not.toContain('apt-get');
		expect(noBrowserMessage({ isRoot: false, hasApt: false })).toContain('npx playwright install chromium');
	});
});
