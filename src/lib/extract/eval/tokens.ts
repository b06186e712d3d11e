/**
 * Rejoining tokenised text ("Apple 's OS X , launched") as an article would print it ("Apple's OS X, launched"),
 * keeping where each token lands so gold annotations on tokens can be placed on the text.
 */

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|'|''|…)$/i;
const NO_SPACE_AFTER = /^(?:[([{$£€]|``)$/;

export interface Rejoined {
	text: string;
	/** Offsets of each token in `text`, in the order given (end exclusive). */
	spans: { index: number; end: number }[];
}

/** Sentences of tokens joined into text: tokens by the spacing print uses, sentences by line breaks. */
export function rejoinTokens(sentences: readonly (readonly string[])[]): Rejoined {
	let text = '';
	const spans: { index: number; end: number }[] = [];
	sentences.forEach((tokens, s) => {
		if (s > 0) text += '\n';
		let previous = '';
		let quoteOpen = false;
		tokens.forEach((token, i) => {
			const quote = token === '"';
			const glue =
				i === 0 || NO_SPACE_BEFORE.test(token) || NO_SPACE_AFTER.test(previous) || (quote && quoteOpen)
					? ''
					: previous === '"' && quoteOpen
						? ''
						: ' ';
			if (quote) quoteOpen = !quoteOpen;
			text += glue;
			spans.push({ index: text.length, end: text.length + token.length });
			text += token;
			previous = token;
		});
	});
	return { text, spans };
}
