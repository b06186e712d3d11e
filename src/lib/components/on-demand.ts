/**
 * Components the first page does without until they are needed: the event panel (with the facts and excerpts it
 * shows) loads on the first selection or just before it, and alongside the page's data when a link names an event;
 * the reader dialog loads when an article of a timeline opened from elsewhere is read.
 *
 * The server build leaves these imports out on purpose. Neither component is ever rendered on the server (nothing
 * is selected or being read when `/` is prerendered), but SvelteKit links into the page the stylesheets of every
 * component its server build may import dynamically, against a flash of unstyled content after server rendering;
 * that would put their CSS back on the first page. In the browser, Vite loads a component's CSS with its code,
 * before the import resolves.
 */
import type { Component } from 'svelte';
import type EventPanel from './EventPanel.svelte';
import type ReaderDialog from './ReaderDialog.svelte';

export interface OnDemand<T> {
	/** The component once it has loaded, else null. */
	readonly current: T | null;
	/** Loads it once; after a failure the next call tries again. */
	load(): Promise<T>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
function onDemand<T extends Component<any>>(importer: () => Promise<{ default: T }>): OnDemand<T> {
	let loaded: T | null = null;
	let loading: Promise<T> | null = null;
	return {
		get current() {
			return loaded;
		},
		load() {
			loading ??= importer().then(
				(module) => (loaded = module.default),
				(error: unknown) => {
					loading = null;
					throw error;
				}
			);
			return loading;
		}
	};
}

const browserOnly = () => Promise.reject(new Error('Loaded in the browser only'));

export const eventPanel: OnDemand<typeof EventPanel> = onDemand(() =>
	import.meta.env.SSR ? browserOnly() : import('./EventPanel.svelte')
);

export const readerDialog: OnDemand<typeof ReaderDialog> = onDemand(() =>
	import.meta.env.SSR ? browserOnly() : import('./ReaderDialog.svelte')
);
