/**
 * How an article is named wherever the reader meets it (filters, chips, excerpts, the reader, badges): by the
 * title its text gives. Where the text gives none, a label that is visibly ours and not a title: what kind of
 * thing it is and the words it begins with.
 */
import type { Source } from '../model/timeline';

const OPENING_WORDS = 6;

/**
 * "Untitled article, begins ‘Back in May, an investigation into…’" for a text with no title of its own, with its
 * outlet where the text names one ("Untitled article from Beta News, …").
 */
export function sourceLabel(source: Pick<Source, 'title'> & { outlet?: string | null; text?: string }): string {
	if (source.title) return source.title;
	const kind = source.outlet ? `Untitled article from ${source.outlet}` : 'Untitled article';
	const words = (source.text ?? '').trim().split(/\s+/).filter(Boolean);
	if (!words.length) return kind;
	const opening = words
		.slice(0, OPENING_WORDS)
		.join(' ')
		.replace(/[.,;:!?]+$/, '');
	return `${kind}, begins ‘${opening}${words.length > OPENING_WORDS ? '…' : ''}’`;
}

/** True when the label is the text's own title, false when it is our description of an untitled text. */
export function hasOwnTitle(source: Pick<Source, 'title'>): boolean {
	return Boolean(source.title);
}
