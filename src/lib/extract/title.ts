/**
 * A draft title for a candidate event, made from its sentence: a reviewer rewrites it, so it only has to say
 * what the sentence is about within the schema's 90 characters.
 */

export const TITLE_MAX = 90;

/** Connectives and date leads that open a sentence without saying what happened. */
const LEADS = /^(?:(?:then|however|meanwhile|also|and|but|so|yet|in fact|of course|indeed|later|afterwards),?\s+)+/i;

const DATE_LEAD = /^(?:(?:on|in|by|from|during|between|since|until|at|as of|beginning in|throughout)\s+)?/i;

/** `title` without "On the 25th of January 2015, " when `dateText` opens it and a comma closes the clause. */
function withoutDateLead(title: string, dateText: string): string {
	const rest = title.slice(DATE_LEAD.exec(title)![0].length);
	for (const candidate of [rest, rest.replace(/^the\s+/i, '')]) {
		if (!candidate.toLowerCase().startsWith(dateText.toLowerCase())) continue;
		const after = /^,\s+/.exec(candidate.slice(dateText.length));
		if (after) return candidate.slice(dateText.length + after[0].length);
	}
	return title;
}

/** A title of at most 90 chars from `sentence`, without a leading date clause ("On the 25th of January 2015, ").
 * The clause must end in a comma: "The same day the speech was given" keeps its date, which is its subject. */
export function draftTitle(sentence: string, dateText?: string): string {
	let title = sentence.replace(/\s+/g, ' ').trim();
	title = title.replace(LEADS, '');
	if (dateText) title = withoutDateLead(title, dateText);
	title = title.replace(/^[“"‘'(]+/, '').replace(/[\s.;:,]+$/, '');
	title = title.charAt(0).toUpperCase() + title.slice(1);
	if (title.length <= TITLE_MAX) return title;
	const cut = title.slice(0, TITLE_MAX - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
