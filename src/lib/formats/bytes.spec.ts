import { describe, expect, it } from 'vitest';
import { formatBytes, progressText } from './bytes';

describe('formatBytes', () => {
	it('formats byte sizes', () => {
		expect([
			formatBytes(900),
			formatBytes(1536),
			formatBytes(20 * 1024 * 1024),
			formatBytes(25.34 * 1024 * 1024)
		]).toEqual(['900 bytes', '1.5 KB', '20 MB', '25.3 MB']);
	});
});

describe('progressText', () => {
	it('says how much has arrived, of how much when that is known', () => {
		expect(progressText({ received: 2.1 * 1024 * 1024, total: 6.5 * 1024 * 1024 })).toBe('2.1 MB of 6.5 MB');
		expect(progressText({ received: 512 * 1024, total: null })).toBe('512 KB');
	});
});
