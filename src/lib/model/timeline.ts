/**
 * What a timeline is: the types and constants of Sourceline's data format, importing nothing. The valibot schemas
 * in `data/schema.ts` check data against these shapes (and fail to compile if the two ever differ); everything
 * else reads the types from here, so a component or a date helper never depends on the validator.
 */

/** A document's title when it gives none, and the app's own name. */
export const DOCUMENT_TITLE = 'Sourceline';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a date written at the precision the source gives it. */
export const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Ids are kebab-case: lowercase letters, digits and single hyphens. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const PRECISIONS = ['day', 'month', 'season', 'quarter', 'year', 'span'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Precision of one end of a span ("late 2015" starts the span "late 2015 and early 2016"). */
export const BOUND_PRECISIONS = ['day', 'month', 'season', 'quarter', 'year'] as const;
export type BoundPrecision = (typeof BOUND_PRECISIONS)[number];

export const STATUSES = ['established', 'claim', 'allegation'] as const;
export type AttributionStatus = (typeof STATUSES)[number];

export const EXCERPT_ROLES = ['dates'] as const;

export interface EventDate {
	/** First day of the window, at the precision written (inclusive). */
	start: string;
	/** Last day of the window, at the precision written (inclusive); equal to start for a single day, month or year. */
	end: string;
	precision: Precision;
	/** True where the text only implies the date ("a few days after", "the next day", a year from context). */
	approximate: boolean;
	/** The date expression exactly as the article writes it. */
	text: string;
	/** For spans only: how precise each end is when it is a season or quarter rather than what its string shows. */
	startPrecision?: BoundPrecision;
	endPrecision?: BoundPrecision;
}

export interface Excerpt {
	source: string;
	/** A verbatim substring of the source text: one or two whole sentences that state the event. */
	quote: string;
	/** 1-based: which occurrence of the quote is meant, needed only when the quote appears more than once. */
	occurrence?: number;
	/**
	 * "dates": the sentence only lends the event its date (the year the men campaigned in, the month a visit
	 * happened), so it is shown as what dates the event rather than as evidence of the event itself.
	 */
	role?: (typeof EXCERPT_ROLES)[number];
}

export interface Attribution {
	/** Who says so, as the text gives it: "emails reviewed by CNN", "the Steele dossier", "the author's own research". */
	by: string;
	/** How the article reports it. */
	status: AttributionStatus;
}

export interface Correction {
	/** The day the correction was made (YYYY-MM-DD). */
	date: string;
	/** What changed and why, quoting the article where it decides the matter. */
	note: string;
}

export interface TimelineEvent {
	id: string;
	title: string;
	summary: string;
	date: EventDate;
	excerpts: Excerpt[];
	people: string[];
	/** Theme ids from the tag vocabulary; the first is the lane the event is drawn in. */
	tags: string[];
	attribution: Attribution;
	/** Ids of events the articles say this one came after ("a few days after", "the following day"). */
	follows?: string[];
	/** Ids this event was once published under (merged, split or renamed): links to them lead here. */
	aliases?: string[];
	/** What was corrected in this event, when and why, oldest first: shown with the event. */
	corrections?: Correction[];
}

export interface SourceMeta {
	id: string;
	/** File name under timeline-data/sources/. */
	file: string;
	/** The article's first line where it has one. */
	title: string | null;
	/** What the text itself says of its outlet, author, publication date and URL: null where it says nothing. */
	outlet: string | null;
	author: string | null;
	published: string | null;
	url: string | null;
	/** The reporting the article cites, in its words ("CNN reported", "emails reviewed by CNN"). */
	cites: string[];
}

export interface Source extends SourceMeta {
	/** The full text, byte for byte as in the file. */
	text: string;
}

export interface Tag {
	id: string;
	label: string;
	description?: string;
}

export interface Period {
	id: string;
	label: string;
	start: string;
	end: string;
}

/** What the timeline is about, in the articles' own framing: the first screen's heading and introduction. */
export interface Story {
	heading: string;
	introduction: string;
}

/** A self-contained timeline: what the app builds from timeline-data/ and what `?src=` loads. */
export interface TimelineDocument {
	title: string;
	story?: Story;
	sources: Source[];
	/** Tag order is lane order, top to bottom. */
	tags: Tag[];
	periods: Period[];
	/** In timeline order (data/event-order.ts): `buildTimelineDocument` assembles every document that way. */
	events: TimelineEvent[];
}
