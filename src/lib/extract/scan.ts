/**
 * The date expressions of a whole text, sentence by sentence, each read against the time the text is at: what
 * both the candidates and the TimeML output are made from.
 */
import { publicationAnchor, scanDateExpressions, type DateAnchor, type DateMatch } from './grammar/expressions';
import { datedMentions, findReferent, type DatedMention } from './grammar/mentions';
import { splitSentences, type Sentence } from '../text/sentences';

export interface ScanOptions {
	/** The year for a month without one before any dated sentence (e.g. the publication year). */
	referenceYear?: number;
	/** The article's publication date (YYYY-MM-DD), which its relative and year-less dates are read against. */
	published?: string | null;
	/** Called after each sentence with how many are done. */
	onSentence?: (done: number, total: number) => void;
}

export interface ScannedSentence extends Sentence {
	/** Its date expressions; their `index` and `end` are offsets into the sentence. */
	matches: DateMatch[];
}

/**
 * Follows the time a text is at, sentence by sentence. Within a paragraph, a phrase leans on the latest
 * time-setting date before it. A paragraph with no date of its own before the phrase leans on the time of the
 * paragraph before: the first date that paragraph set (it usually sets the scene; later dates in it are often
 * asides such as a career history), else the one before that.
 *
 * News with a publication date is told from that date: a date carries over to the next sentence only, and after a
 * sentence without one the text is back at the publication date.
 */
class TimeTracker {
	private current: DateAnchor | undefined;
	private scene: DateAnchor | undefined;
	private paragraphScene: DateAnchor | undefined;
	private movedLast = false;
	readonly mentions: DatedMention[] = [];

	constructor(private readonly published?: DateAnchor) {
		this.current = published;
	}

	/** The time a sentence starts at; `newParagraph` when a line break stands between it and the sentence before. */
	start(newParagraph: boolean): DateAnchor | undefined {
		if (this.published) {
			if (!this.movedLast) this.current = this.published;
			this.movedLast = false;
			return this.current;
		}
		if (newParagraph) {
			this.scene = this.paragraphScene ?? this.scene;
			this.paragraphScene = undefined;
			this.current = this.scene;
		}
		return this.current;
	}

	/** Reads what a sentence said about time. */
	read(sentence: { text: string; start: number }, matches: DateMatch[], after: DateAnchor | null | undefined): void {
		const first = matches.find((match) => match.setsTime);
		if (first && !this.paragraphScene) this.paragraphScene = { ...first.date, index: sentence.start + first.index };
		if (after !== undefined) this.current = after ?? undefined;
		this.movedLast = Boolean(after);
		this.mentions.push(...datedMentions(sentence.text, sentence.start, matches));
	}
}

/** Every sentence of `text` with the date expressions it holds, in text order. */
export function scanText(text: string, options: ScanOptions = {}): ScannedSentence[] {
	const { referenceYear, onSentence, published } = options;
	const sentences = splitSentences(text);
	const time = new TimeTracker(published ? publicationAnchor(published) : undefined);
	let previousEnd = 0;
	return sentences.map((sentence, done) => {
		const anchor = time.start(text.slice(previousEnd, sentence.start).includes('\n'));
		previousEnd = sentence.end;
		// Per sentence, not per text: chrono is slow on long strings, and the time carries over by hand.
		const { matches, after } = scanDateExpressions(sentence.text, {
			anchor,
			referenceYear,
			published: published ?? undefined,
			offset: sentence.start,
			referent: (event, at) => findReferent(time.mentions, event, at)
		});
		time.read(sentence, matches, after);
		onSentence?.(done + 1, sentences.length);
		return { ...sentence, matches };
	});
}
