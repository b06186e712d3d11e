/** The shapes the recognisers share: an anchor, a context, a match, and what a recogniser found. */
import type { EventDate } from '../../model/timeline';
import type { AnaphoricPhrase, EventReference } from './anaphora';

/**
 * A date that relative, anaphoric and year-less expressions are read against; `text` and `index` say which
 * expression of the text it is (index in the caller's text, see `DateContext.offset`).
 */
export type DateAnchor = Pick<EventDate, 'start' | 'end'> &
	Partial<Pick<EventDate, 'precision' | 'approximate' | 'startPrecision' | 'endPrecision' | 'text'>> & {
		index?: number;
		/** The article's publication date, not an expression of its text. */
		publication?: true;
		/**
		 * Which side of a publication date a month or day without a year falls on: the sentence's tense says
		 * ("will ship on June 24": after; "shipped on June 4": before); nearest when it says neither.
		 */
		side?: Side;
	};

export type Side = 'before' | 'after' | 'nearest';

export interface DateContext {
	/** The time the text starts at (e.g. from earlier sentences): what "the next day" or "in June" lean on. */
	anchor?: DateAnchor;
	/** The year for a month or day without one when no anchor is known. */
	referenceYear?: number;
	/** Added to the index of an expression of this text when it is recorded as an anchor (the text's place in a longer one). */
	offset?: number;
	/**
	 * A date the surrounding text gives the event that a phrase like "after the election" names; without one, the
	 * phrase is read against `anchor` like "afterwards". `at` is the time the phrase would otherwise lean on.
	 */
	referent?: (event: EventReference, at: DateAnchor | undefined) => DateAnchor | undefined;
	/**
	 * The article's publication date (YYYY-MM-DD): what "yesterday", "on Tuesday", "last month" and "the third
	 * quarter" are read against, whatever other date stands before them.
	 */
	published?: string;
}

/** Which recogniser found an expression: handy in reviews and tests. */
export type ExpressionKind =
	| 'calendar'
	| 'day-range'
	| 'month-range'
	| 'year'
	| 'range'
	| 'season'
	| 'quarter'
	| 'fiscal'
	| 'decade'
	| 'by'
	| 'yearless'
	| 'relative'
	| 'deictic'
	| 'anaphoric';

/** A date expression found in a text. `index`/`end` are char offsets (end exclusive) of `text` in the input. */
export interface DateMatch {
	text: string;
	index: number;
	end: number;
	kind: ExpressionKind;
	/** The expression as an `EventDate`: `date.text === text`, and `dateProblems(date)` is empty. */
	date: EventDate;
	/** For a date read against another one (relative, anaphoric, year-less): that expression and where it stands. */
	anchor?: { text: string; index: number };
	/**
	 * Whether later relative phrases lean on this date. A date inside a noun phrase ("his 2013 meeting", "the
	 * 2016 campaign") names a thing, not the time the text is at, so it does not.
	 */
	setsTime: boolean;
	/** What the date leans on: the text alone, another expression (`anchor`), or the publication date. */
	datedBy: DatedBy;
	/** The TIMEX3 value when the date alone does not say it (a week: `2006-W14`). */
	timexValue?: string;
}

export type DatedBy = 'text' | 'anchor' | 'publication';

/** What a text says about time: its dates, and the time a following text starts at. */
export interface DateScan {
	matches: DateMatch[];
	/**
	 * The time after the text: its last time-setting date; null when it moved to a time it does not date (the
	 * writer's own: "at the time I was", "now"); undefined when it says nothing that moves the time.
	 */
	after: DateAnchor | null | undefined;
}

export type DateValue = Omit<EventDate, 'text'>;

export interface Found {
	index: number;
	end: number;
	kind: ExpressionKind;
	/** Tie-break between expressions of the same length: the more specific recogniser wins. */
	rank: number;
	resolve: (anchor: DateAnchor | undefined, referenceYear: number | undefined) => DateValue | null;
	/**
	 * For "four days after X, on <date>": the date of X read back from the stated date that follows in the same
	 * sentence, rather than forward from the date before.
	 */
	resolveFromNext?: (next: DateAnchor) => DateValue | null;
	/** True when the date came from the anchor (a relative phrase, or a month or day without a written year). */
	usesAnchor?: boolean;
	anaphora?: AnaphoricPhrase;
	/** Read against the publication date ("yesterday", "last month"), never against another date of the text. */
	deictic?: { value: DateValue; timexValue?: string };
	/** The TIMEX3 value when the date alone does not say it (a fiscal year: `FY2013`). */
	timexValue?: string;
}
