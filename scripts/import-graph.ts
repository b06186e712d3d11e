/**
 * The import graph of src/ (.ts and .svelte, type imports included) and the two rules it must keep: no import
 * cycle, and no arrow back upstream (timeline-data → model → dates, text → data → formats, search, timeline →
 * state → components → routes). Read by `import-graph.spec.ts`, so `npm run test:unit` fails on a break.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;
const SUFFIXES = ['', '.ts', '.svelte.ts', '.js', '/index.ts'];

/** Every .ts and .svelte file under `dir` (relative to `root`), posix paths. */
function sourceFiles(root: string, dir: string, out: string[] = []): string[] {
	for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
		const path = posix.join(dir, entry.name);
		if (entry.isDirectory()) sourceFiles(root, path, out);
		else if (/\.(ts|svelte)$/.test(entry.name)) out.push(path);
	}
	return out;
}

/** File → the files of src/ it imports (relative and `$lib/` specifiers; packages and `$app/` left out). */
export function importGraph(root: string, dir = 'src'): Map<string, string[]> {
	const isFile = (path: string) => existsSync(join(root, path)) && statSync(join(root, path)).isFile();
	const graph = new Map<string, string[]>();
	for (const file of sourceFiles(root, dir)) {
		const targets = new Set<string>();
		for (const [, , specifier] of readFileSync(join(root, file), 'utf8').matchAll(SPECIFIER)) {
			const path = specifier.split('?')[0];
			let base: string;
			if (path.startsWith('$lib/')) base = 'src/lib/' + path.slice('$lib/'.length);
			else if (path.startsWith('.')) base = posix.normalize(posix.join(posix.dirname(file), path));
			else continue;
			const found = SUFFIXES.map((suffix) => base + suffix).find(isFile);
			if (found) targets.add(found);
		}
		graph.set(file, [...targets]);
	}
	return graph;
}

/** The import cycles of `graph`, each as the files of one strongly connected component (Tarjan). */
export function importCycles(graph: Map<string, string[]>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	const visit = (file: string) => {
		index.set(file, counter);
		low.set(file, counter++);
		stack.push(file);
		onStack.add(file);
		for (const next of graph.get(file) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(file, Math.min(low.get(file)!, low.get(next)!));
			} else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
		}
		if (low.get(file) === index.get(file)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== file);
			const selfLoop = graph.get(file)?.includes(file);
			if (component.length > 1 || selfLoop) cycles.push(component.sort());
		}
	};
	for (const file of graph.keys()) if (!index.has(file)) visit(file);
	return cycles;
}

/**
 * The folders of src/lib a folder must not import from: what lies downstream of it. A spec may reach further
 * (a test of the date model may build a document), so specs are not held to these rules.
 */
export const UPSTREAM_RULES: Record<string, string[]> = {
	'src/lib/model': ['src/'],
	'src/lib/dates': ['src/lib/data', 'src/lib/state', 'src/lib/components', 'src/routes', 'src/lib/formats'],
	'src/lib/text': ['src/lib/data', 'src/lib/state', 'src/lib/components', 'src/routes', 'src/lib/dates'],
	'src/lib/data': ['src/lib/state', 'src/lib/components', 'src/routes', 'src/lib/formats', 'src/lib/search'],
	'src/lib/formats': ['src/lib/state', 'src/lib/components', 'src/routes'],
	'src/lib/search': ['src/lib/state', 'src/lib/components', 'src/routes'],
	'src/lib/timeline': ['src/lib/state', 'src/lib/components', 'src/routes', 'src/lib/data'],
	'src/lib/extract': ['src/lib/state', 'src/lib/components', 'src/routes'],
	'src/lib/state': ['src/lib/components', 'src/routes'],
	'src/lib/store': ['src/lib/components', 'src/routes'],
	'src/lib/components': ['src/routes']
};

/** Imports that run against `UPSTREAM_RULES`, as "importer → imported". */
export function upstreamImports(graph: Map<string, string[]>): string[] {
	const broken: string[] = [];
	for (const [file, targets] of graph) {
		if (file.endsWith('.spec.ts')) continue;
		for (const [folder, forbidden] of Object.entries(UPSTREAM_RULES)) {
			if (!file.startsWith(folder + '/')) continue;
			for (const target of targets) {
				const inside = target.startsWith(folder + '/');
				if (!inside && forbidden.some((prefix) => target.startsWith(prefix))) broken.push(`${file} → ${target}`);
			}
		}
	}
	return broken;
}
