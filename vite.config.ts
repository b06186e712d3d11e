import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Dates are computed in UTC everywhere; pin the test process so a developer's zone cannot change results.
process.env.TZ = 'UTC';

/**
 * The axis keeps a real d3 `scaleUtc`, but d3-scale imports d3-time-format only for the scale's default tick labels,
 * which Sourceline does not use (ticks.ts labels the axis). That import, and only that one, resolves to a stand-in
 * whose formatters throw if ever called (src/lib/timeline/no-tick-format.ts), keeping d3-time-format and its
 * locale set-up off the first page. There is no other import path: d3-scale ships as one module.
 */
function d3ScaleWithoutTimeFormat(): Plugin {
	const standIn = fileURLToPath(new URL('./src/lib/timeline/no-tick-format.ts', import.meta.url));
	return {
		name: 'sourceline:d3-scale-without-time-format',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source === 'd3-time-format' && importer && /[\\/]node_modules[\\/]d3-scale[\\/]/.test(importer)) {
				return standIn;
			}
			return null;
		}
	};
}

export default defineConfig({
	plugins: [d3ScaleWithoutTimeFormat(), sveltekit()],
	server: { fs: { allow: ['timeline-data'] } },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
