import { describe, expect, it } from 'vitest';
import { WEB_ADDRESS } from './web-address';

describe('WEB_ADDRESS', () => {
	it('takes http(s) addresses in any case, and nothing else', () => {
		for (const url of ['https://example.org/a', 'HTTP://EXAMPLE.ORG', 'Https://x.y']) expect(url).toMatch(WEB_ADDRESS);
		for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.y', '//x.y', ' https://x.y']) {
			expect(url).not.toMatch(WEB_ADDRESS);
		}
	});
});
