/**
 * The timeline's zoom transform as state (as LayerChart's TransformState): {k, x} over the base time scale, moved by
 * d3-zoom (wheel, drag, pinch, double-click) once `attach` has bound it to the viewport, and by the methods here
 * (buttons, keys, the overview, period bands) with or without animation. d3 computes; components read `value`.
 */
import { untrack } from 'svelte';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { select } from 'd3-selection';
import 'd3-transition';
import { windowToTransform, zoomExtent, type ZoomTransformLike } from '../timeline/scale';
import { acceptsZoomGesture, horizontalWheelPixels, isHorizontalWheel } from '../timeline/zoom-input';

export interface ZoomBounds {
	domain: [number, number];
	width: number;
}

/** Gestures that start on these are theirs, not the zoom's (a list to pick from). */
const OWN_GESTURES = '[data-no-zoom]';

export class ZoomTransform {
	value: ZoomTransformLike = $state.raw({ k: 1, x: 0 });
	/** A wheel, drag, pinch or animation is under way. */
	moving = $state(false);
	#behavior: ZoomBehavior<HTMLElement, unknown> | null = null;
	#element: HTMLElement | null = null;
	/** Where a running animation is heading, so quick repeated presses add up instead of restarting midway. */
	#target: ZoomTransformLike | null = null;
	readonly #bounds: () => ZoomBounds;

	constructor(bounds: () => ZoomBounds) {
		this.#bounds = bounds;
	}

