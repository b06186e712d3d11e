/**
 * Each authoring dialog (with the article readers and the extractor behind them) loads when it is first opened. The
 * dialogs' host, AuthoringDialogs.svelte, is itself loaded on demand (`on-demand.ts`), so the server build never
 * reaches these imports.
 */
import type AddArticleDialog from './AddArticleDialog.svelte';
import type TimelinesDialog from './TimelinesDialog.svelte';
import type PublishDialog from './PublishDialog.svelte';
import type ReviewDialog from './ReviewDialog.svelte';
import { browserOnly, component, type OnDemand } from '../app/load-on-demand';

export const addArticleDialog: OnDemand<typeof AddArticleDialog> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('./AddArticleDialog.svelte')
);

export const timelinesDialog: OnDemand<typeof TimelinesDialog> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('./TimelinesDialog.svelte')
);

export const publishDialog: OnDemand<typeof PublishDialog> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('./PublishDialog.svelte')
);

export const reviewDialog: OnDemand<typeof ReviewDialog> = component(() =>
	import.meta.env.SSR ? browserOnly() : import('./ReviewDialog.svelte')
);
