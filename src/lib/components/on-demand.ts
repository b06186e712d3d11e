/**
 * Code the first page does without until it is needed: the event panel (with the facts and excerpts it shows) loads
 * on the first selection or just before it, and alongside the page's data when a link names an event; the reader
 * dialog loads when an article of a timeline opened from elsewhere is read. The overview's brush loads on the first
 * sign of a reader at all: see `onFirstIntent`.
 *
 * The server build leaves these imports out on purpose. None of these components is ever rendered on the server
 * (nothing is selected, read, hovered or moving when `/` is prerendered), but SvelteKit links into the page the
 * stylesheets of every component its server build may import dynamically, against a flash of unstyled content after
 * server rendering; that would put their CSS back on the first page. In the browser, Vite loads a component's CSS
 * with its code, before the import resolves.
 */
import type { Component } from 'svelte';
import type EventPanel from './EventPanel.svelte';
import type ReaderDialog from './ReaderDialog.svelte';

export interface OnDemand<T> {
	/** The component (or module) once it has loaded, else null. */
	readonly current: T | null;
	/** Loads it once; after a failure the next call tries again. */
	load(): Promise<T>;
}

/** Something loaded once, by `importer`, when first asked for. */
function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
	let loaded: T | null = null;
	let loading: Promise<T> | null = null;
	return {
		get current() {
			return loaded;
		},
		load() {
			loading ??= importer().then(
				(value) => (loaded = value),
				(error: unknown) => {
					loading = null;
					throw error;
				}
			);
			return loading;
		}
	};
}

// Each import stands behind its own `import.meta.env.SSR` test, so that the server build drops it (see above).
const browserOnly = () => Promise.reject(new Error('Loaded in the browser only'));

/** A component loaded on demand. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
function component<T extends Component<any>>(importer: () => Promise<{ default: T }>): OnDemand<T> {
	return onDemand(() => importer().then((module) => module.default));
}

export const eventPanel: OnDemand<typeof EventPanel> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('./EventPanel.svelte')
);

export const readerDialog: OnDemand<typeof ReaderDialog> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('./ReaderDialog.svelte')
);

export const overviewBrush: OnDemand<typeof import('./overview-brush')> = onDemand(() =>
	import.meta.env.SSR ? browserOnly() : import('./overview-brush')
);

/**
 * The first sign of a reader: a pointer moving or pressing, a touch, a wheel, a key or the focus coming in,
 * anywhere on the page. Pointers move long before they reach a control, so what loads then is in place before it
 * is used; a page only looked at loads none of it.
 */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'] as const;
let intended = false;
const waiting = new Set<() => void>();

function intent() {
	intended = true;
	for (const type of INTENT_EVENTS) document.removeEventListener(type, intent, true);
	for (const callback of waiting) callback();
	waiting.clear();
}

/** Runs `callback` on the reader's first sign of intent (at once if there has been one); returns a cancel. */
export function onFirstIntent(callback: () => void): () => void {
	if (intended) {
		callback();
		return () => {};
	}
	if (!waiting.size) {
		for (const type of INTENT_EVENTS) document.addEventListener(type, intent, { capture: true, passive: true });
	}
	waiting.add(callback);
	return () => waiting.delete(callback);
}
