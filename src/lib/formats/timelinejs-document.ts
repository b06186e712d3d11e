/**
 * The TimelineDocument made from prepared TimelineJS slides and eras, following the mapping in
 * ./timelinejs-slides.ts: ids from unique_id or the headline, one lane per group, one source and one event per
 * slide, one period per era.
 */
import type { Period, Source, Tag, TimelineDocument, TimelineEvent } from '../model/timeline';
import { dateStringWindow } from '../dates/event-dates';
import { occurrencesOf } from '../text/locate-quote';
import { htmlToLine } from './html-text';
import { failAt as fail, type ImportContext } from './result';
import { IdRegistry, slugify } from './slug';
import { APPROXIMATE, eventDateParts, generatedDateText, resolveDate } from './timelinejs-dates';
import {
	DEFAULT_LANE,
	describeSlide,
	firstLink,
	firstSentence,
	httpUrl,
	MAX_TITLE_LENGTH,
	prepareSlides,
	truncateTitle,
	type RawTimeline
} from './timelinejs-slides';

/** A TimelineDocument from TimelineJS slides, following the mapping above; throws ImportError on bad input. */
export function buildDocument(raw: RawTimeline, ctx: ImportContext): TimelineDocument {
	const { fileLabel, warnings } = ctx;
	const title = truncateTitle(htmlToLine(raw.title ?? '') || ctx.fallbackTitle, 200);

	const prepared = prepareSlides(raw, ctx);

	// Ids: explicit unique_ids keep their (slugified) value; the others are made from headlines.
	const ids = new IdRegistry();
	const eventIds: string[] = new Array(prepared.length);
	prepared.forEach((slide, i) => {
		const given = slide.raw.uniqueId?.trim();
		if (!given) return;
		const base = slugify(given);
		if (!base) {
			warnings.add(
				`${slide.who}: unique_id "${given.slice(0, 40)}" has no letters or digits to make an id from; one was generated.`
			);
			return;
		}
		if (ids.has(base))
			warnings.add(`${slide.who}: unique_id "${given.slice(0, 40)}" is used twice; this one was renamed.`);
		eventIds[i] = ids.claim(base);
	});
	prepared.forEach((slide, i) => {
		if (eventIds[i]) return;
		eventIds[i] = ids.claim(slugify(slide.headline || slide.sourceText, 50) || `event-${i + 1}`);
	});

	const lanes = new Map<string, Tag>();
	const laneIds = new IdRegistry();
	const laneFor = (group: string | undefined, who: string): string => {
		const label = htmlToLine(group ?? '') || DEFAULT_LANE.label;
		let lane = lanes.get(label);
		if (!lane) {
			const base = label === DEFAULT_LANE.label ? DEFAULT_LANE.id : slugify(label) || 'group';
			if (laneIds.has(base)) warnings.add(`${who}: group "${label}" gets its own lane, separate from a similar name.`);
			lane = { id: laneIds.claim(base), label };
			lanes.set(label, lane);
		}
		return lane.id;
	};

	const sources: Source[] = [];
	const events: TimelineEvent[] = [];
	const progressEvery = Math.max(1, Math.floor(prepared.length / 20));
	prepared.forEach((slide, i) => {
		const { raw: input, who, headline, body, credit, caption, sourceText } = slide;
		const id = eventIds[i];

		const start = resolveDate(input.start, who, ctx);
		if (!start)
			fail(who, `has no date: ${input.startName} is missing or empty, and every event needs at least a year.`);
		const end = resolveDate(input.end, who, ctx);
		const parts = eventDateParts(start, end, who, ctx);
		const explicit = htmlToLine(
			input.displayDate ||
				(input.start?.display
					? input.end?.display
						? `${input.start.display} – ${input.end.display}`
						: input.start.display
					: '')
		);
		let dateText = explicit || generatedDateText(parts);
		if (explicit && parts.startTime && !/\d{1,2}[:.]\d{2}/.test(explicit)) dateText += `, ${parts.startTime}`;

		let eventTitle = headline || firstSentence(body) || caption || credit;
		if (eventTitle.length > MAX_TITLE_LENGTH) {
			if (headline) {
				warnings.add(
					`${who}: the headline is ${headline.length} characters; the title keeps the first ${MAX_TITLE_LENGTH} (the full headline is in its source text).`
				);
			}
			eventTitle = truncateTitle(eventTitle);
		}
		if (!headline) warnings.add(`${who}: has no headline; its title was taken from its text.`);

		let quote = body || headline || sourceText;
		if (occurrencesOf(sourceText, quote).length > 1) quote = sourceText;

		const mediaUrl = input.media.url?.trim();
		const url = httpUrl(mediaUrl) ?? firstLink(input.media.credit) ?? firstLink(input.media.caption);
		if (mediaUrl && !httpUrl(mediaUrl)) {
			warnings.add(`${who}: media url "${mediaUrl.slice(0, 60)}" is not an http(s) address and was left out.`);
		}

		sources.push({
			id,
			file: `${id}.txt`,
			title: headline || null,
			outlet: credit || null,
			author: null,
			published: null,
			url,
			cites: caption ? [caption] : [],
			text: sourceText
		});
		events.push({
			id,
			title: eventTitle,
			summary: body || headline || sourceText,
			date: {
				start: parts.start,
				end: parts.end,
				precision: parts.precision,
				approximate: explicit ? APPROXIMATE.test(explicit) : false,
				text: dateText
			},
			excerpts: [{ source: id, quote }],
			people: [],
			tags: [laneFor(input.group, who)],
			attribution: { by: title, status: 'claim' }
		});
		if (i % progressEvery === 0) ctx.onProgress?.(0.3 + (0.6 * i) / prepared.length);
	});

	const periods: Period[] = [];
	const periodIds = new IdRegistry();
	raw.eras.forEach((era, i) => {
		const who = describeSlide(fileLabel, era.where, era.headline);
		const start = resolveDate(era.start, who, ctx);
		if (!start) fail(who, `has no start date: ${era.startName} is missing or empty.`);
		const end = resolveDate(era.end, who, ctx);
		if (!end) fail(who, `has no end date: ${era.endName} is missing or empty.`);
		if (dateStringWindow(end.value).end <= dateStringWindow(start.value).start) {
			fail(who, `the end date ${end.value} is before the start date ${start.value}.`);
		}
		const label = htmlToLine(era.headline) || `Era ${i + 1}`;
		periods.push({ id: periodIds.claim(slugify(label) || 'era'), label, start: start.value, end: end.value });
	});

	return { title, sources, tags: [...lanes.values()], periods, events };
}
