/**
 * The built-in timeline, assembled from timeline-data/ at build time through the same validator that
 * `npm run data:check` runs: broken data stops the build with the validator's messages.
 */
import type { TimelineDocument } from '../model/timeline';
import { formatProblem } from '../data/problems';
import { validateTimelineData } from '../data/validate';

const rawFiles = import.meta.glob('/timeline-data/**/*.{json,txt}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The validated built-in document; throws with every problem listed when the data is broken. */
export function builtInTimeline(): TimelineDocument {
	const files = Object.fromEntries(
		Object.entries(rawFiles).map(([path, text]) => [path.replace(/^\/timeline-data\//, ''), text])
	);
	const { document: timeline, problems } = validateTimelineData(files);
	if (!timeline || problems.length) {
		throw new Error(`timeline-data is broken:\n${problems.map(formatProblem).join('\n')}`);
	}
	return timeline;
}
