/**
 * A TimelineJS Google Sheet saved as CSV into a TimelineDocument, parsed with papaparse (quoted commas and newlines,
 * a byte-order mark, CRLF line ends; commas, or another delimiter papaparse detects when a comma gives one column).
 *
 * Columns (matched ignoring case, spaces and underscores): Year, Month, Day, Time, End Year, End Month, End Day,
 * End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group (or Tag),
 * Background, and — instead of the Year/Month/Day columns — Start Date and End Date holding 2016, 2016-08,
 * 2016-08-24, 2016-08-24 14:30, 8/24/2016, 24.8.2016, "24 August 2016" or "August 24, 2016". Unique ID is read when
 * present. Type "title" makes the document title (its Headline), "era" a period; any other row is an event. Row
 * numbers in messages are spreadsheet rows: the header is row 1. Events, sources and lanes are built as documented in
 * ./timelinejs-slides.ts.
 */
import Papa from 'papaparse';
import type { TimelineDocument } from '../model/timeline';
import { ImportError, type ImportContext } from './result';
import { buildDocument } from './timelinejs-document';
import type { RawDate, RawEra, RawSlide } from './timelinejs-slides';

const COLUMNS = [
	'year',
	'month',
	'day',
	'time',
	'endyear',
	'endmonth',
	'endday',
	'endtime',
	'displaydate',
	'headline',
	'text',
	'media',
	'mediacredit',
	'mediacaption',
	'mediathumbnail',
	'type',
	'group',
	'tag',
	'background',
	'startdate',
	'enddate',
	'uniqueid'
] as const;
type Column = (typeof COLUMNS)[number];

/** A header cell as a column key: "End Year" → "endyear". */
export function columnKey(header: string): string {
	return header
		.replace(/^\ufeff/, '')
		.toLowerCase()
		.replace(/[\s_-]+/g, '');
}

