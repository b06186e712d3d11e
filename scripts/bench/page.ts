/**
 * What the bench runs inside the page, as plain JavaScript source: tsx compiles functions with helpers (`__name`)
 * that do not exist in the browser, so functions passed to page.evaluate would break; strings do not.
 */

export interface LongFrame {
	start: number;
	duration: number;
	blocking: number;
	renderStart: number;
	styleAndLayoutStart: number;
	scripts: {
		invoker: string;
		invokerType: string;
		url: string;
		fn: string;
		pos: number;
		duration: number;
		forcedLayout: number;
	}[];
}

export interface PageBench {
	domReadyAt: number | null;
	drawnAt: number | null;
	frames: number[];
	loaf: LongFrame[];
	longtasks: { start: number; duration: number }[];
}

/** What the page logs (console.debug) once it has drawn, so the bench waits without polling the page. */
export const DRAWN_SIGNAL = '__bench:drawn';

/**
 * "Drawn" for Sourceline: a first event or cluster in the timeline while the range caption reports `EXPECTED` events
 * (the loaded document, not the built-in one). A JavaScript function expression, run in the page.
 */
export const SOURCELINE_DRAWN = `() => {
		const viewport = document.querySelector('[data-timeline-viewport]');
		if (!viewport || !viewport.querySelector('[data-event-id], [data-cluster-count]')) return false;
		const caption = document.querySelector('[data-testid="visible-range"]');
		const match = /of\\s+([\\d.,\\s\\u00a0\\u202f]+?)\\s+events/.exec((caption || document.body).textContent || '');
		return !!match && Number(match[1].replace(/\\D/g, '')) === EXPECTED;
	}`;

/**
 * Installed before any page script: watches the DOM until `drawn` (a function expression that may read `EXPECTED`,
 * the document's event count) holds, keeps a rAF loop on demand, and collects long animation frames and long tasks
 * as a cross-check of the rAF deltas.
 */
export function instrumentation(expected: number, drawn = SOURCELINE_DRAWN): string {
	return `(() => {
	const EXPECTED = ${JSON.stringify(expected)};
	const DRAWN_SIGNAL = ${JSON.stringify(DRAWN_SIGNAL)};
	const bench = (window.__bench = { domReadyAt: null, drawnAt: null, frames: [], framing: false, loaf: [], longtasks: [] });
	const drawn = ${drawn};
	const observer = new MutationObserver(() => {
		if (bench.domReadyAt !== null || !drawn()) return;
		bench.domReadyAt = performance.now();
		observer.disconnect();
		// The frame that paints this DOM runs after the next rAF; a message posted from it lands once that frame is done.
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => { bench.drawnAt = performance.now(); console.debug(DRAWN_SIGNAL); };
			channel.port2.postMessage(0);
		});
	});
	observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
	bench.startFrames = () => {
		bench.frames = [];
		bench.framing = true;
		const tick = (time) => {
			if (!bench.framing) return;
			bench.frames.push(time);
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	};
	bench.stopFrames = () => { bench.framing = false; return bench.frames; };
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				bench.loaf.push({
					start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
					renderStart: e.renderStart, styleAndLayoutStart: e.styleAndLayoutStart,
					scripts: (e.scripts || []).map((s) => ({
						invoker: s.invoker, invokerType: s.invokerType, url: s.sourceURL, fn: s.sourceFunctionName,
						pos: s.sourceCharPosition, duration: s.duration, forcedLayout: s.forcedStyleAndLayoutDuration
					}))
				});
			}
		}).observe({ type: 'long-animation-frame', buffered: true });
	} catch {}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
})();`;
}
