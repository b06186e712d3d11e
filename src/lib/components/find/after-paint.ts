/**
 * Work that can wait until the browser has shown the current frame and has a moment to spare: a rAF callback runs
 * just before the frame is painted; from there the work waits for idle time (or at most `IDLE_TIMEOUT_MS`), so it
 * neither delays that frame nor competes with what the page does right after it.
 */

const IDLE_TIMEOUT_MS = 500;

/** Runs `callback` after the next frame has been painted, once the page is idle; returns a function that cancels it. */
export function afterNextPaint(callback: () => void): () => void {
	let cancelLater = () => {};
	const frame = requestAnimationFrame(() => {
		// Safari has no requestIdleCallback: a task queued after the paint is the next best thing there.
		if (typeof requestIdleCallback === 'function') {
			const idle = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
			cancelLater = () => cancelIdleCallback(idle);
		} else {
			const timer = setTimeout(callback);
			cancelLater = () => clearTimeout(timer);
		}
	});
	return () => {
		cancelAnimationFrame(frame);
		cancelLater();
	};
}
