/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html) into a TimelineDocument.
 *
 * Read: `title` (a slide), `events` (slides), `eras`; on a slide `start_date`, `end_date` (year, month, day, hour,
 * minute, second, millisecond, display_date — numbers or numeric strings such as "2016"), `display_date`,
 * `text.headline`, `text.text`, `media` (url, caption, credit), `group`, `unique_id`. Ignored: `scale`, `background`,
 * `autolink`, `type`, media thumbnail/alt/title/link, and any field TimelineJS does not define. How each of these
 * becomes events, sources, lanes and periods is documented in ./timelinejs-slides.ts.
 */
import type { TimelineDocument } from '../model/timeline';
import { isJsonObject } from '../text/json-object';
import { ImportError, type ImportContext } from './result';
import { buildDocument } from './timelinejs-document';
import type { RawDate, RawEra, RawSlide } from './timelinejs-slides';

type Json = Record<string, unknown>;

const DATE_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;

function text(value: unknown, who: string, field: string): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	throw new ImportError(`${who}: ${field} must be text, not ${Array.isArray(value) ? 'a list' : 'an object'}.`);
}

function object(value: unknown, who: string, field: string): Json | undefined {
	if (value === undefined || value === null) return undefined;
	if (!isJsonObject(value)) {
		throw new ImportError(`${who}: ${field} must be an object, not ${Array.isArray(value) ? 'a list' : typeof value}.`);
	}
	return value;
}

function rawDate(value: unknown, who: string, field: string): RawDate | undefined {
	if (typeof value === 'string' || typeof value === 'number') {
		throw new ImportError(
			`${who}: ${field} must be an object such as {"year": 2016, "month": 8, "day": 24}, not ${JSON.stringify(value).slice(0, 40)}.`
		);
	}
	const date = object(value, who, field);
	if (!date) return undefined;
	const raw: RawDate = {
		display: text(date.display_date, who, `${field}.display_date`) || undefined,
		yearLabel: `${field}.year`
	};
	for (const part of DATE_FIELDS) {
		if (date[part] !== undefined) raw[part] = { value: date[part], label: `${field}.${part}` };
	}
	return raw;
}

function where(index: number): string {
	return `event ${index + 1}`;
}

function slide(value: unknown, who: string): Omit<RawSlide, 'where'> {
	const data = object(value, who, 'the slide') ?? {};
	const body = object(data.text, who, 'text') ?? {};
	const media = object(data.media, who, 'media') ?? {};
	return {
		start: rawDate(data.start_date, who, 'start_date'),
		end: rawDate(data.end_date, who, 'end_date'),
		startName: 'start_date',
		displayDate: text(data.display_date, who, 'display_date') || undefined,
		headline: text(body.headline, who, 'text.headline'),
		text: text(body.text, who, 'text.text'),
		media: {
			url: text(media.url, who, 'media.url') || undefined,
			credit: text(media.credit, who, 'media.credit') || undefined,
			caption: text(media.caption, who, 'media.caption') || undefined
		},
		group: text(data.group, who, 'group') || undefined,
		uniqueId: text(data.unique_id, who, 'unique_id') || undefined
	};
}

/** A TimelineDocument from parsed TimelineJS3 JSON; throws ImportError naming the event and field on bad input. */
export function timelineJsJsonToDocument(data: unknown, ctx: ImportContext): TimelineDocument {
	const file = ctx.fileLabel;
	if (!isJsonObject(data)) throw new ImportError(`${file}: TimelineJS JSON must be an object with an "events" list.`);
	if (!Array.isArray(data.events)) {
		throw new ImportError(
			`${file}: TimelineJS JSON needs an "events" list${'events' in data ? ', but "events" is not a list' : ''}.`
		);
	}
	if (data.scale === 'cosmological') {
		ctx.warnings.add(`${file}: uses the cosmological scale; only years 0–9999 can be imported.`);
	}
	const events = data.events.map((value, i): RawSlide => {
		const who = `${file}: ${where(i)}`;
		if (!isJsonObject(value))
			throw new ImportError(`${who}: must be an object (a slide), not ${JSON.stringify(value)?.slice(0, 40)}.`);
		return { where: where(i), ...slide(value, who) };
	});
	let eras: RawEra[] = [];
	if (data.eras !== undefined && data.eras !== null) {
		if (!Array.isArray(data.eras)) throw new ImportError(`${file}: "eras" must be a list.`);
		eras = data.eras.map((value, i): RawEra => {
			const who = `${file}: era ${i + 1}`;
			const era = object(value, who, 'the era') ?? {};
			const body = object(era.text, who, 'text') ?? {};
			return {
				where: `era ${i + 1}`,
				start: rawDate(era.start_date, who, 'start_date'),
				end: rawDate(era.end_date, who, 'end_date'),
				startName: 'start_date',
				endName: 'end_date',
				headline: text(body.headline, who, 'text.headline')
			};
		});
	}
	let title: string | undefined;
	if (data.title !== undefined && data.title !== null) {
		const who = `${file}: the title slide`;
		const titleSlide = object(data.title, who, 'title') ?? {};
		title = text((object(titleSlide.text, who, 'text') ?? {}).headline, who, 'text.headline');
	}
	ctx.onProgress?.(0.3);
	return buildDocument({ title, events, eras }, ctx);
}
