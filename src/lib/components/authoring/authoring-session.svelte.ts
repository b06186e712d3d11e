/**
 * The personal timeline being built, as view state: the record as last saved, the actions that can be undone and
 * the last storage problem in words. Every action goes through the store as a patch on the freshest stored copy;
 * a change another tab saves arrives on the store's channel and replaces the record here.
 */
import type { Source, TimelineDocument } from '../../model/timeline';
import { slugify } from '../../formats/slug';
import { newPersonalTimeline, sameText, toDocument, type PersonalTimeline } from '../../store/personal-timeline';
import { applyPatch, type Patch } from '../../store/review';
import { describeStorageError } from '../../store/storage-errors';
import type { TimelineStore } from '../../store/timeline-store';

/** What the form gives: the text and what the person knows of the article; unknown is null. */
export interface ArticleInput {
	text: string;
	title: string | null;
	outlet: string | null;
	author: string | null;
	published: string | null;
	url: string | null;
}

/** Where an article added again already is. */
export type ExistingArticle =
	| { where: 'this'; articleId: string; title: string }
	| { where: 'saved'; timelineId: string; timelineTitle: string; articleId: string }
	| { where: 'built-in'; title: string };

const MAX_UNDO = 20;

export class AuthoringSession {
	timeline: PersonalTimeline | null = $state.raw(null);
	undoStack: { label: string; patch: Patch }[] = $state.raw([]);
	/** The last action that failed, in words (shown with role="alert"); null when the last one worked. */
	problem: string | null = $state(null);
	busy = $state(false);
	#store: Promise<TimelineStore> | null = null;
	#stopListening: (() => void) | null = null;

	constructor(
		/** Told when the timeline on show changes (another tab saved, or an action here). */
		private readonly onChanged: (changed: TimelineDocument, timeline: PersonalTimeline) => void,
		private readonly onStorageProblem: (message: string) => void
	) {}

	/** The store, opened on first use (its code too), listening for other tabs' changes. */
	store(): Promise<TimelineStore> {
		this.#store ??= import('../../store/timeline-store').then(async ({ TimelineStore }) => {
			const store = await TimelineStore.open({ onProblem: this.onStorageProblem });
			this.#stopListening = store.onChange((change) => void this.#heard(change.id, change.revision));
			return store;
		});
		this.#store.catch(() => (this.#store = null));
		return this.#store;
	}

	async #heard(id: string, revision: number | null) {
		const current = this.timeline;
		if (!current || current.id !== id) return;
		if (revision === null) {
			this.problem =
				'This timeline was deleted in another tab. Export it from there next time, or add an article to start again.';
			return;
		}
		if (revision <= current.revision) return;
		const fresh = await (await this.store()).get(id);
		if (fresh && fresh.revision > (this.timeline?.revision ?? -1)) this.#show(fresh);
	}

	#show(timeline: PersonalTimeline) {
		this.timeline = timeline;
		this.onChanged(toDocument(timeline), timeline);
	}

	/** Runs a storage action, turning a failure into `problem`; returns undefined when it failed. */
	async attempt<T>(action: string, work: (store: TimelineStore) => Promise<T>): Promise<T | undefined> {
		this.busy = true;
		try {
			const result = await work(await this.store());
			this.problem = null;
			return result;
		} catch (error) {
			this.problem = describeStorageError(error, action);
			return undefined;
		} finally {
			this.busy = false;
		}
	}

	/** Opens a saved timeline; false (with `problem` set) when it is not saved here. */
	async open(id: string): Promise<boolean> {
		const found = await this.attempt('open the timeline', (store) => store.get(id));
		if (!found) {
			this.problem ??=
				'That timeline is not saved in this browser (it may have been deleted, or saved in another browser).';
			return false;
		}
		this.undoStack = [];
		this.#show(found);
		return true;
	}

	/** Where this article already is, if it was added before: here, in another saved timeline, or built in. */
	async findExisting(text: string, builtIn: TimelineDocument): Promise<ExistingArticle | null> {
		const here = this.timeline?.articles.find((article) => sameText(article.text, text));
		if (here) return { where: 'this', articleId: here.id, title: here.title ?? here.id };
		const inBuiltIn = !this.timeline && builtIn.sources.find((source) => sameText(source.text, text));
		if (inBuiltIn) return { where: 'built-in', title: inBuiltIn.title ?? inBuiltIn.id };
		const saved = await this.attempt('look through your timelines', (store) => store.findArticle(text));
		return saved ? { where: 'saved', ...saved } : null;
	}

	/** Adds an article to the timeline on show, or starts a new personal timeline with it; the article's id. */
	async addArticle(input: ArticleInput): Promise<string | undefined> {
		const existing = this.timeline;
		const ids = existing?.articles.map((article) => article.id) ?? [];
		const base = slugify(input.title ?? '', 40) || 'article';
		let id = base;
		for (let n = 2; ids.includes(id); n++) id = `${base}-${n}`;
		const article: Source = { id, file: `${id}.txt`, cites: [], ...input };
		if (!existing) {
			const created = await this.attempt('save the article', (store) =>
				store.create({ ...newPersonalTimeline(input.title ?? 'New timeline'), articles: [article] })
			);
			if (!created) return undefined;
			this.undoStack = [];
			this.#show(created);
			return id;
		}
		const saved = await this.attempt('save the article', (store) =>
			store.update(existing.id, (timeline) => {
				if (timeline.articles.some((other) => other.id === id)) throw new Error('try again');
				timeline.articles.push(article);
			})
		);
		if (!saved) return undefined;
		this.#show(saved);
		return id;
	}

	/** Applies a review action (built from the stored timeline), remembering how to undo it. */
	async act(label: string, build: (timeline: PersonalTimeline) => Patch): Promise<boolean> {
		const current = this.timeline;
		if (!current) return false;
		let inverse: Patch | null = null;
		const saved = await this.attempt(label.toLowerCase(), (store) =>
			store.update(current.id, (timeline) => void (inverse = applyPatch(timeline, build(timeline))))
		);
		if (!saved || !inverse) return false;
		this.undoStack = [...this.undoStack, { label, patch: inverse }].slice(-MAX_UNDO);
		this.#show(saved);
		return true;
	}

	async undo(): Promise<void> {
		const current = this.timeline;
		const last = this.undoStack.at(-1);
		if (!current || !last) return;
		const saved = await this.attempt(`undo "${last.label}"`, (store) =>
			store.update(current.id, (timeline) => void applyPatch(timeline, last.patch))
		);
		if (!saved) return;
		this.undoStack = this.undoStack.slice(0, -1);
		this.#show(saved);
	}

	/** Saves a copy of a personal timeline, or else of the timeline shown, as a new personal timeline. */
	async duplicate(personal: PersonalTimeline | null, shown: TimelineDocument): Promise<PersonalTimeline | undefined> {
		return this.attempt('duplicate the timeline', (store) =>
			personal
				? store.duplicate(personal.id, `${personal.title} (copy)`)
				: store.create(newPersonalTimeline(`${shown.title} (copy)`, shown))
		);
	}

	/** Leaves the personal timeline (the built-in one is shown again by the caller). */
	leave(): void {
		this.timeline = null;
		this.undoStack = [];
	}

	dispose(): void {
		this.#stopListening?.();
	}
}
