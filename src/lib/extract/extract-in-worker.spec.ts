import { describe, expect, it } from 'vitest';
import { extractCandidates, type ExtractProgress } from './candidates';
import { extractInWorker } from './extract-in-worker';

const TEXT = 'Acme opened a plant in March 2010.\n\nIt closed the plant in 2012, after a strike.';

describe('extractInWorker', () => {
	it('gives the candidates extractCandidates gives, with progress up to the end (main thread without workers)', async () => {
		const progress: ExtractProgress[] = [];
		const candidates = await extractInWorker(TEXT, { sourceId: 'acme' }, (p) => progress.push(p));
		expect(candidates).toEqual(extractCandidates(TEXT, { sourceId: 'acme' }));
		expect(candidates.map((c) => c.dateText)).toEqual(['March 2010', '2012']);
		expect(progress.at(-1)?.fraction).toBe(1);
	});
});