	/**
	 * Binds d3-zoom to the viewport (an attachment: `{@attach zoom.attach}`); returns the unbinding. Untracked: an
	 * attachment re-runs when state it reads changes, and the binding must outlive every zoom it makes.
	 */
	attach = (element: HTMLElement): (() => void) => untrack(() => this.#bind(element));

	#bind(element: HTMLElement): () => void {
		const behavior = zoom<HTMLElement, unknown>()
			.filter((event: Event) => {
				const target = event.target as Element | null;
				if (target?.closest?.(OWN_GESTURES)) return false;
				if (event.type === 'dblclick' && target?.closest?.('[data-event-id], [data-cluster-count]')) return false;
				return acceptsZoomGesture(event as WheelEvent);
			})
			.clickDistance(4)
			.on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
				if (event.sourceEvent) this.#target = null;
				this.moving = true;
			})
			.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
				const { k, x } = event.transform;
				if (k !== this.value.k || x !== this.value.x) this.value = { k, x };
			})
			.on('end', () => {
				this.moving = false;
			});
		this.#behavior = behavior;
		this.#element = element;
		this.#applyBounds();
		const selection = select(element);
		selection.property('__zoom', zoomIdentity.translate(this.value.x, 0).scale(this.value.k));
		selection.call(behavior);
		const stopTouch = letVerticalSwipesScroll(element);
		const stopFollowing = followTouchesOnRemovedMarks(element);
		const onWheel = (event: WheelEvent) => {
			if (!isHorizontalWheel(event)) return;
			event.preventDefault();
			behavior.translateBy(selection, -horizontalWheelPixels(event) / this.value.k, 0);
		};
		element.addEventListener('wheel', onWheel, { passive: false });
		return () => {
			element.removeEventListener('wheel', onWheel);
			stopTouch();
			stopFollowing();
			selection.on('.zoom', null);
			this.#behavior = null;
			this.#element = null;
		};
	}

	/** Keeps d3-zoom's limits in step with the width and the data; call when either changes. */
	updateBounds(): void {
		this.#applyBounds();
	}

	#applyBounds(): void {
		const { domain, width } = this.#bounds();
		if (!this.#behavior || width <= 0) return;
		const edges: [[number, number], [number, number]] = [
			[0, 0],
			[width, 0]
		];
		this.#behavior.scaleExtent(zoomExtent(domain, width)).extent(edges).translateExtent(edges);
	}

	/** Moves to {k, x}, kept within the zoom limits and the data's edges; animated unless told not to. */
	set(k: number, x: number, animate = false, duration = 350): void {
		const { domain, width } = this.#bounds();
		const [minK, maxK] = zoomExtent(domain, width);
		const clampedK = Math.min(maxK, Math.max(minK, k));
		const clamped = { k: clampedK, x: Math.min(0, Math.max(width - width * clampedK, x)) || 0 };
		this.#target = null;
		if (!this.#behavior || !this.#element || width <= 0) {
			this.value = clamped;
			return;
		}
		const target = zoomIdentity.translate(clamped.x, 0).scale(clamped.k);
		const selection = select(this.#element);
		if (animate && !prefersReducedMotion()) {
			this.#target = clamped;
			selection
				.transition()
				.duration(duration)
				.call(this.#behavior.transform, target)
				.on('end', () => (this.#target = null));
		} else {
			selection.interrupt().call(this.#behavior.transform, target);
		}
	}

	/** The transform the view is at or heading to. */
	get heading(): ZoomTransformLike {
		return this.#target ?? this.value;
	}

	zoomBy(factor: number): void {
		const { k, x } = this.heading;
		const { domain, width } = this.#bounds();
		const [minK, maxK] = zoomExtent(domain, width);
		const nextK = Math.min(maxK, Math.max(minK, k * factor));
		const centre = width / 2;
		this.set(nextK, centre - ((centre - x) * nextK) / k, true, 250);
	}

	panBy(pixels: number): void {
		const { k, x } = this.heading;
		this.set(k, x - pixels, true, 200);
	}

	showWindow(span: [number, number], options?: { animate?: boolean }): void {
		const { domain, width } = this.#bounds();
		const t = windowToTransform(domain, width, span);
		this.set(t.k, t.x, options?.animate ?? true);
	}

	fit(): void {
		this.set(1, 0, true);
	}
}

function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The timeline has `touch-action: pan-y`, so the browser scrolls the page on a vertical swipe; d3-zoom would still
 * take such a swipe for a pan and cancel its touch moves. A one-finger touch that starts out more vertical than
 * horizontal is left to the browser: its moves are kept from d3-zoom.
 */
function letVerticalSwipesScroll(element: HTMLElement): () => void {
	let start: { x: number; y: number } | null = null;
	let vertical = false;
	const onStart = (event: TouchEvent) => {
		vertical = false;
		start = event.touches.length === 1 ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
	};
	const onMove = (event: TouchEvent) => {
		if (start && !vertical && event.touches.length === 1) {
			const dx = Math.abs(event.touches[0].clientX - start.x);
			const dy = Math.abs(event.touches[0].clientY - start.y);
			if (dx + dy > 0) {
				vertical = dy > dx;
				start = null;
			}
		}
		if (vertical || !event.cancelable) event.stopImmediatePropagation();
	};
	element.addEventListener('touchstart', onStart, { capture: true, passive: true });
	element.addEventListener('touchmove', onMove, { capture: true, passive: true });
	return () => {
		element.removeEventListener('touchstart', onStart, { capture: true });
		element.removeEventListener('touchmove', onMove, { capture: true });
	};
}

/**
 * A touch belongs to the element it started on. When the zoom redraws the marks, the mark under a finger can leave the
 * page, and that finger's moves and its lift then reach only the removed mark: d3-zoom would wait for the lift
 * forever and the view would stay "moving". Such events are handed to the viewport as they arrive.
 */
function followTouchesOnRemovedMarks(element: HTMLElement): () => void {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- listener bookkeeping, never rendered
	const followed = new Set<EventTarget>();
	const forward = (event: Event) => {
		const target = event.currentTarget as Node;
		if (!(event instanceof TouchEvent) || (target.isConnected && element.contains(target))) return;
		element.dispatchEvent(
			new TouchEvent(event.type, {
				bubbles: true,
				cancelable: event.cancelable,
				touches: [...event.touches],
				targetTouches: [...event.targetTouches],
				changedTouches: [...event.changedTouches]
			})
		);
	};
	const release = (event: Event) => {
		forward(event);
		// Two fingers can start on one mark: it is followed until the last of them lifts.
		if (event instanceof TouchEvent && event.targetTouches.length === 0) unfollow(event.currentTarget!);
	};
	const unfollow = (target: EventTarget) => {
		target.removeEventListener('touchmove', forward);
		target.removeEventListener('touchend', release);
		target.removeEventListener('touchcancel', release);
		followed.delete(target);
	};
	const onStart = (event: TouchEvent) => {
		for (const touch of event.changedTouches) {
			const target = touch.target;
			if (target === element || followed.has(target)) continue;
			followed.add(target);
			target.addEventListener('touchmove', forward, { passive: true });
			target.addEventListener('touchend', release, { passive: true });
			target.addEventListener('touchcancel', release, { passive: true });
		}
	};
	element.addEventListener('touchstart', onStart, { capture: true, passive: true });
	return () => {
		element.removeEventListener('touchstart', onStart, { capture: true });
		for (const target of [...followed]) unfollow(target);
	};
}
