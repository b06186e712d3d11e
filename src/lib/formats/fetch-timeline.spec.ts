import { describe, expect, it } from 'vitest';
import { fetchTimelineText } from './fetch-timeline';

const answering = (body: string, status = 200, statusText = 'OK') =>
	(async () => new Response(body, { status, statusText })) as typeof fetch;
const BASE = 'https://sourceline.example/';

describe('fetchTimelineText', () => {
	it('fetches an address relative to the page', async () => {
		const fetched = await fetchTimelineText('data/other.json', BASE, answering('{"events": []}'));
		expect(fetched).toEqual({
			ok: true,
			url: new URL('https://sourceline.example/data/other.json'),
			text: '{"events": []}'
		});
	});

	it('refuses what is not http(s) without fetching', async () => {
		let asked = false;
		const fetcher = (async () => {
			asked = true;
			return new Response('');
		}) as typeof fetch;
		const fetched = await fetchTimelineText('javascript:alert(1)', BASE, fetcher);
		expect(fetched.ok).toBe(false);
		expect(asked).toBe(false);
	});

	it('says which address failed, and how', async () => {
		const missing = await fetchTimelineText('https://elsewhere.example/t.json', BASE, answering('', 404, 'Not Found'));
		expect(missing).toEqual({
			ok: false,
			error: 'Could not open https://elsewhere.example/t.json: the server answered HTTP 404 Not Found.'
		});
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		const unanswered = await fetchTimelineText('https://elsewhere.example/t.json', BASE, offline);
		expect(unanswered.ok || unanswered.error).toMatch(/did not answer/);
	});
});
