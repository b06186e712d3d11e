/**
 * The `?src=` parameter: which remote timeline to load. Only absolute http(s) URLs pass; `javascript:`, `data:`,
 * `file:`, `blob:`, relative paths and URLs with embedded credentials are refused with a message saying why.
 */

export type SourceUrlResult = { ok: true; url: URL } | { ok: false; error: string };

/** Longest `?src=` accepted. */
export const MAX_SOURCE_URL_LENGTH = 2048;

/** An absolute http(s) URL from a raw `?src=` value, or why it cannot be loaded. */
export function validateSourceUrl(raw: string): SourceUrlResult {
	const value = raw.trim();
	const example = 'for example https://example.org/timeline.json';
	if (!value) return { ok: false, error: `The timeline address (?src=) is empty; give an http(s) URL, ${example}.` };
	if (value.length > MAX_SOURCE_URL_LENGTH) {
		return {
			ok: false,
			error: `The timeline address (?src=) is ${value.length} characters long; the limit is ${MAX_SOURCE_URL_LENGTH}.`
		};
	}
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(value)) {
		return { ok: false, error: 'The timeline address (?src=) contains control characters.' };
	}
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/\s+/g, ''))?.[1]?.toLowerCase();
	if (scheme && scheme !== 'http' && scheme !== 'https') {
		return {
			ok: false,
			error: `"${scheme}:" addresses are not allowed for ?src=; only http(s) URLs can be loaded, ${example}.`
		};
	}
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return {
			ok: false,
			error: `"${value.slice(0, 80)}" is not an absolute URL; ?src= needs a full http(s) address, ${example}.`
		};
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return {
			ok: false,
			error: `"${url.protocol}" addresses are not allowed for ?src=; only http(s) URLs can be loaded.`
		};
	}
	if (!url.hostname) return { ok: false, error: `"${value.slice(0, 80)}" has no host name.` };
	if (url.username || url.password) {
		return { ok: false, error: 'The timeline address (?src=) must not contain a user name or password.' };
	}
	return { ok: true, url };
}
