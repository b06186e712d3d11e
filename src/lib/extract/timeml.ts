/**
 * TimeML in: the text of a TimeML document's `TEXT` element with its inline tags dropped and their text kept, the
 * publication date from its `DCT`, and where each inline element (`s`, `EVENT`, `TIMEX3`...) stands in that text.
 * saxes parses the XML (it runs in a browser too) and says where a malformed document goes wrong.
 */
import { SaxesParser } from 'saxes';

/** An element inside `TEXT`, by its offsets into the extracted text (end exclusive). */
export interface TimeMLElement {
	name: string;
	attributes: Record<string, string>;
	index: number;
	end: number;
}

export interface TimeMLDocument {
	/** The text of `TEXT`, every character as written (entities decoded). */
	text: string;
	/** The `DCT` date as YYYY-MM-DD, or null when the document has none. */
	published: string | null;
	elements: TimeMLElement[];
}

/** The document, or what is wrong with it and where (line and column, both from 1). */
export function readTimeML(xml: string): TimeMLDocument | { error: string } {
	const parser = new SaxesParser({ position: true });
	const open: { name: string; attributes: Record<string, string>; index: number }[] = [];
	const elements: TimeMLElement[] = [];
	let text = '';
	let inText = false;
	let inDct = false;
	let textSeen = false;
	let published: string | null = null;
	let dctValue: string | undefined;
	let error: string | undefined;
	parser.on('error', (problem) => {
		error ??= problem.message;
	});
	parser.on('opentag', (node) => {
		const attributes = node.attributes as Record<string, string>;
		if (node.name === 'TEXT') {
			inText = true;
			textSeen = true;
		} else if (node.name === 'DCT') inDct = true;
		else if (inDct && node.name === 'TIMEX3') dctValue = attributes.value;
		else if (inText) open.push({ name: node.name, attributes, index: text.length });
	});
	const addText = (chunk: string) => {
		if (inText) text += chunk;
	};
	parser.on('text', addText);
	parser.on('cdata', addText);
	parser.on('closetag', (node) => {
		if (node.name === 'TEXT') inText = false;
		else if (node.name === 'DCT') inDct = false;
		else if (inText) {
			const element = open.pop();
			if (element) elements.push({ ...element, end: text.length });
		}
	});
	try {
		parser.write(xml).close();
	} catch (thrown) {
		error ??= (thrown as Error).message;
	}
	if (error) return { error: `malformed XML at ${error}` };
	if (!textSeen) return { error: 'no <TEXT> element: a TimeML document keeps its article in <TEXT>…</TEXT>' };
	if (dctValue !== undefined) {
		const date = /^\d{4}-\d{2}-\d{2}/.exec(dctValue)?.[0];
		if (!date) return { error: `the <DCT> TIMEX3 value "${dctValue}" is not a date (YYYY-MM-DD)` };
		published = date;
	}
	elements.sort((a, b) => a.index - b.index || b.end - a.end);
	return { text, published, elements };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeXml(text).replace(/"/g, '&quot;');

/** A time expression to mark, by its offsets into the text. */
export interface TimeMLTimex {
	index: number;
	end: number;
	type: string;
	value: string;
}

/**
 * TimeML out: the text, every character kept (escaped only as XML requires), with each time expression marked
 * `<TIMEX3 tid type value>` (overlapping ones after the first are left out) and the publication date as the DCT.
 */
export function writeTimeML(tagged: {
	docId: string;
	text: string;
	published: string | null;
	timexes: readonly TimeMLTimex[];
}): string {
	const { text, published } = tagged;
	let body = '';
	let at = 0;
	let tid = 0;
	for (const timex of [...tagged.timexes].sort((a, b) => a.index - b.index)) {
		if (timex.index < at || timex.end <= timex.index) continue;
		body += escapeXml(text.slice(at, timex.index));
		body += `<TIMEX3 tid="t${++tid}" type="${escapeAttribute(timex.type)}" value="${escapeAttribute(timex.value)}">`;
		body += `${escapeXml(text.slice(timex.index, timex.end))}</TIMEX3>`;
		at = timex.end;
	}
	body += escapeXml(text.slice(at));
	const dct = published
		? `<DCT><TIMEX3 tid="t0" type="DATE" value="${published}" temporalFunction="false" functionInDocument="CREATION_TIME">${published}</TIMEX3></DCT>\n`
		: '';
	return `<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n<DOCID>${escapeXml(tagged.docId)}</DOCID>\n${dct}<TEXT>${body}</TEXT>\n</TimeML>\n`;
}
