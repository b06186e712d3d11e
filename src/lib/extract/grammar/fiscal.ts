/**
 * Fiscal years, as a chrono parser: "fiscal 2013", "fiscal year 2012", "FY2014", "FY 2014", and against the
 * publication date "the fiscal year", "this financial year", "last fiscal year", "the end of the fiscal year".
 *
 * Choices, so a reader can predict the output:
 * - A fiscal year is dated as the calendar year it is named after, marked approximate: where it starts depends on
 *   the company or government (October for Apple and the US government, April in the UK), and the text rarely says.
 *   Its TIMEX3 value is `FY2013` (TimeML 1.2.1).
 * - "the fiscal year" with no year is the publication year's ("last fiscal year" the one before); without a
 *   publication date it is not dated.
 * - "the fiscal quarter" is a quarter (quarter-parser.ts); "financial crisis" or "fiscal policy" are not dates.
 */
import * as chrono from 'chrono-node';
import { makeDate } from './blocks';
import { SHIFTS, SHIFT_WORDS, tag, tagged } from './chrono-parsing';
import type { Found } from './types';

const FISCAL_PATTERN = new RegExp(
	`(?<![\\w$£€¥.,])(?:(?:[Tt]he\\s+)?(?:very\\s+)?(?:beginning|start|middle|end|close)\\s+of\\s+)?` +
		`(?:(?:FY\\s?(?<fy>(?:19|20)\\d\\d|\\d\\d))|(?:(?<shift>${SHIFT_WORDS}|[Tt]he|[Tt]his|[Ll]ast|[Nn]ext|[Cc]urrent)\\s+)?` +
		`(?:[Ff]iscal|[Ff]inancial)(?:\\s+(?<named>[Yy]ear)\\b)?(?:\\s+(?<year>(?:19|20)\\d\\d))?)(?![\\w%]|[.,]\\d)`
);

/** The fiscal years of a text, each tagged `extract/fiscal/<year>` at the year it is named after. */
export const fiscalParser: chrono.Parser = {
	pattern: () => FISCAL_PATTERN,
	extract: (context, match) => {
		const g = match.groups!;
		let year: number;
		if (g.fy) year = g.fy.length === 2 ? 2000 + Number(g.fy) : Number(g.fy);
		else if (g.year) year = Number(g.year);
		else if (g.named && g.shift) year = context.refDate.getUTCFullYear() + (SHIFTS[g.shift.toLowerCase()] ?? 0);
		// "fiscal" alone ("fiscal policy") or "fiscal year" with nothing to say which ("a fiscal year") is no date.
		else return null;
		// "The Fiscal Year 2008 report": the year says which, and "the" belongs to the noun phrase.
		const lead = g.year && g.shift?.toLowerCase() === 'the' ? /^the\s+/i.exec(match[0])?.[0].length : 0;
		const result = context.createParsingResult(match.index! + (lead ?? 0), match[0].slice(lead ?? 0), { year });
		tag(result, 'fiscal', year);
		if (!g.fy && !g.year) tag(result, 'relative', 'publication');
		return result;
	}
};

const fiscalChrono = new chrono.Chrono({ parsers: [fiscalParser], refiners: [] });
export const FISCAL_HINT = /\b(?:fiscal|financial|FY)\b|\bFY\d/i;

/** The fiscal years of `text`; the relative ones ("the fiscal year") only with a publication date (YYYY-MM-DD). */
export function findFiscal(text: string, published?: string): Found[] {
	const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
	const found: Found[] = [];
	for (const result of fiscalChrono.parse(text, { instant: reference, timezone: 0 })) {
		const relative = tagged(result, 'relative') !== undefined;
		if (relative && !published) continue;
		const year = String(tagged(result, 'fiscal'));
		const value = makeDate(year, year, true);
		if (!value) continue;
		const timexValue = `FY${year}`;
		found.push({
			index: result.index,
			end: result.index + result.text.length,
			kind: 'fiscal',
			rank: 2,
			resolve: () => value,
			timexValue,
			...(relative ? { deictic: { value, timexValue } } : {})
		});
	}
	return found;
}
