/**
 * The formats a timeline exports as, by id and label: what the export menus list. Apart from export-file.ts, which
 * loads only when an export is picked, so that the menus cost the first page no more than this list.
 */
export const EXPORT_FORMATS = [
	{ id: 'sourceline', label: 'Sourceline JSON' },
	{ id: 'timelinejs', label: 'TimelineJS JSON' },
	{ id: 'timelinejs-csv', label: 'TimelineJS CSV' }
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];
