import type { Handle } from '@sveltejs/kit';

/**
 * `/embed` sits inside other sites' articles, whose colours it cannot know: its page is built light whatever the
 * reader's scheme (app.css keeps the dark palette off `html[data-scheme='light']`). Set here, in the prerendered
 * HTML, so that no dark frame shows before the page's code runs.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk:
			event.route.id === '/embed'
				? ({ html }) =>
						html
							.replace('<html lang="en">', '<html lang="en" data-scheme="light">')
							.replace(
								'<meta name="color-scheme" content="light dark" />',
								'<meta name="color-scheme" content="light" />'
							)
				: undefined
	});
