/**
 * A TimelineDocument as a TimelineJS Google Sheet, saved as CSV: the template's columns in its order, one row per
 * slide of the TimelineJS JSON export (./timelinejs-export.ts, so both exports say the same), written by papaparse.
 *
 * - the title slide → a row of Type "title" with the Headline; each event → a row with Year/Month/Day (and End Year/
 *   End Month/End Day) at the precision written, Display Date, Headline, Text (HTML), Media, Media Credit,
 *   Media Caption and Group; each era → a row of Type "era".
 * - Time and End Time stay empty (Sourceline dates carry no time of day), as do Media Thumbnail and Background.
 * - A cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) starts with
 *   that character as an HTML character reference instead: TimelineJS shows it the same, the spreadsheet shows text,
 *   and ./timelinejs-csv.ts reads it back unchanged (every text column is HTML there).
 * The sheet has no Unique ID column, so importing it makes ids from the headlines; all else the JSON export keeps,
 * the CSV keeps too.
 */
import Papa from 'papaparse';
import type { TimelineDocument } from '../model/timeline';
import { toTimelineJs, type TimelineJsDate, type TimelineJsSlide } from './timelinejs-export';

/** The columns of TimelineJS's Google Sheet template, in its order. */
export const SHEET_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;
type SheetColumn = (typeof SHEET_COLUMNS)[number];
type SheetRow = Partial<Record<SheetColumn, string | number>>;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that no spreadsheet runs as a formula; its HTML reads the same. */
export function defuseFormula(cell: string): string {
	return FORMULA_START.test(cell) ? `&#${cell.charCodeAt(0)};${cell.slice(1)}` : cell;
}

function dateCells(date: TimelineJsDate | undefined, end: boolean): SheetRow {
	if (!date) return {};
	return end
		? { 'End Year': date.year, 'End Month': date.month, 'End Day': date.day }
		: { Year: date.year, Month: date.month, Day: date.day };
}

function slideRow(slide: TimelineJsSlide): SheetRow {
	return {
		...dateCells(slide.start_date, false),
		...dateCells(slide.end_date, true),
		'Display Date': slide.display_date,
		Headline: slide.text.headline,
		Text: slide.text.text,
		Media: slide.media?.url,
		'Media Credit': slide.media?.credit,
		'Media Caption': slide.media?.caption,
		Group: slide.group
	};
}

/** The document as the rows of a TimelineJS sheet, header first. */
export function toTimelineJsSheet(doc: TimelineDocument): string[][] {
	const data = toTimelineJs(doc);
	const rows: SheetRow[] = [
		{ Headline: data.title.text.headline, Type: 'title' },
		...data.events.map(slideRow),
		...data.eras.map((era) => ({
			...dateCells(era.start_date, false),
			...dateCells(era.end_date, true),
			Headline: era.text.headline,
			Type: 'era'
		}))
	];
	const cells = rows.map((row) =>
		SHEET_COLUMNS.map((column) => {
			const value = row[column];
			return typeof value === 'string' ? defuseFormula(value) : value === undefined ? '' : String(value);
		})
	);
	return [[...SHEET_COLUMNS], ...cells];
}

/** The document as TimelineJS sheet CSV text (CRLF line ends, as spreadsheets write them). */
export function exportTimelineJsCsv(doc: TimelineDocument): string {
	const [fields, ...data] = toTimelineJsSheet(doc);
	return `${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}
