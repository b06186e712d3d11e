import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_URL_LENGTH, validateSourceUrl } from './source-url';

describe('validateSourceUrl', () => {
	it.each([
		['https://example.org/timeline.json', 'https://example.org/timeline.json'],
		['  http://example.org/a.csv?x=1#y  ', 'http://example.org/a.csv?x=1#y'],
		['HTTPS://EXAMPLE.org/t.json', 'https://example.org/t.json']
	])('accepts %j', (raw, href) => {
		const result = validateSourceUrl(raw);
		expect(result.ok && result.url.href).toBe(href);
	});

	it.each([
		['javascript:alert(1)', '"javascript:" addresses are not allowed for ?src=; only http(s) URLs can be loaded'],
		[' JaVaScRiPt:alert(1)', '"javascript:" addresses are not allowed'],
		['java\tscript:alert(1)', 'control characters'],
		['data:application/json,{}', '"data:" addresses are not allowed'],
		['file:///etc/passwd', '"file:" addresses are not allowed'],
		['blob:https://example.org/uuid', '"blob:" addresses are not allowed'],
		['ftp://example.org/t.json', '"ftp:" addresses are not allowed'],
		['/timeline.json', 'is not an absolute URL; ?src= needs a full http(s) address'],
		['//evil.example/t.json', 'is not an absolute URL'],
		['timeline.json', 'is not an absolute URL'],
		['https://', 'is not an absolute URL'],
		['https://user:pw@example.org/t.json', 'must not contain a user name or password'],
		['', 'is empty'],
		[`https://example.org/${'a'.repeat(MAX_SOURCE_URL_LENGTH)}`, 'the limit is 2048']
	])('refuses %j', (raw, message) => {
		const result = validateSourceUrl(raw);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toContain(message);
	});
});
