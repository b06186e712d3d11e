import { describe, expect, it } from 'vitest';
import { syntheticTimeline } from '../../../scripts/bench/synthetic';
import { importFetchedTimeline } from './open-timeline';

const url = new URL('https://elsewhere.example/data/timeline.json');

describe('importFetchedTimeline', () => {
	it('passes a failed download on as it is', () => {
		expect(importFetchedTimeline({ ok: false, error: 'offline' })).toEqual({ ok: false, error: 'offline' });
	});

	it('imports a Sourceline document', () => {
		const result = importFetchedTimeline({ ok: true, url, text: JSON.stringify(syntheticTimeline(20)) });
		expect(result.ok && result.document.events).toHaveLength(20);
	});

	it('names the address and the file when the text is not a timeline', () => {
		const result = importFetchedTimeline({ ok: true, url, text: '{"events": [' });
		expect(result.ok || result.error).toMatch(
			/^Could not open https:\/\/elsewhere\.example\/data\/timeline\.json: .*timeline\.json/
		);
	});
});
