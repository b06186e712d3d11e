/**
 * Loading a component or module on demand, once: the helpers behind the loaders of `on-demand.ts` and of the
 * authoring dialogs (`authoring/dialogs-on-demand.ts`).
 */
import type { Component } from 'svelte';

export interface OnDemand<T> {
	/** The component (or module) once it has loaded, else null. */
	readonly current: T | null;
	/** Loads it once; after a failure the next call tries again. */
	load(): Promise<T>;
}

/** Something loaded once, by `importer`, when first asked for. */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
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

/** Each import stands behind its own `import.meta.env.SSR` test, so that the server build drops it (see on-demand.ts). */
export const browserOnly = () => Promise.reject(new Error('Loaded in the browser only'));

/** A component loaded on demand. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
export function component<T extends Component<any>>(importer: () => Promise<{ default: T }>): OnDemand<T> {
	return onDemand(() => importer().then((module) => module.default));
}
