/** What the recognisers' table-driven specs compare: each expression's text, bounds, TIMEX3 value and basis. */
import { findDateExpressions } from './expressions';
import { timexOf } from '../timex';

export interface ReadDate {
	text: string;
	start: string;
	end: string;
	approximate: boolean;
	datedBy: string;
	timex: string;
}

/** The date expressions of `text`, read against `published` (YYYY-MM-DD) when given. */
export function readDates(text: string, published: string | null): ReadDate[] {
	return findDateExpressions(text, published ? { published } : {}).map((match) => ({
		text: match.text,
		start: match.date.start,
		end: match.date.end,
		approximate: match.date.approximate,
		datedBy: match.datedBy,
		timex: timexOf(match).value
	}));
}
