/**
 * A press made on a control whose pointer code (d3-zoom, d3-brush) is still loading: kept while it is held, then
 * handed to that code when it arrives, so a drag begun a moment too early carries on instead of being lost.
 */
export interface HeldPress {
	/** Hands what is still held to whatever now listens on the node for `mousedown` or `touchstart`; at most once. */
	takeUp(): void;
	/** Stops watching. */
	stop(): void;
}

interface Point {
	clientX: number;
	clientY: number;
}

/**
 * Watches `node` for a mouse press, and with `touches` for touches, while `waiting()` says its pointer code has not
 * arrived. Touches are worth keeping only where that code listens on `node` itself: a touch's later events go on to
 * the element it began on, and bubble from there.
 */
export function holdPress(node: Element, waiting: () => boolean, { touches = false } = {}): HeldPress {
	let press: Point | null = null;
	const held = new Map<number, Point & { target: EventTarget }>();
	const down = (event: Event) => {
		const { pointerType, button, clientX, clientY } = event as PointerEvent;
		if (waiting() && pointerType !== 'touch' && button === 0) press = { clientX, clientY };
	};
	const up = () => (press = null);
	const touchStart = (event: Event) => {
		if (!waiting()) return;
		for (const { identifier, target, clientX, clientY } of (event as TouchEvent).changedTouches) {
			held.set(identifier, { target, clientX, clientY });
		}
	};
	const touchEnd = (event: Event) => {
		for (const touch of (event as TouchEvent).changedTouches) held.delete(touch.identifier);
	};
	node.addEventListener('pointerdown', down);
	addEventListener('pointerup', up);
	addEventListener('pointercancel', up);
	if (touches) {
		node.addEventListener('touchstart', touchStart, { passive: true });
		node.addEventListener('touchend', touchEnd, { passive: true });
		node.addEventListener('touchcancel', touchEnd, { passive: true });
	}
	return {
		takeUp() {
			if (press) {
				const target = document.elementFromPoint(press.clientX, press.clientY);
				const init = { ...press, bubbles: true, cancelable: true, view: window, button: 0, buttons: 1 };
				press = null;
				if (target && node.contains(target)) target.dispatchEvent(new MouseEvent('mousedown', init));
			}
			const still = [...held].filter(([, touch]) => node.contains(touch.target as Node));
			held.clear();
			// Safari has no Touch constructor: there, a touch begun too early is not taken up.
			if (!still.length || typeof Touch !== 'function') return;
			const list = still.map(([identifier, touch]) => new Touch({ identifier, ...touch }));
			const init = { touches: list, targetTouches: list, changedTouches: list, bubbles: true, cancelable: true };
			list[0].target.dispatchEvent(new TouchEvent('touchstart', init));
		},
		stop() {
			node.removeEventListener('pointerdown', down);
			removeEventListener('pointerup', up);
			removeEventListener('pointercancel', up);
			node.removeEventListener('touchstart', touchStart);
			node.removeEventListener('touchend', touchEnd);
			node.removeEventListener('touchcancel', touchEnd);
		}
	};
}
