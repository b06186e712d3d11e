/**
 * Which Chromium the end-to-end tests drive, and how to get one when there is none. Pure: the facts about the
 * machine come in as arguments, so the choice is tested without touching the file system or the network.
 * `playwright.config.ts` and `scripts/ensure-browser.ts` both decide through here.
 */

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface InstalledFacts {
	/** The CHROMIUM_PATH environment variable, if set. */
	chromiumPathEnv: string | undefined;
	/** Where Playwright's own Chromium lives once `playwright install chromium` has run. */
	playwrightPath: string;
	exists(path: string): boolean;
}

export type BrowserChoice =
	| { found: true; via: 'CHROMIUM_PATH' | 'Debian' | 'Playwright'; executablePath: string | undefined }
	| { found: false; error?: string };

/**
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser. `executablePath` is undefined
 * for Playwright's own (Playwright finds it itself). A CHROMIUM_PATH that names no file is an error, not a
 * reason to install something else: the user asked for that browser.
 */
export function findInstalledBrowser(facts: InstalledFacts): BrowserChoice {
	const named = facts.chromiumPathEnv?.trim();
	if (named) {
		return facts.exists(named)
			? { found: true, via: 'CHROMIUM_PATH', executablePath: named }
			: { found: false, error: `CHROMIUM_PATH is set to ${named}, but there is no file there.` };
	}
	if (facts.exists(DEBIAN_CHROMIUM)) return { found: true, via: 'Debian', executablePath: DEBIAN_CHROMIUM };
	if (facts.exists(facts.playwrightPath)) return { found: true, via: 'Playwright', executablePath: undefined };
	return { found: false };
}

export interface InstallFacts {
	isRoot: boolean;
	/** apt-get is on this machine (Debian or Ubuntu). */
	hasApt: boolean;
	/** dpkg counts the `chromium` package as installed although its browser is missing. */
	debianPackageRegistered: boolean;
}

export interface InstallStep {
	/** What the step does, in words, for the log. */
	label: string;
	command: string;
	args: string[];
	timeoutMs: number;
	/** Whether a browser should be looked for again once this step has run. */
	thenLookAgain: boolean;
}

/** Playwright's download gives up on its own after about half a minute where its server cannot be reached. */
const PLAYWRIGHT_INSTALL_TIMEOUT_MS = 3 * 60_000;
const APT_UPDATE_TIMEOUT_MS = 5 * 60_000;
const APT_INSTALL_TIMEOUT_MS = 10 * 60_000;

/**
 * Playwright's own download first (it works wherever its server can be reached, needs no root and touches no
 * system package), then Debian's package through apt where the user is root. Where the package is registered but
 * its browser is gone, a plain `apt-get install` would do nothing, so it reinstalls.
 */
export function installPlan(facts: InstallFacts): InstallStep[] {
	const steps: InstallStep[] = [
		{
			label: "Playwright's Chromium (npx playwright install chromium)",
			command: 'npx',
			args: ['playwright', 'install', 'chromium'],
			timeoutMs: PLAYWRIGHT_INSTALL_TIMEOUT_MS,
			thenLookAgain: true
		}
	];
	if (facts.isRoot && facts.hasApt) {
		steps.push(
			{
				label: "Debian's package lists (apt-get update)",
				command: 'apt-get',
				args: ['update', '-qq'],
				timeoutMs: APT_UPDATE_TIMEOUT_MS,
				thenLookAgain: false
			},
			{
				label: `Debian's chromium (apt-get install${facts.debianPackageRegistered ? ' --reinstall' : ''} chromium)`,
				command: 'apt-get',
				args: ['install', '-y', '-qq', ...(facts.debianPackageRegistered ? ['--reinstall'] : []), 'chromium'],
				timeoutMs: APT_INSTALL_TIMEOUT_MS,
				thenLookAgain: true
			}
		);
	}
	return steps;
}

/** The one message for a machine where no browser could be found or installed: which command to run. */
export function noBrowserMessage(facts: Pick<InstallFacts, 'isRoot' | 'hasApt'>): string {
	const lines = ['No Chromium for the end-to-end tests, and none could be installed here. Run one of:'];
	if (facts.hasApt) lines.push(`  ${facts.isRoot ? '' : 'sudo '}apt-get install -y chromium   (Debian/Ubuntu)`);
	lines.push('  npx playwright install chromium   (where Playwright can download its browser)');
	lines.push('or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.');
	return lines.join('\n');
}
