/**
 * The download app.html's first script starts for a `?src=` link, before the app's code has arrived: taken by the
 * app once, for the same address, in place of a fetch of its own. The page would otherwise wait for its scripts to
 * load and run (about a fifth of a second) before asking for the timeline.
 */

/** What app.html's script leaves on `window`: the address it asked for and the answer on its way. */
export interface EarlyDownload {
	href: string;
	response: Promise<Response>;
}

declare global {
	interface Window {
		sourcelineDownload?: EarlyDownload;
	}
}

/** The answer app.html's script is fetching for `href`, once; undefined when it fetched nothing or another address. */
export function takeEarlyDownload(
	href: string,
	from: Window | undefined = globalThis.window
): Promise<Response> | undefined {
	const early = from?.sourcelineDownload;
	if (!from || !early || early.href !== href) return undefined;
	delete from.sourcelineDownload;
	return early.response;
}

/** `fetch`, except that it takes app.html's early download of the same address when there is one. */
export const fetchOrTakeEarly: typeof fetch = (input, init) =>
	(typeof input === 'string' ? takeEarlyDownload(input) : undefined) ?? fetch(input, init);
