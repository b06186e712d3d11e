/**
 * How an article is named wherever the reader meets it (filters, chips, excerpts, the reader, badges): by the
 * title its text gives. Where the text gives none, a label that is visibly ours and not a title: what kind of
 * thing it is and the words it begins with.
 */
import type { Source } from '../data/schema';

const OPENING_WORDS = 6;

/** "Untitled article, begins ‘Back in May, an investigation into…’" for a text with no title of its own. */
export function sourceLabel(source: Pick<Source, 'title'> & { text?: string }): string {
	if (source.title) return source.title;
	const words = (source.text ?? '').trim().split(/\s+/).filter(Boolean);
	if (!words.length) return 'Untitled article';
	const opening = words
		.slice(0, OPENING_WORDS)
		.join(' ')
		.replace(/[.,;:!?]+$/, '');
	return `Untitled article, begins ‘${opening}${words.length > OPENING_WORDS ? '…' : ''}’`;
}

/** True when the label is the text's own title, false when it is our description of an untitled text. */
export function hasOwnTitle(source: Pick<Source, 'title'>): boolean {
	return Boolean(source.title);
}
