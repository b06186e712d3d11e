import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, upstreamImports } from './import-graph';

const graph = importGraph(join(import.meta.dirname, '..'));

describe('the import graph of src/', () => {
	it('reads .ts and .svelte files, relative and $lib imports, dynamic imports included', () => {
		expect(graph.get('src/routes/+page.svelte')?.some((file) => file.endsWith('TimelineApp.svelte'))).toBe(true);
		const state = [...graph.keys()].find((file) => file.endsWith('timeline-view.svelte.ts'))!;
		expect(graph.get(state)?.some((file) => file.endsWith('search/full-text.ts'))).toBe(true);
	});

	it('has no import cycle', () => {
		expect(importCycles(graph)).toEqual([]);
	});

	it('has no import back upstream (the model imports nothing; text and dates no state or components)', () => {
		expect(upstreamImports(graph)).toEqual([]);
	});

	it('would name a cycle and an upstream import if one appeared', () => {
		const broken = new Map([
			['src/lib/model/a.ts', ['src/lib/data/b.ts']],
			['src/lib/data/b.ts', ['src/lib/model/a.ts']],
			['src/lib/text/c.ts', ['src/lib/components/D.svelte']]
		]);
		expect(importCycles(broken)).toEqual([['src/lib/data/b.ts', 'src/lib/model/a.ts']]);
		expect(upstreamImports(broken)).toEqual([
			'src/lib/model/a.ts → src/lib/data/b.ts',
			'src/lib/text/c.ts → src/lib/components/D.svelte'
		]);
	});
});
