/**
 * What went wrong with the browser's storage, in words a reader can act on. Every message ends by saying that
 * what was saved before is unchanged, which the store guarantees: a write that fails is a transaction aborted.
 */

export class StoreError extends Error {
	override name = 'StoreError';
}

const UNCHANGED = 'What was saved before is unchanged.';

export const NO_STORAGE =
	'This browser does not let Sourceline keep timelines (a private window, or site data turned off in its settings). ' +
	'You can still read and export; to keep your work, open Sourceline in a normal window.';

export const BLOCKED =
	'Sourceline is open in another tab with an older version of your saved timelines. Close or reload that tab to continue.';

export const NEWER_ELSEWHERE =
	'Sourceline was opened in another tab with a newer version of your saved timelines. Reload this page to keep saving.';

/** A message for a failed storage action (`action` like "save the article"). */
export function describeStorageError(error: unknown, action: string): string {
	if (error instanceof StoreError) return error.message;
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	switch (name) {
		case 'QuotaExceededError':
			return `Could not ${action}: the browser has no room left for this site's data. Export a timeline and delete it, or free disk space, then try again. ${UNCHANGED}`;
		case 'InvalidStateError':
		case 'SecurityError':
		case 'UnknownError':
			return `Could not ${action}: ${NO_STORAGE}`;
		case 'VersionError':
			return `Could not ${action}: your timelines were saved by a newer version of Sourceline. Reload the page. ${UNCHANGED}`;
		case 'DataCloneError':
			return `Could not ${action}: part of it cannot be stored. ${UNCHANGED}`;
		default:
			return `Could not ${action}${error instanceof Error && error.message ? ` (${error.message})` : ''}. ${UNCHANGED}`;
	}
}
