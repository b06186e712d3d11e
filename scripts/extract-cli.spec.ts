/** `npm run extract`: the CLI's function run in-process on temporary files, and the real command started once. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../src/lib/extract/candidates';
import { readTimeML } from '../src/lib/extract/timeml';
import { MAX_BYTES, runExtract } from './extract-cli';

const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'tests/fixtures/extract/000_777d2c4c8190d5c3.txt');
const DATA = join(ROOT, 'timeline-data');

function extract(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const status = runExtract(argv, {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
		dataDir: DATA
	});
	return { status, stdout, stderr };
}

function scratch(name: string, content: string | Buffer): string {
	const file = join(mkdtempSync(join(tmpdir(), 'extract-')), name);
	writeFileSync(file, content);
	return file;
}

const NEWS = 'Apple said on Tuesday that it released a new iPod.\nThe company has settled its dispute with Cisco.\n';

describe('npm run extract', () => {
	it('fails clearly on bad arguments, with the usage and status 2', () => {
		const run = extract(SEED, '--frobnicate');
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('extract: unknown option --frobnicate');
		expect(run.stderr).toContain('usage: npm run extract');
		expect(extract().stderr).toContain('extract: no article given');
		expect(extract(SEED, '--published', '2016-13-01').stderr).toContain('--published "2016-13-01" has no month 13');
	});

	it.each([
		['a missing file', () => 'no-such-article.txt', 'no such file: no-such-article.txt'],
		[
			'a binary file',
			() => scratch('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe])),
			'looks binary'
		],
		['an empty article', () => scratch('empty.txt', ' \n\t\n'), 'the article is empty'],
		[
			'an HTML page with only a script',
			() => scratch('page.html', '<script>alert("May 2016")</script>'),
			'the article is empty'
		],
		['a file over 10 MB', () => scratch('huge.txt', 'x'.repeat(MAX_BYTES + 1)), 'an article may be at most 10 MB'],
		[
			'malformed TimeML',
			() => scratch('broken.tml', '<TimeML>\n<TEXT>Apple <EVENT>said</TEXT>\n</TimeML>'),
			'broken.tml: not valid TimeML: malformed XML at 2:'
		]
	])('fails clearly on %s, with status 1', (_, file, message) => {
		const run = extract(file());
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(message);
		expect(run.stdout).toBe('');
	});

	it('reads the publication date and dates the day’s news by it', () => {
		const run = extract(scratch('news.txt', NEWS), '--published', '2010-06-16');
		expect(run.status).toBe(0);
		const written = JSON.parse(run.stdout) as { published: string; candidates: Candidate[] };
		expect(written.published).toBe('2010-06-16');
		expect(written.candidates.map((c) => [c.dateText, c.date.start, c.date.end, c.datedBy])).toEqual([
			['Tuesday', '2010-06-15', '2010-06-15', 'publication'],
			['', '2010-06-09', '2010-06-16', 'publication']
		]);
	});

	it('reads an HTML article’s visible text only', () => {
		const page = '<p>Apple released an iPod in <b>May 2008</b>.</p><script>var s = "June 2001";</script>';
		const written = JSON.parse(extract(scratch('page.html', page)).stdout) as { candidates: Candidate[] };
		expect(written.candidates.map((c) => c.dateText)).toEqual(['May 2008']);
	});

	it('writes TimeML for TimeML, with offsets into its text and its DCT, and several articles to --out-dir', () => {
		const tml = scratch(
			'cisco.tml',
			'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2007-01-12">2007-01-12</TIMEX3></DCT><TEXT>Cisco &amp; Apple met on <EVENT eid="e1">Wednesday</EVENT>, and again last week.</TEXT></TimeML>'
		);
		const outDir = join(mkdtempSync(join(tmpdir(), 'extract-out-')), 'out');
		const run = extract(
			tml,
			scratch('news.txt', NEWS),
			'--format',
			'timeml',
			'--out-dir',
			outDir,
			'--published',
			'2010-06-16'
		);
		expect(run.status).toBe(0);
		const out = readFileSync(join(outDir, 'cisco.tml'), 'utf8');
		expect(out).toContain(
			'Cisco &amp; Apple met on <TIMEX3 tid="t1" type="DATE" value="2010-06-16">Wednesday</TIMEX3>'
		);
		const back = readTimeML(out);
		expect('error' in back ? back.error : back.text).toBe('Cisco & Apple met on Wednesday, and again last week.');
		expect(readFileSync(join(outDir, 'news.tml'), 'utf8')).toContain('value="2010-06-15">Tuesday</TIMEX3>');
		// Without --published, a TimeML article's own DCT is its publication date.
		const own = extract(tml, '--format', 'timeml');
		expect(own.stdout).toContain('value="2007-01-10">Wednesday</TIMEX3>');
		expect(own.stdout).toContain('value="2007-W01">last week</TIMEX3>');
	});

	it('never writes over an article', () => {
		const tml = scratch('same.tml', '<TimeML><TEXT>In 2007.</TEXT></TimeML>');
		const run = extract(tml, '--format', 'timeml', '--out', tml);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('would overwrite the article');
		expect(readFileSync(tml, 'utf8')).toBe('<TimeML><TEXT>In 2007.</TEXT></TimeML>');
	});

	it('lists only new candidates without --all, every one with it', () => {
		const all = JSON.parse(extract(SEED, '--all').stdout) as { candidates: Candidate[] };
		const fresh = JSON.parse(extract(SEED).stdout) as { candidates: Candidate[] };
		expect(all.candidates.map((c) => c.dateText)).toContain('August 2016');
		expect(fresh.candidates.length).toBeGreaterThan(0);
		expect(fresh.candidates.every((candidate) => !candidate.matches)).toBe(true);
	});

	it('reports progress on long runs', () => {
		const run = extract(scratch('long.txt', 'In August 2016, Banks met Wigmore. Nothing happened here.\n'.repeat(800)));
		expect(run.stderr).toContain('extract: 50% (800/1600 sentences)');
		expect(run.stderr).toContain('extract: 100% (1600/1600 sentences)');
	});

	it('runs as the real command, with its exit status', { timeout: 60_000 }, () => {
		const out = join(mkdtempSync(join(tmpdir(), 'extract-')), 'candidates.json');
		const run = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/extract.ts', SEED, '--source-id', 'test-source', '--out', out, '--all'],
			{
				cwd: ROOT,
				encoding: 'utf8'
			}
		);
		expect(run.status).toBe(0);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(
			/extract: test-source: \d+ candidates, \d+ matching existing events \(\d+ events\), \d+ new/
		);
		expect((JSON.parse(readFileSync(out, 'utf8')) as { source: string }).source).toBe('test-source');
	});
});
