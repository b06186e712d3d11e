/**
 * Reading the development corpus (see ../shared/corpora/news-dev/README.md) into texts the extractor can run on,
 * with the gold annotations placed on those texts: MEANTIME's time expressions (annotated on tokens) and the
 * SemEval-2015 timelines (annotated on TimeML sentences).
 */
import { SaxesParser } from 'saxes';
import { readTimeML } from '../timeml';
import { rejoinTokens } from './tokens';

export interface GoldTimex {
	index: number;
	end: number;
	type: string;
	value: string;
}

export interface TimexArticle {
	name: string;
	text: string;
	published: string;
	gold: GoldTimex[];
	/**
	 * Where the annotated part of the text ends: MEANTIME annotates only an article's first sentences, so found
	 * expressions after this offset are neither right nor wrong.
	 */
	annotatedEnd: number;
}

/** A MEANTIME CAT XML file: its tokens rejoined into text, one line per sentence, and its TIMEX3s on that text. */
export function readMeantime(name: string, xml: string): TimexArticle {
	const tokens: { id: string; sentence: string; text: string }[] = [];
	const timexes: { type: string; value: string; creation: boolean; anchors: string[] }[] = [];
	const parser = new SaxesParser();
	let token: { id: string; sentence: string; text: string } | undefined;
	let timex: (typeof timexes)[number] | undefined;
	const anchored = new Set<string>();
	parser.on('opentag', (node) => {
		const attributes = node.attributes as Record<string, string>;
		if (node.name === 'token') token = { id: attributes.t_id, sentence: attributes.sentence, text: '' };
		else if (node.name === 'TIMEX3') {
			timex = {
				type: attributes.type,
				value: attributes.value,
				creation: attributes.functionInDocument === 'CREATION_TIME',
				anchors: []
			};
			timexes.push(timex);
		} else if (node.name === 'token_anchor') {
			anchored.add(attributes.t_id);
			timex?.anchors.push(attributes.t_id);
		}
	});
	parser.on('text', (chunk) => {
		if (token) token.text += chunk;
	});
	parser.on('closetag', (node) => {
		if (node.name === 'token' && token) {
			tokens.push(token);
			token = undefined;
		} else if (node.name === 'TIMEX3') timex = undefined;
	});
	parser.write(xml).close();
	const sentences: string[][] = [];
	let last: string | undefined;
	for (const item of tokens) {
		if (item.sentence !== last) sentences.push([]);
		sentences[sentences.length - 1].push(item.text);
		last = item.sentence;
	}
	const { text, spans } = rejoinTokens(sentences);
	const place = new Map(tokens.map((item, i) => [item.id, spans[i]]));
	const published = timexes.find((item) => item.creation)?.value ?? '';
	const gold = timexes
		.filter((item) => item.anchors.length)
		.map((item) => {
			const placed = item.anchors.map((id) => place.get(id)!);
			return {
				index: Math.min(...placed.map((span) => span.index)),
				end: Math.max(...placed.map((span) => span.end)),
				type: item.type,
				value: item.value
			};
		})
		.sort((a, b) => a.index - b.index);
	const lastSentence = Math.max(...tokens.filter((item) => anchored.has(item.id)).map((item) => Number(item.sentence)));
	const lastToken = tokens.findLastIndex((item) => Number(item.sentence) <= lastSentence);
	return { name, text, published, gold, annotatedEnd: spans[lastToken].end };
}

export interface TimelineArticle {
	docId: string;
	text: string;
	published: string;
	/** Each TimeML sentence by its `id`, as offsets into `text`. */
	sentences: Map<string, { index: number; end: number }>;
}

/** A TimeML file of `timeml/`: its sentences rejoined into text, one per line, with where each lands. */
export function readTimelineArticle(docId: string, xml: string): TimelineArticle {
	const parsed = readTimeML(xml);
	if ('error' in parsed) throw new Error(`${docId}: ${parsed.error}`);
	const sentenceElements = parsed.elements.filter((element) => element.name === 's');
	const tokenised = sentenceElements.map((element) =>
		parsed.text.slice(element.index, element.end).split(/\s+/).filter(Boolean)
	);
	const { text, spans } = rejoinTokens(tokenised);
	const sentences = new Map<string, { index: number; end: number }>();
	let next = 0;
	sentenceElements.forEach((element, i) => {
		const count = tokenised[i].length;
		if (count) sentences.set(element.attributes.id, { index: spans[next].index, end: spans[next + count - 1].end });
		next += count;
	});
	return { docId, text, published: parsed.published ?? '', sentences };
}

export interface TimelineEntry {
	date: string;
	docId: string;
	sentence: string;
}

/** Every event mention of a SemEval-2015 timeline file (`rank<TAB>date<TAB>doc-sentence-token...`). */
export function readTimeline(content: string): TimelineEntry[] {
	return content
		.split('\n')
		.slice(1)
		.flatMap((line) => {
			const [, date, ...mentions] = line.split('\t');
			if (!date) return [];
			return mentions.map((mention) => {
				const [docId, sentence] = mention.split('-');
				return { date, docId, sentence };
			});
		});
}
