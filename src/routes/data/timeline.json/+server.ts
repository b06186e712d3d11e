import { json } from '@sveltejs/kit';
import { builtInTimeline } from '$lib/server/built-in-timeline';

export const prerender = true;

export function GET() {
	return json(builtInTimeline());
}
