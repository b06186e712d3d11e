import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The hashes of app.html's own inline scripts, which the policy must allow beside SvelteKit's.
 * @type {`sha256-${string}`[]}
 */
const appHtmlScripts = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)
].map(([, body]) => /** @type {const} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true,
		// Scoped-style class names are written in every component's CSS and markup: `s-<hash>` says the same as
		// Svelte's default `svelte-<hash>` (same hash) in fewer bytes on the first page.
		cssHash: ({ hash, filename, css }) => `s-${hash(filename ?? css)}`,
		// No `window.__svelte.v` version marker in the page.
		discloseVersion: false
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Prerendered pages carry the policy in a <meta> tag with hashes of SvelteKit's own inline scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScripts],
				// Svelte and d3 set element styles at run time; scripts stay hash-only.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				// `?src=` opens timelines from any http(s) address the reader names.
				'connect-src': ['self', 'https:', 'http:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