/** Whether a header row is a TimelineJS sheet's: it has Headline and Year (or Start Date) columns. */
export function isTimelineJsHeader(cells: string[]): boolean {
	const keys = new Set(cells.map(columnKey));
	return keys.has('headline') && (keys.has('year') || keys.has('startdate'));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthNumber = (name: string) => {
	const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
	return index === -1 ? undefined : index + 1;
};

interface DateTimeParts {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	second?: number;
}

/** Hour, minute and second of "14:30", "2:30 PM", "1430", "9.15"; null when it is not a time. */
export function parseTime(raw: string): { hour: number; minute: number; second?: number } | null {
	const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(?::(\d{2}))?(?:\.\d+)?\s*([aApP])?\.?\s*(?:[mM]\.?)?$/.exec(raw.trim());
	if (!match) return null;
	let hour = Number(match[1]);
	const minute = match[2] === undefined ? 0 : Number(match[2]);
	const second = match[3] === undefined ? undefined : Number(match[3]);
	const period = match[4]?.toLowerCase();
	if (period) {
		if (hour < 1 || hour > 12) return null;
		if (period === 'p' && hour !== 12) hour += 12;
		if (period === 'a' && hour === 12) hour = 0;
	} else if (match[2] === undefined) return null; // a bare "14" is not a time
	if (hour > 23 || minute > 59 || (second ?? 0) > 59) return null;
	return { hour, minute, second };
}

/** The parts of a Start Date / End Date cell; null when it is not a date this importer reads. */
export function parseDateCell(raw: string): DateTimeParts | null {
	const value = raw.trim();
	const [, datePart, timePart] =
		/^(.*?)(?:(?:[T ]|,\s*)(\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[aApP]\.?[mM]\.?)?)(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
			value
		) ?? [];
	const date = (datePart ?? value).trim();
	let parts: DateTimeParts | null = null;
	let match: RegExpExecArray | null;
	if ((match = /^(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(date))) {
		parts = {
			year: Number(match[1]),
			month: match[2] ? Number(match[2]) : undefined,
			day: match[3] ? Number(match[3]) : undefined
		};
	} else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date))) {
		// US order (the default of Google Sheets), unless only the other order makes sense
		let [month, day] = [Number(match[1]), Number(match[2])];
		if (month > 12 && day <= 12) [month, day] = [day, month];
		parts = { year: Number(match[3]), month, day };
	} else if ((match = /^(\d{1,2})\/(\d{4})$/.exec(date))) {
		parts = { year: Number(match[2]), month: Number(match[1]) };
	} else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(date))) {
		parts = { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
	} else if ((match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+(\d{1,4})$/.exec(date))) {
		const month = monthNumber(match[2]);
		if (month) parts = { year: Number(match[3]), month, day: Number(match[1]) };
	} else if ((match = /^([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{1,4})$/.exec(date))) {
		const month = monthNumber(match[1]);
		if (month) parts = { year: Number(match[3]), month, day: Number(match[2]) };
	} else if ((match = /^([A-Za-z]{3,})\.?,?\s+(\d{1,4})$/.exec(date))) {
		const month = monthNumber(match[1]);
		if (month) parts = { year: Number(match[2]), month };
	}
	if (!parts) return null;
	if (timePart) {
		const time = parseTime(timePart);
		if (!time) return null;
		Object.assign(parts, time);
	}
	return parts;
}

/** A sheet with its header located and cells addressed by column key. */
class Sheet {
	readonly index = new Map<string, number>();
	readonly names = new Map<string, string>();

	constructor(header: string[]) {
		header.forEach((cell, i) => {
			const key = columnKey(cell);
			if (key && !this.index.has(key)) {
				this.index.set(key, i);
				this.names.set(key, cell.replace(/^\ufeff/, '').trim());
			}
		});
	}

	/** The column as messages name it: `column "End Year"`. */
	label(key: Column): string {
		return `column "${this.names.get(key) ?? key}"`;
	}

	cell(row: string[], key: Column): string {
		const i = this.index.get(key);
		return i === undefined ? '' : (row[i] ?? '').trim();
	}

	/** Start or end date of a row from Year/Month/Day/Time, else from Start Date / End Date. */
	date(row: string[], end: boolean, who: string): RawDate | undefined {
		const [y, m, d, t, whole] = end
			? (['endyear', 'endmonth', 'endday', 'endtime', 'enddate'] as const)
			: (['year', 'month', 'day', 'time', 'startdate'] as const);
		const field = (key: Column, value: unknown = this.cell(row, key)) => ({ value, label: this.label(key) });
		const anyColumn = [y, m, d, t].some((key) => this.cell(row, key) !== '');
		if (anyColumn || !this.cell(row, whole)) {
			if (!anyColumn) return undefined;
			const raw: RawDate = { year: field(y), month: field(m), day: field(d), yearLabel: this.label(y) };
			const time = this.cell(row, t);
			if (time) {
				const parsed = parseTime(time);
				if (!parsed) {
					throw new ImportError(
						`${who}: ${this.label(t)} is "${time.slice(0, 40)}", which is not a time; write it like 14:30 or 2:30 PM.`
					);
				}
				raw.hour = field(t, parsed.hour);
				raw.minute = field(t, parsed.minute);
				if (parsed.second !== undefined) raw.second = field(t, parsed.second);
			}
			return raw;
		}
		const text = this.cell(row, whole);
		const parts = parseDateCell(text);
		if (!parts) {
			throw new ImportError(
				`${who}: ${this.label(whole)} is "${text.slice(0, 40)}", which is not a date this importer reads; write it like 2016-08-24, 8/24/2016, 2016-08 or 2016.`
			);
		}
		const raw: RawDate = { yearLabel: this.label(whole) };
		for (const key of ['year', 'month', 'day', 'hour', 'minute', 'second'] as const) {
			if (parts[key] !== undefined) raw[key] = field(whole, parts[key]);
		}
		return raw;
	}
}

function parseRows(text: string, file: string): string[][] {
	const parse = (delimiter: string) =>
		Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter, header: false, skipEmptyLines: false });
	let result = parse(',');
	const firstRow = result.data.find((row) => row.some((cell) => cell.trim() !== ''));
	if (firstRow && firstRow.length < 2) result = parse('');
	const quoteError = result.errors.find((error) => error.type === 'Quotes');
	if (quoteError) {
		const row = (quoteError.row ?? 0) + 1;
		const what =
			quoteError.code === 'MissingQuotes'
				? 'a quoted cell is never closed (a " is missing)'
				: 'a quoted cell has text after its closing quote (write a " inside a cell as "")';
		throw new ImportError(`${file}: row ${row}: ${what}.`);
	}
	return result.data;
}

