/** `npm run extract` end to end: the script run as a child process on the seed fixtures. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates';

const ROOT = join(import.meta.dirname, '../../..');
const SEED = join(ROOT, 'tests/fixtures/extract/000_777d2c4c8190d5c3.txt');

function extract(...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('scripts/extract.ts', { timeout: 60_000 }, () => {
	it('fails clearly on a missing file', () => {
		const run = extract('no-such-article.txt');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('extract: no such file: no-such-article.txt');
	});

	it('fails clearly on bad arguments, with the usage', () => {
		const run = extract(SEED, '--frobnicate');
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('extract: unknown option --frobnicate');
		expect(run.stderr).toContain('usage: npm run extract');
		expect(extract().stderr).toContain('extract: no article given');
	});

	it('writes candidates JSON to --out and a summary to stderr', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'extract-')), 'candidates.json');
		const run = extract(SEED, '--source-id', 'test-source', '--out', out, '--all');
		expect(run.status).toBe(0);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(
			/extract: test-source: \d+ candidates, \d+ matching existing events \(\d+ events\), \d+ new/
		);
		const written = JSON.parse(readFileSync(out, 'utf8')) as { source: string; candidates: Candidate[] };
		expect(written.source).toBe('test-source');
		expect(written.candidates.map((candidate) => candidate.dateText)).toContain('August 2016');
	});

	it('lists only new candidates on stdout without --all', () => {
		const run = extract(SEED, '--source-id', 'a-source-no-event-quotes');
		expect(run.status).toBe(0);
		const written = JSON.parse(run.stdout) as { candidates: Candidate[] };
		expect(written.candidates.length).toBeGreaterThan(0);
		expect(written.candidates.every((candidate) => !candidate.matches)).toBe(true);
	});

	it('reports progress on long runs', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'extract-')), 'long.txt');
		writeFileSync(file, 'In August 2016, Banks met Wigmore. Nothing happened here.\n'.repeat(800));
		const run = extract(file, '--out', join(tmpdir(), 'long-candidates.json'));
		expect(run.status).toBe(0);
		expect(run.stderr).toContain('extract: 50% (800/1600 sentences)');
		expect(run.stderr).toContain('extract: 100% (1600/1600 sentences)');
	});
});
