/**
 * A mouse press made on a control whose pointer code (d3-zoom, d3-brush) is still loading: kept while the button is
 * held, then handed to that code when it arrives, so a drag begun a moment too early carries on instead of being
 * lost. Touches are not kept: a touch's later events go on to the element it began on, which the code that arrives
 * may not be listening to.
 */
export interface HeldPress {
	/** Hands the press, if one is still held, to what now listens for `mousedown` on the node; at most once. */
	takeUp(): void;
	/** Stops watching. */
	stop(): void;
}

/** Watches `node` for a mouse press while `waiting()` says its pointer code has not arrived. */
export function holdPress(node: Element, waiting: () => boolean): HeldPress {
	let press: { clientX: number; clientY: number } | null = null;
	const down = (event: Event) => {
		const { pointerType, button, clientX, clientY } = event as PointerEvent;
		if (waiting() && pointerType !== 'touch' && button === 0) press = { clientX, clientY };
	};
	const up = () => (press = null);
	node.addEventListener('pointerdown', down);
	addEventListener('pointerup', up);
	addEventListener('pointercancel', up);
	return {
		takeUp() {
			if (!press) return;
			const target = document.elementFromPoint(press.clientX, press.clientY);
			const init = { ...press, bubbles: true, cancelable: true, view: window, button: 0, buttons: 1 };
			press = null;
			if (target && node.contains(target)) target.dispatchEvent(new MouseEvent('mousedown', init));
		},
		stop() {
			node.removeEventListener('pointerdown', down);
			removeEventListener('pointerup', up);
			removeEventListener('pointercancel', up);
		}
	};
}
