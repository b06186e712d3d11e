/** `npm run bench`'s options (see scripts/bench.ts), its fixed settings and the issue's targets. */
import { FIRST_PAGE_BUDGET } from '../first-page-weight';
import { SOURCELINE_DRAWN } from './page';
import type { BenchedApp } from './vis-timeline';

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
export const SIZES = (option('sizes') ?? '1000,10000').split(',').map(Number);
export const TIME_LIMIT_MS = Number(option('timeout') ?? 1200) * 1000;
export const BUILD_MODE = args.includes('--no-build') ? 'never' : args.includes('--build') ? 'always' : 'auto';
export const PROFILE = args.includes('--profile');
export const PORT = 4179;
export const VIEWPORT = { width: 1440, height: 900 };
export const STEP_MS = 16;
export const LOAD_RUNS = Number(option('loads') ?? 5);
export const RESULTS = 'bench-results/latest.json';

/** The targets; they apply to the 10,000-event document and to the first page. */
export const TARGETS = {
	size: 10_000,
	p95: 16.7,
	over50: 0,
	dataToDrawn: 500,
	/** Sourceline's navigation → drawn as a fraction of vis-timeline's, on the same document in the same run. */
	peerRatio: 0.2,
	firstPageGzip: FIRST_PAGE_BUDGET
};

export const SOURCELINE: BenchedApp = {
	name: 'Sourceline',
	path: (documentUrl) => `/?src=${encodeURIComponent(documentUrl)}`,
	drawn: SOURCELINE_DRAWN,
	viewport: '[data-timeline-viewport]',
	event: '[data-event-id]',
	cluster: '[data-cluster-count]'
};
/** Timestamp clamping and vsync jitter: see the method notes above. */
export const FRAME_JITTER_MS = 1;
