import { describe, expect, it } from 'vitest';
import { ID } from '../model/timeline';
import { IdRegistry, slugify } from './slug';

describe('slugify', () => {
	it.each([
		["Ada Lovelace's notes!", 'ada-lovelace-s-notes'],
		['  Café  Périgord  ', 'cafe-perigord'],
		['"><script>alert(1)</script>', 'script-alert-1-script'],
		['2016', '2016'],
		['北京', ''],
		['---', '']
	])('%j → %j', (label, slug) => {
		expect(slugify(label)).toBe(slug);
		if (slug) expect(slug).toMatch(ID);
	});

	it('cuts long labels at a hyphen', () => {
		const slug = slugify('word '.repeat(40));
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).toMatch(ID);
		expect(slug.endsWith('word')).toBe(true);
	});
});

describe('IdRegistry', () => {
	it('numbers repeats', () => {
		const ids = new IdRegistry();
		expect([ids.claim('a'), ids.claim('a'), ids.claim('a-2'), ids.claim('a')]).toEqual(['a', 'a-2', 'a-2-2', 'a-3']);
		expect(ids.has('a-3')).toBe(true);
	});
});
