import { describe, expect, it } from 'vitest';
import { takeEarlyDownload, type EarlyDownload } from './early-download';

const pageWith = (early?: EarlyDownload) => ({ sourcelineDownload: early }) as Window;

describe('takeEarlyDownload', () => {
	it('takes the download started for the same address, once', async () => {
		const response = Promise.resolve(new Response('{"events": []}'));
		const page = pageWith({ href: 'https://elsewhere.example/t.json', response });
		expect(takeEarlyDownload('https://elsewhere.example/t.json', page)).toBe(response);
		expect(page.sourcelineDownload).toBeUndefined();
		expect(takeEarlyDownload('https://elsewhere.example/t.json', page)).toBeUndefined();
	});

	it('leaves a download of another address alone', () => {
		const early = { href: 'https://elsewhere.example/t.json', response: Promise.resolve(new Response('')) };
		const page = pageWith(early);
		expect(takeEarlyDownload('https://elsewhere.example/other.json', page)).toBeUndefined();
		expect(page.sourcelineDownload).toBe(early);
	});

	it('finds nothing where nothing was started, or outside a browser', () => {
		expect(takeEarlyDownload('https://elsewhere.example/t.json', pageWith())).toBeUndefined();
		expect(takeEarlyDownload('https://elsewhere.example/t.json', undefined)).toBeUndefined();
	});
});
