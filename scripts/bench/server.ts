/**
 * A tiny static file server for the bench: serves a private copy of build/ plus the synthetic documents from one
 * origin, so `?src=` needs no CORS and another helper rebuilding build/ mid-run cannot change what is measured.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json'
};

/** The file a URL path names under `root`: itself, its index.html, or `<path>.html` as adapter-static writes them. */
function resolveFile(root: string, urlPath: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
	for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

/** Serves `root` on 127.0.0.1:`port` (or any free port when that one is taken); resolves once listening. */
export async function serveStatic(root: string, port: number): Promise<{ server: Server; origin: string }> {
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const file = resolveFile(root, url.pathname);
		if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
			response
				.writeHead(file ? 405 : 404, { 'content-type': 'text/plain' })
				.end(file ? 'Method not allowed' : 'Not found');
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			'cache-control': 'no-cache'
		});
		if (request.method === 'HEAD') response.end();
		else createReadStream(file).pipe(response);
	});
	const listen = (at: number) =>
		new Promise<number>((resolve, reject) => {
			server.once('error', reject);
			server.listen(at, '127.0.0.1', () => {
				server.off('error', reject);
				const address = server.address();
				resolve(typeof address === 'object' && address ? address.port : at);
			});
		});
	let bound: number;
	try {
		bound = await listen(port);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
		bound = await listen(0);
	}
	return { server, origin: `http://127.0.0.1:${bound}` };
}
