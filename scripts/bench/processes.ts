/** The bench's child processes and its clean-up on exit, however it ends. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const cleanups: (() => unknown)[] = [];
export async function cleanup(): Promise<void> {
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

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

export function run(command: string, commandArgs: string[], timeoutMs: number, cwd = '.'): Promise<void> {
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
