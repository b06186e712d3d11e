/**
 * Work that can wait until the browser has shown the current frame: a rAF callback runs just before the frame is
 * painted, so a task queued from it runs after.
 */

/** Runs `callback` after the next frame has been painted; returns a function that cancels it. */
export function afterNextPaint(callback: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(callback)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
