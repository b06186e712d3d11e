/**
 * Code the first page does without until it is needed: the event panel (with the facts and excerpts it shows) loads
 * on the first selection or just before it, and alongside the page's data when a link names an event; the reader
 * dialog loads when an article of a timeline opened from elsewhere is read; the authoring session with its store, and
 * the authoring dialogs' host, load on the first authoring action, and each dialog (`authoring/dialogs-on-demand.ts`)
 * when first opened; so do the legend's panel and the list of a cluster no zoom separates.
 *
 * The server build leaves these imports out on purpose. None of these components is ever rendered on the server
 * (nothing is selected, read, hovered or moving when `/` is prerendered), but SvelteKit links into the page the
 * stylesheets of every component its server build may import dynamically, against a flash of unstyled content after
 * server rendering; that would put their CSS back on the first page. In the browser, Vite loads a component's CSS
 * with its code, before the import resolves.
 */
import type EventPanel from '../events/EventPanel.svelte';
import type ReaderDialog from '../reader/ReaderDialog.svelte';
import type AuthoringDialogs from '../authoring/AuthoringDialogs.svelte';
import type LegendPanel from '../timeline/LegendPanel.svelte';
import type ClusterList from '../timeline/ClusterList.svelte';
import type * as AuthoringSessionModule from '../authoring/authoring-session.svelte';
import { browserOnly, component, onDemand, type OnDemand } from './load-on-demand';

export const eventPanel: OnDemand<typeof EventPanel> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('../events/EventPanel.svelte')
);

export const readerDialog: OnDemand<typeof ReaderDialog> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('../reader/ReaderDialog.svelte')
);

export const legendPanel: OnDemand<typeof LegendPanel> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('../timeline/LegendPanel.svelte')
);

export const clusterList: OnDemand<typeof ClusterList> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('../timeline/ClusterList.svelte')
);

/** The authoring dialogs' host, loaded with the authoring session. */
export const authoringDialogs: OnDemand<typeof AuthoringDialogs> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('../authoring/AuthoringDialogs.svelte')
);

/** The authoring session and the store behind it, loaded on the first authoring action or a link to a timeline. */
export const authoringSession: OnDemand<typeof AuthoringSessionModule> = onDemand(() =>
	import.meta.env.SSR ? browserOnly() : import('../authoring/authoring-session.svelte')
);
