/**
 * A TimelineDocument as TimelineJS3 JSON.
 *
 * - document title → the title slide's headline.
 * - event → slide: unique_id = event id; start_date/end_date at the precision written (a year gives only `year`, a
 *   month adds `month`, a day adds `day`; end_date only when the end differs from the start); display_date = the
 *   date as Sourceline shows it ("24 Aug 2016", "c. mid-2016"); headline = title; text = the summary as paragraphs,
 *   then each excerpt as a blockquote with its source cited and linked (a summary or excerpt that only repeats the
 *   title or summary, as imported TimelineJS events have, is left out); group = the label of the event's lane, except when every
 *   event is in the default "Events" lane; media = the first excerpt's source when it has a URL (credit = outlet,
 *   caption = its first citation).
 * - period → era.
 * Lost on the way (TimelineJS has no place for them): sources' full texts, people, attribution, the article's own
 * date wording, season and quarter precision (exported as month spans), and unused tags.
 * TimelineJS JSON → import → export → import keeps ids, titles, dates, precision and lanes.
 */
import type { TimelineDocument, TimelineEvent } from '../model/timeline';
import { formatEventDate } from '../dates/event-dates';
import { escapeHtml } from './html-text';
import { DEFAULT_LANE } from './timelinejs-slides';

export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
}

export interface TimelineJsText {
	headline: string;
	text: string;
}

export interface TimelineJsSlide {
	unique_id?: string;
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	display_date?: string;
	text: TimelineJsText;
	media?: { url: string; credit?: string; caption?: string };
	group?: string;
}

export interface TimelineJsEra {
	start_date: TimelineJsDate;
	end_date: TimelineJsDate;
	text: TimelineJsText;
}

export interface TimelineJsData {
	title: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras: TimelineJsEra[];
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string as a TimelineJS date object with only the parts it has. */
export function toTimelineJsDate(value: string): TimelineJsDate {
	const [year, month, day] = value.split('-').map(Number);
	const date: TimelineJsDate = { year };
	if (month !== undefined) date.month = month;
	if (day !== undefined) date.day = day;
	return date;
}

/** Plain text as HTML paragraphs: blank lines split paragraphs, single line breaks become <br>. */
function paragraphs(text: string): string {
	return text
		.split(/\n{2,}/)
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
		.join('');
}

function slideText(event: TimelineEvent, sources: Map<string, TimelineDocument['sources'][number]>) {
	const summary = event.summary.trim();
	// The headline already shows the title; a summary or excerpt that only repeats title or summary (as imported
	// TimelineJS slides have) would show the same words twice.
	let html = summary === event.title ? '' : paragraphs(summary);
	const repeats = new Set([summary, event.title, `${event.title}\n\n${summary}`]);
	for (const excerpt of event.excerpts) {
		if (repeats.has(excerpt.quote.trim())) continue;
		const source = sources.get(excerpt.source);
		html += `<blockquote>${paragraphs(excerpt.quote)}</blockquote>`;
		if (!source) continue;
		const name = [source.title, source.outlet, source.author].filter(Boolean).join(', ') || source.id;
		const cite = source.url ? `<a href="${escapeHtml(source.url)}">${escapeHtml(name)}</a>` : escapeHtml(name);
		html += `<p>— <cite>${cite}</cite></p>`;
	}
	return html;
}

/** The document as a TimelineJS3 data object (see the mapping above). */
export function toTimelineJs(doc: TimelineDocument): TimelineJsData {
	const sources = new Map(doc.sources.map((source) => [source.id, source]));
	const laneLabels = new Map(doc.tags.map((tag) => [tag.id, tag.label]));
	const onlyDefaultLane = doc.events.every((event) => event.tags[0] === DEFAULT_LANE.id);
	const events = doc.events.map((event): TimelineJsSlide => {
		const slide: TimelineJsSlide = {
			unique_id: event.id,
			start_date: toTimelineJsDate(event.date.start),
			display_date: formatEventDate(event.date),
			text: { headline: escapeHtml(event.title), text: slideText(event, sources) }
		};
		if (event.date.end !== event.date.start) slide.end_date = toTimelineJsDate(event.date.end);
		const source = sources.get(event.excerpts[0]?.source);
		if (source?.url) {
			slide.media = { url: source.url };
			if (source.outlet) slide.media.credit = escapeHtml(source.outlet);
			if (source.cites[0]) slide.media.caption = escapeHtml(source.cites[0]);
		}
		if (!onlyDefaultLane) slide.group = laneLabels.get(event.tags[0]) ?? event.tags[0];
		return slide;
	});
	const eras = doc.periods.map((period): TimelineJsEra => ({
		start_date: toTimelineJsDate(period.start),
		end_date: toTimelineJsDate(period.end),
		text: { headline: escapeHtml(period.label), text: '' }
	}));
	return { title: { text: { headline: escapeHtml(doc.title), text: '' } }, events, eras };
}

/** The document as TimelineJS3 JSON text, ready to save and load in TimelineJS. */
export function exportTimelineJsJson(doc: TimelineDocument): string {
	return `${JSON.stringify(toTimelineJs(doc), null, '\t')}\n`;
}
