/**
 * The timeline a `?src=` link names, fetched and imported: the download (fetch-timeline.ts, on the first page) starts
 * at once while the importers (open-timeline.ts, loaded on demand) arrive beside it. The caller keeps what it had when
 * the result is not ok.
 */
import { fetchTimelineText, type OpenResult } from './fetch-timeline';

/** Fetches and imports the timeline a `?src=` link names: the importers (open-timeline.ts) load beside the download. */
export async function openLinkedTimeline(raw: string, base: string): Promise<OpenResult> {
	try {
		const [{ importFetchedTimeline }, fetched] = await Promise.all([
			import('./open-timeline'),
			fetchTimelineText(raw, base)
		]);
		return importFetchedTimeline(fetched);
	} catch (error) {
		return { ok: false, error: `${raw} could not be opened (${(error as Error).message}).` };
	}
}
