import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Dates are computed in UTC everywhere; pin the test process so a developer's zone cannot change results.
process.env.TZ = 'UTC';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['timeline-data'] } },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Worker threads rather than child processes: the same isolation per file at about a quarter less CPU.
		pool: 'threads',
		env: { TZ: 'UTC' }
	}
});
