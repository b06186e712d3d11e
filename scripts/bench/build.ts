/** The site the bench measures: build/ when it is current, else a private build of the current sources. */
import { cpSync, existsSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILD_MODE, PROFILE } from './options';
import { newestMtime, run } from './processes';

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
export async function ensureBuild(work: string): Promise<{ dir: string; note: string }> {
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
