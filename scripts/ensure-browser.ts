/**
 * `npm run test:browser`, the first step of `npm test`: finds the Chromium the end-to-end tests drive, or installs
 * one, before minutes go on the type check, the build and the unit tests. Exits 1 with one message saying which
 * command to run when no browser can be had.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findInstalledBrowser, installPlan, noBrowserMessage, type InstallFacts } from './browser/choose-browser';

function lookForBrowser() {
	return findInstalledBrowser({
		chromiumPathEnv: process.env.CHROMIUM_PATH,
		playwrightPath: chromium.executablePath(),
		exists: existsSync
	});
}

function succeeds(command: string, args: string[]): boolean {
	return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function installFacts(): InstallFacts {
	const hasApt = succeeds('sh', ['-c', 'command -v apt-get']);
	return {
		isRoot: process.getuid?.() === 0,
		hasApt,
		debianPackageRegistered: hasApt && succeeds('dpkg', ['-s', 'chromium'])
	};
}

let choice = lookForBrowser();
if (!choice.found && choice.error) {
	console.error(`browser: ${choice.error}`);
	process.exit(1);
}
if (!choice.found) {
	const facts = installFacts();
	for (const step of installPlan(facts)) {
		console.log(`browser: no Chromium found; installing ${step.label}`);
		const run = spawnSync(step.command, step.args, {
			stdio: 'inherit',
			timeout: step.timeoutMs,
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		if (run.error || run.status !== 0) {
			console.log(`browser: that did not work (${run.error?.message ?? `exit status ${run.status}`})`);
			continue;
		}
		if (step.thenLookAgain && (choice = lookForBrowser()).found) break;
	}
	if (!choice.found) {
		console.error(`browser: ${noBrowserMessage(facts)}`);
		process.exit(1);
	}
}
console.log(
	`browser: the end-to-end tests use ${choice.via}'s Chromium${choice.executablePath ? ` at ${choice.executablePath}` : ''}`
);
