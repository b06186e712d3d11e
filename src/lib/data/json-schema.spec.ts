import { describe, expect, it } from 'vitest';
import { timelineJsonSchema, timelineJsonSchemaText } from './json-schema';

describe('timelineJsonSchema', () => {
	const schema = timelineJsonSchema() as {
		properties: Record<string, unknown>;
		$defs: Record<string, { properties?: Record<string, Record<string, unknown>>; additionalProperties?: boolean }>;
	};

	it('describes events.json and defines the other files', () => {
		expect(schema.properties.events).toEqual({ type: 'array', items: { $ref: '#/$defs/Event' } });
		expect(Object.keys(schema.$defs)).toEqual(
			expect.arrayContaining(['Event', 'SourcesFile', 'TagsFile', 'PeriodsFile', 'NotEventsFile'])
		);
	});

	it('carries the valibot rules: no unknown fields, title length, date pattern', () => {
		const eventDef = schema.$defs.Event;
		expect(eventDef.additionalProperties).toBe(false);
		expect(eventDef.properties?.title).toMatchObject({ maxLength: 90 });
		expect(schema.$defs.EventDate.properties?.start).toMatchObject({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });
	});

	it('is written deterministically with tabs and a final newline', () => {
		expect(timelineJsonSchemaText()).toBe(timelineJsonSchemaText());
		expect(timelineJsonSchemaText()).toMatch(/^\{\n\t"\$schema"[\s\S]*\}\n$/);
	});
});
