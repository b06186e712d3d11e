/**
 * The JSON Schema editors use for timeline-data/, generated from the valibot schemas so the two never drift.
 * Its root describes events.json; `$defs` also holds the other files' schemas (e.g.
 * `schema.json#/$defs/SourcesFile`) for editors that map them.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import {
	AttributionSchema,
	CorrectionSchema,
	EventDateSchema,
	EventSchema,
	EventsFileSchema,
	ExcerptSchema,
	NotEventSchema,
	NotEventsFileSchema,
	PeriodSchema,
	PeriodsFileSchema,
	SourceMetaSchema,
	SourcesFileSchema,
	StorySchema,
	TagSchema,
	TagsFileSchema
} from './schema';

/** The JSON Schema object for events.json, with definitions for every timeline-data file. */
export function timelineJsonSchema(): Record<string, unknown> {
	const schema = toJsonSchema(EventsFileSchema, {
		// `trim` only normalises text before the length check; JSON Schema has no transforms, so it is left out.
		ignoreActions: ['trim'],
		definitions: {
			Event: EventSchema,
			EventDate: EventDateSchema,
			Excerpt: ExcerptSchema,
			Attribution: AttributionSchema,
			Correction: CorrectionSchema,
			Source: SourceMetaSchema,
			SourcesFile: SourcesFileSchema,
			Tag: TagSchema,
			TagsFile: TagsFileSchema,
			Period: PeriodSchema,
			PeriodsFile: PeriodsFileSchema,
			NotEvent: NotEventSchema,
			NotEventsFile: NotEventsFileSchema,
			StoryFile: StorySchema
		}
	});
	const { $schema, ...rest } = schema as Record<string, unknown>;
	return {
		$schema,
		title: 'Sourceline timeline data (events.json)',
		description:
			'Generated from src/lib/data/schema.ts by `tsx scripts/write-json-schema.ts`; do not edit by hand. ' +
			'Other files: sources.json → #/$defs/SourcesFile, tags.json → #/$defs/TagsFile, ' +
			'periods.json → #/$defs/PeriodsFile, not-events.json → #/$defs/NotEventsFile, ' +
			'story.json → #/$defs/StoryFile.',
		...rest
	};
}

/** The exact text of timeline-data/schema.json: tab-indented, with a final newline. */
export function timelineJsonSchemaText(): string {
	return JSON.stringify(timelineJsonSchema(), null, '\t') + '\n';
}