/** A TimelineDocument from TimelineJS sheet CSV text; throws ImportError naming the row and column on bad input. */
export function timelineJsCsvToDocument(text: string, ctx: ImportContext): TimelineDocument {
	const file = ctx.fileLabel;
	const rows = parseRows(text, file);
	ctx.onProgress?.(0.2);
	const headerAt = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
	if (headerAt === -1) throw new ImportError(`${file}: is empty.`);
	const sheet = new Sheet(rows[headerAt]);
	if (!isTimelineJsHeader(rows[headerAt])) {
		const found = rows[headerAt]
			.filter((cell) => cell.trim())
			.slice(0, 12)
			.map((cell) => `"${cell.trim().slice(0, 30)}"`)
			.join(', ');
		const missing = sheet.index.has('headline') ? 'a "Year" (or "Start Date") column' : 'a "Headline" column';
		throw new ImportError(
			`${file}: is not a TimelineJS sheet: its header row (row ${headerAt + 1}) lacks ${missing}; found ${found}.`
		);
	}
	const unknown = [...sheet.index.keys()].filter((key) => !(COLUMNS as readonly string[]).includes(key));
	if (unknown.length) {
		ctx.warnings.add(`${file}: ignored columns ${unknown.map((key) => `"${sheet.names.get(key)}"`).join(', ')}.`);
	}

	let title: string | undefined;
	const events: RawSlide[] = [];
	const eras: RawEra[] = [];
	for (let r = headerAt + 1; r < rows.length; r++) {
		const row = rows[r];
		if (row.every((cell) => cell.trim() === '')) continue;
		const where = `row ${r + 1}`;
		const headline = sheet.cell(row, 'headline');
		const who = `${file}: ${where}${headline ? ` "${headline.slice(0, 40)}"` : ''}`;
		const type = sheet.cell(row, 'type').toLowerCase();
		if (type === 'title' && title === undefined) {
			title = headline;
			continue;
		}
		if (type === 'title') ctx.warnings.add(`${who}: a second title row is imported as an event.`);
		const start = sheet.date(row, false, who);
		const end = sheet.date(row, true, who);
		const startName = sheet.index.has('year') ? sheet.label('year') : sheet.label('startdate');
		if (type === 'era') {
			const endName = sheet.index.has('endyear') ? sheet.label('endyear') : sheet.label('enddate');
			eras.push({ where, start, end, startName, endName, headline });
			continue;
		}
		events.push({
			where,
			start,
			end,
			startName,
			displayDate: sheet.cell(row, 'displaydate') || undefined,
			headline,
			text: sheet.cell(row, 'text'),
			media: {
				url: sheet.cell(row, 'media') || undefined,
				credit: sheet.cell(row, 'mediacredit') || undefined,
				caption: sheet.cell(row, 'mediacaption') || undefined
			},
			group: sheet.cell(row, 'group') || sheet.cell(row, 'tag') || undefined,
			uniqueId: sheet.cell(row, 'uniqueid') || undefined
		});
	}
	ctx.onProgress?.(0.3);
	return buildDocument({ title, events, eras }, ctx);
}
