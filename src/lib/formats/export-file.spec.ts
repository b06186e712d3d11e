import { describe, expect, it } from 'vitest';
import { exportFile, exportFileName } from './export-file';
import { EXPORT_FORMATS } from './export-formats';
import { fixture, load } from './import-fixture';

describe('exporting a timeline as a file', () => {
	const doc = load(fixture('sourceline-basic.json'), 'sourceline-basic.json');

	it('names each file after the title, by its format', () => {
		expect(EXPORT_FORMATS.map((format) => exportFileName(doc, format.id))).toEqual([
			'harbor-bridge-from-the-reporting.sourceline.json',
			'harbor-bridge-from-the-reporting.timelinejs.json',
			'harbor-bridge-from-the-reporting.timelinejs.csv'
		]);
		expect(exportFileName({ ...doc, title: '…' }, 'sourceline')).toBe('timeline.sourceline.json');
	});

	it.each(EXPORT_FORMATS.map((format) => format.id))('a %s export opens again with the same events', async (id) => {
		const file = await exportFile(doc, id);
		expect(file.type).toMatch(id === 'timelinejs-csv' ? /^text\/csv/ : /^application\/json/);
		const opened = load(file.text, file.fileName);
		expect(opened.title).toBe(doc.title);
		expect(opened.events.map((event) => [event.title, event.date.start, event.date.end])).toEqual(
			doc.events.map((event) => [event.title, event.date.start, event.date.end])
		);
	});
});
