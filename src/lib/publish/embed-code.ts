/**
 * What passes between the embed (`/embed`) and the page that frames it: the iframe snippet a host pastes into an
 * article, and the message in which the embed tells that page how tall its content is.
 */

/** The `type` of the message the embed posts to its parent, on load and whenever its content changes height. */
export const HEIGHT_MESSAGE_TYPE = 'sourceline:height';

/** `{ type: 'sourceline:height', height }`: the embed's content height in CSS pixels, a whole number. */
export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE_TYPE;
	height: number;
}

export function heightMessage(height: number): HeightMessage {
	return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
}

/** True for a height message from an embed (what a host page's listener checks before it resizes a frame). */
export function isHeightMessage(data: unknown): data is HeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const { type, height } = data as Record<string, unknown>;
	return type === HEIGHT_MESSAGE_TYPE && typeof height === 'number' && Number.isFinite(height) && height > 0;
}

/** The frame's height before the embed reports its own: a column-sized timeline with a short event below it. */
export const SNIPPET_HEIGHT = 560;

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (character) => ATTRIBUTE_ESCAPES[character]);

/** The `<iframe>` a host pastes into an article: full column width, a fixed starting height, a title for screen readers. */
export function iframeSnippet({
	src,
	title,
	height = SNIPPET_HEIGHT
}: {
	src: string;
	title: string;
	height?: number;
}): string {
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" ` +
		`style="border: 0; max-width: 800px" loading="lazy"></iframe>`
	);
}
