/**
 * Whether a value is a sound TimelineDocument, as one message for the import dialog. The checks are the app's own
 * (`validateTimelineDocument` in ../data/validate.ts: schema, dates, unique ids, references, verbatim quotes,
 * sources cited, source URLs http(s) only; events come back in chronological order).
 */
import type { TimelineDocument } from '../model/timeline';
import type { Problem } from '../data/problems';
import { validateTimelineDocument } from '../data/validate';

export type CheckResult = { ok: true; document: TimelineDocument } | { ok: false; error: string };

/** Most problems listed in one message. */
export const MAX_LISTED = 5;

/** `event "id" › excerpts[0].quote (line 12, column 5): message`, without the file, which the message names once. */
function describe(problem: Problem): string {
	const about = problem.eventId !== undefined ? `event "${problem.eventId}"` : problem.subject;
	const target = [about, problem.field].filter(Boolean).join(' › ') || 'the document';
	const at =
		problem.line !== undefined
			? ` (line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ''})`
			: '';
	return `${target}${at}: ${problem.message}`;
}

/** The input (parsed, or JSON text for line numbers) as a checked TimelineDocument, or one message listing what is wrong. */
export function checkTimelineDocument(input: unknown, fileLabel: string): CheckResult {
	const result = validateTimelineDocument(input, fileLabel);
	const problems = result.problems;
	if (problems.length === 0 && result.document) return { ok: true, document: result.document };
	if (problems.length === 0) return { ok: false, error: `${fileLabel} could not be built into a timeline.` };
	const listed = problems.slice(0, MAX_LISTED).map(describe);
	const more = problems.length - listed.length;
	const count = problems.length > 1 ? ` (${problems.length} problems)` : '';
	return {
		ok: false,
		error: `${fileLabel} is not a valid Sourceline timeline${count}: ${listed.join('; ')}${more ? `; …and ${more} more` : ''}.`
	};
}
