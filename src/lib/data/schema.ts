/**
 * The one definition of Sourceline's data format. The app, the validator (`npm run data:check`), the
 * importers and the tests all read data through these schemas; `timeline-data/schema.json` is generated
 * from them for editors.
 */
import * as v from 'valibot';
import { WEB_ADDRESS } from '../text/web-address';
import {
	BOUND_PRECISIONS,
	DATE_PATTERN,
	EXCERPT_ROLES,
	ID,
	PRECISIONS,
	STATUSES,
	type Attribution,
	type Correction,
	type EventDate,
	type Excerpt,
	type Period,
	type Source,
	type SourceMeta,
	type Story,
	type Tag,
	type TimelineDocument,
	type TimelineEvent
} from '../model/timeline';

/** True only when A and B are the same type: each schema below must describe exactly its model type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const nullableText = v.nullable(nonEmpty);
const idString = v.pipe(v.string(), v.regex(ID, 'must be kebab-case: lowercase letters, digits and single hyphens'));
const dateString = v.pipe(v.string(), v.regex(DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));

export const EventDateSchema = v.strictObject({
	/** First day of the window, at the precision written (inclusive). */
	start: dateString,
	/** Last day of the window, at the precision written (inclusive); equal to start for a single day, month or year. */
	end: dateString,
	precision: v.picklist(PRECISIONS),
	/** True where the text only implies the date ("a few days after", "the next day", a year from context). */
	approximate: v.boolean(),
	/** The date expression exactly as the article writes it. */
	text: nonEmpty,
	/** For spans only: how precise each end is when it is a season or quarter rather than what its string shows. */
	startPrecision: v.optional(v.picklist(BOUND_PRECISIONS)),
	endPrecision: v.optional(v.picklist(BOUND_PRECISIONS))
});
true satisfies Same<v.InferOutput<typeof EventDateSchema>, EventDate>;

export const ExcerptSchema = v.strictObject({
	source: idString,
	/** A verbatim substring of the source text: one or two whole sentences that state the event. */
	quote: nonEmpty,
	/** 1-based: which occurrence of the quote is meant, needed only when the quote appears more than once. */
	occurrence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	/**
	 * "dates": the sentence only lends the event its date (the year the men campaigned in, the month a visit
	 * happened), so it is shown as what dates the event rather than as evidence of the event itself.
	 */
	role: v.optional(v.picklist(EXCERPT_ROLES))
});
true satisfies Same<v.InferOutput<typeof ExcerptSchema>, Excerpt>;

export const AttributionSchema = v.strictObject({
	/** Who says so, as the text gives it: "emails reviewed by CNN", "the Steele dossier", "the author's own research". */
	by: nonEmpty,
	/** How the article reports it. */
	status: v.picklist(STATUSES)
});
true satisfies Same<v.InferOutput<typeof AttributionSchema>, Attribution>;

export const CorrectionSchema = v.strictObject({
	/** The day the correction was made. */
	date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
	/** What changed and why, quoting the article where it decides the matter. */
	note: nonEmpty
});
true satisfies Same<v.InferOutput<typeof CorrectionSchema>, Correction>;

export const EventSchema = v.strictObject({
	id: idString,
	title: v.pipe(nonEmpty, v.maxLength(90, 'must be at most 90 characters')),
	summary: nonEmpty,
	date: EventDateSchema,
	excerpts: v.pipe(v.array(ExcerptSchema), v.minLength(1, 'needs at least one excerpt')),
	people: v.array(nonEmpty),
	/** Theme ids from the tag vocabulary; the first is the lane the event is drawn in. */
	tags: v.pipe(v.array(idString), v.minLength(1, 'needs at least one tag')),
	attribution: AttributionSchema,
	/** Ids of events the articles say this one came after ("a few days after", "the following day"). */
	follows: v.optional(v.array(idString)),
	/** Ids this event was once published under (merged, split or renamed): links to them lead here. */
	aliases: v.optional(v.array(idString)),
	/** What was corrected in this event, when and why, oldest first: shown with the event. */
	corrections: v.optional(v.array(CorrectionSchema))
});
true satisfies Same<v.InferOutput<typeof EventSchema>, TimelineEvent>;

export const EventsFileSchema = v.strictObject({
	events: v.array(EventSchema)
});

export const SourceMetaSchema = v.strictObject({
	id: idString,
	/** File name under timeline-data/sources/. */
	file: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]+\.txt$/, 'must be a .txt file name')),
	/** The article's first line where it has one. */
	title: nullableText,
	/** What the text itself says of its outlet, author, publication date and URL: null where it says nothing. */
	outlet: nullableText,
	author: nullableText,
	published: v.nullable(dateString),
	// Only web addresses: a `javascript:` or `data:` URL in an imported file must never become a link.
	url: v.nullable(v.pipe(v.string(), v.url(), v.regex(WEB_ADDRESS, 'must be an http(s) address'))),
	/** The reporting the article cites, in its words ("CNN reported", "emails reviewed by CNN"). */
	cites: v.array(nonEmpty)
});
true satisfies Same<v.InferOutput<typeof SourceMetaSchema>, SourceMeta>;
export const SourcesFileSchema = v.array(SourceMetaSchema);

export const TagSchema = v.strictObject({
	id: idString,
	label: nonEmpty,
	description: v.optional(nonEmpty)
});
true satisfies Same<v.InferOutput<typeof TagSchema>, Tag>;
/** Tag order is lane order, top to bottom. */
export const TagsFileSchema = v.array(TagSchema);

export const PeriodSchema = v.strictObject({
	id: idString,
	label: nonEmpty,
	start: dateString,
	end: dateString
});
true satisfies Same<v.InferOutput<typeof PeriodSchema>, Period>;
export const PeriodsFileSchema = v.array(PeriodSchema);

/** A dated sentence that was read and judged not to be an event, with the reason. */
export const NotEventSchema = v.strictObject({
	source: idString,
	sentence: nonEmpty,
	reason: nonEmpty
});
export const NotEventsFileSchema = v.array(NotEventSchema);

export const SourceSchema = v.strictObject({
	...SourceMetaSchema.entries,
	/** The full text, byte for byte as in the file. */
	text: v.string()
});
true satisfies Same<v.InferOutput<typeof SourceSchema>, Source>;

/** A self-contained timeline: what the app builds from timeline-data/ and what `?src=` loads. */
/** What the timeline is about, in the articles' own framing: the first screen's heading and introduction. */
export const StorySchema = v.strictObject({
	heading: nonEmpty,
	introduction: nonEmpty
});
true satisfies Same<v.InferOutput<typeof StorySchema>, Story>;

export const TimelineDocumentSchema = v.strictObject({
	title: nonEmpty,
	story: v.optional(StorySchema),
	sources: v.array(SourceSchema),
	tags: v.array(TagSchema),
	periods: v.array(PeriodSchema),
	events: v.array(EventSchema)
});
true satisfies Same<v.InferOutput<typeof TimelineDocumentSchema>, TimelineDocument>;
