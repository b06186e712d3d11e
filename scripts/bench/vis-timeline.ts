/**
 * The bench's peer: vis-timeline 8.5.4 (its standalone build, from node_modules) on the same synthetic document,
 * served from the same origin, loaded cold in the same run, so that Sourceline's load time is compared with it on
 * one machine at one moment. Its page fetches the Sourceline JSON itself and maps each event to an item the way
 * Sourceline reads it (a point for a day, a range over the whole window otherwise; a group per lane, the event's
 * first tag), with vis-timeline's defaults otherwise (stacking on, the whole extent fitted).
 *
 * "Drawn" is defined as for Sourceline: the first event drawn in the timeline while the page holds the whole
 * document (`EXPECTED` items), then the frame that paints it (scripts/bench/page.ts).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What the bench needs to know to load a timeline app cold and tell when it has drawn. */
export interface BenchedApp {
	name: string;
	/** The page for a document, as a path on the bench's origin. */
	path(documentUrl: string): string;
	/** A function expression run in the page: true once the document is drawn (see scripts/bench/page.ts). */
	drawn: string;
	/** Selectors: the timeline's area, and inside it an event and a cluster. */
	viewport: string;
	event: string;
	cluster: string;
}

export const VIS_TIMELINE_VERSION = '8.5.4';

export const VIS_TIMELINE: BenchedApp = {
	name: `vis-timeline ${VIS_TIMELINE_VERSION}`,
	path: (documentUrl) => `/bench/vis-timeline.html?src=${encodeURIComponent(documentUrl)}`,
	drawn: `() => window.__peerEvents === EXPECTED && !!document.querySelector('.vis-timeline .vis-item')`,
	viewport: '.vis-timeline',
	// Items only: a point item's dot is a .vis-item of its own.
	event: '.vis-item.vis-point, .vis-item.vis-range',
	cluster: '.vis-cluster'
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>vis-timeline ${VIS_TIMELINE_VERSION} (Sourceline bench peer)</title>
<link rel="stylesheet" href="vis/vis-timeline-graph2d.min.css">
<style>body { margin: 0; font-family: system-ui, sans-serif; } #timeline { height: 100vh; }</style>
</head>
<body>
<div id="timeline"></div>
<script src="vis/vis-timeline-graph2d.min.js"></script>
<script>
(async () => {
	const parts = (value) => value.split('-').map(Number);
	const start = (value) => { const [y, m = 1, d = 1] = parts(value); return Date.UTC(y, m - 1, d); };
	// The day after the last one the date names: Sourceline's windows end there too.
	const end = (value) => {
		const [y, m, d] = parts(value);
		return d ? Date.UTC(y, m - 1, d + 1) : m ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
	};
	const response = await fetch(new URLSearchParams(location.search).get('src'));
	const document_ = await response.json();
	const items = document_.events.map((event) =>
		event.date.precision === 'day'
			? { id: event.id, group: event.tags[0], content: event.title, start: start(event.date.start), type: 'point' }
			: { id: event.id, group: event.tags[0], content: event.title, start: start(event.date.start), end: end(event.date.end), type: 'range' }
	);
	const groups = document_.tags.map((tag) => ({ id: tag.id, content: tag.label }));
	window.__peerEvents = items.length;
	new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), new vis.DataSet(groups), {});
})();
</script>
</body>
</html>
`;

/** Writes the peer's page and vis-timeline's standalone script and stylesheet into `site`/bench/. */
export function writeVisTimelinePage(site: string): void {
	const require = createRequire(import.meta.url);
	const root = dirname(require.resolve('vis-timeline/package.json'));
	const version = (require('vis-timeline/package.json') as { version: string }).version;
	if (version !== VIS_TIMELINE_VERSION) {
		throw new Error(`node_modules has vis-timeline ${version}, not ${VIS_TIMELINE_VERSION}: run npm ci`);
	}
	const folder = join(site, 'bench', 'vis');
	mkdirSync(folder, { recursive: true });
	copyFileSync(
		join(root, 'standalone', 'umd', 'vis-timeline-graph2d.min.js'),
		join(folder, 'vis-timeline-graph2d.min.js')
	);
	copyFileSync(join(root, 'styles', 'vis-timeline-graph2d.min.css'), join(folder, 'vis-timeline-graph2d.min.css'));
	writeFileSync(join(site, 'bench', 'vis-timeline.html'), PAGE);
}
