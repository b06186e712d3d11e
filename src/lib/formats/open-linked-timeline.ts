/**
 * The timeline a `?src=` link names, fetched and imported. Everything that does so (open-timeline.ts: the download, the
 * importers and the check beside the first draw) loads on demand: app.html has already started the download.
 * The caller keeps what it had when the result is not ok.
 */
import type { TimelineDocument } from '../model/timeline';
import type { DownloadProgress, OpenResult } from './fetch-timeline';

/** A `?src=` timeline on its way. */
export interface OpeningLink {
	src: string;
	opening: Promise<OpenResult>;
	/** Tells `listener` how much has arrived: at once, then as it arrives (fetch-timeline.ts says how often). */
	watch(listener: (progress: DownloadProgress) => void): void;
}

/** What a page shows: the timeline, the address it came from (`?src=`, else null) and what to tell the reader. */
export interface ShownTimeline {
	document: TimelineDocument;
	src: string | null;
	notices: string[];
}

/** Fetches and imports the timeline a `?src=` link names. */
export async function openLinkedTimeline(
	raw: string,
	base: string,
	onProgress?: (progress: DownloadProgress) => void
): Promise<OpenResult> {
	try {
		const { openTimelineAt } = await import('./open-timeline');
		return await openTimelineAt(raw, base, onProgress);
	} catch (error) {
		return { ok: false, error: `${raw} could not be opened (${(error as Error).message}).` };
	}
}

/** Starts opening the timeline `src` names, from the page at `base`; null without a `src`. */
export function openLink(src: string | null, base: string): OpeningLink | null {
	if (!src) return null;
	let latest: DownloadProgress = { received: 0, total: null };
	let listener: (progress: DownloadProgress) => void = () => {};
	const opening = openLinkedTimeline(src, base, (progress) => listener((latest = progress)));
	return {
		src,
		opening,
		watch(next) {
			listener = next;
			next(latest);
		}
	};
}
