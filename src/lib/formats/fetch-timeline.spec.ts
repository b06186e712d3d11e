import { describe, expect, it, vi } from 'vitest';
import { fetchTimelineText, type DownloadProgress } from './fetch-timeline';

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

	it('reads the body as response.text() would, whatever pieces it arrives in', async () => {
		const text = '\ufeff{"title": "Banks’ “visit” – 2016", "bad": "\ud800"}';
		const bytes = new TextEncoder().encode(text);
		// A BOM, characters split across pieces, and a byte that is not UTF-8.
		const broken = new Uint8Array([...bytes.slice(0, -3), 0xff, ...bytes.slice(-3)]);
		const pieces = [broken.slice(0, 2), broken.slice(2, 25), broken.slice(25, 26), broken.slice(26)];
		const streamed = (async () =>
			new Response(
				new ReadableStream({
					start(controller) {
						for (const piece of pieces) controller.enqueue(piece);
						controller.close();
					}
				})
			)) as typeof fetch;
		const fetched = await fetchTimelineText('t.json', BASE, streamed);
		expect(fetched.ok && fetched.text).toBe(await new Response(broken).text());
		expect(fetched.ok && fetched.text.startsWith('{"title": "Banks’ “visit” – 2016"')).toBe(true);
	});

	it('says so when the download breaks off', async () => {
		const breaking = (async () =>
			new Response(
				new ReadableStream({
					start(controller) {
						controller.enqueue(new TextEncoder().encode('{"events": ['));
						controller.error(new TypeError('network error'));
					}
				})
			)) as typeof fetch;
		expect(await fetchTimelineText('https://elsewhere.example/t.json', BASE, breaking)).toEqual({
			ok: false,
			error: 'Could not open https://elsewhere.example/t.json: the download broke off before the end.'
		});
	});

	it('tells how much has arrived: the first piece at once, then now and then, and the whole at the end', async () => {
		const pieces = [new Uint8Array(3), new Uint8Array(5), new Uint8Array(2)];
		const streamed = (length: string | null) =>
			(async () =>
				new Response(
					new ReadableStream({
						start(controller) {
							for (const piece of pieces) controller.enqueue(piece);
							controller.close();
						}
					}),
					{ headers: length === null ? {} : { 'content-length': length } }
				)) as typeof fetch;
		const told: DownloadProgress[] = [];
		await fetchTimelineText('t.json', BASE, streamed('10'), (progress) => told.push(progress));
		// The pieces arrive together: the one between is not worth a redraw.
		expect(told).toEqual([
			{ received: 3, total: 10 },
			{ received: 10, total: 10 }
		]);
		// Without a length, or with one the download outgrows (the server compressed what it sent): no total.
		told.length = 0;
		await fetchTimelineText('t.json', BASE, streamed(null), (progress) => told.push(progress));
		expect(told.map((progress) => progress.total)).toEqual([null, null]);
		told.length = 0;
		await fetchTimelineText('t.json', BASE, streamed('6'), (progress) => told.push(progress));
		expect(told).toEqual([
			{ received: 3, total: 6 },
			{ received: 10, total: null }
		]);
	});

	it('tells of pieces that arrive apart as they arrive', async () => {
		let now = 0;
		const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
		const streamed = (async () =>
			new Response(
				new ReadableStream({
					async pull(controller) {
						now += 60;
						controller.enqueue(new Uint8Array(4));
						if (now >= 180) controller.close();
					}
				})
			)) as typeof fetch;
		const told: number[] = [];
		await fetchTimelineText('t.json', BASE, streamed, (progress) => told.push(progress.received));
		clock.mockRestore();
		expect(told).toEqual([4, 8, 12]);
	});
});
