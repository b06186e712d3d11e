/**
 * Which raw input events d3-zoom should treat as zoom gestures, and which wheel events are horizontal pans
 * that Sourceline handles itself. Kept apart from the component so the rules are testable without a DOM.
 */

export interface WheelLike {
	type: string;
	deltaX?: number;
	deltaY?: number;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	button?: number;
}

/** True for a wheel event that means "pan sideways": a horizontal swipe, or shift held with a vertical wheel. */
export function isHorizontalWheel(event: WheelLike): boolean {
	if (event.type !== 'wheel') return false;
	if (event.ctrlKey) return false;
	const dx = Math.abs(event.deltaX ?? 0);
	const dy = Math.abs(event.deltaY ?? 0);
	return !!event.shiftKey || dx > dy;
}

/** How far a horizontal wheel event pans, in pixels (positive moves the view later in time). */
export function horizontalWheelPixels(event: WheelLike): number {
	const dx = event.deltaX ?? 0;
	const dy = event.deltaY ?? 0;
	return Math.abs(dx) >= Math.abs(dy) ? dx : dy;
}

/** d3-zoom's own filter, minus the wheel events that pan sideways. */
export function acceptsZoomGesture(event: WheelLike): boolean {
	if (isHorizontalWheel(event)) return false;
	return (!event.ctrlKey || event.type === 'wheel') && !event.button;
}
