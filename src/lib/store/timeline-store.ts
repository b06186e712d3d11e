/**
 * Personal timelines in the browser's IndexedDB (through `idb`). Every change is a function applied to the stored
 * record inside one read-write transaction: it always starts from what is saved now, including another tab's
 * edits, and it is checked as an opened file would be before it is written. A change that fails its check, or a
 * write the browser refuses, aborts the transaction, so the stored timeline stays as it was. After each write the
 * store says so on a BroadcastChannel, so other tabs on the same timeline read it again.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DATABASE_NAME, MIGRATIONS, TIMELINES, migrate, type Migration } from './migrations';
import type { TimelineDocument } from '../model/timeline';
import { checkTimelineDocument } from '../formats/check';
import { duplicateOf, sameText, toDocument, type PersonalTimeline } from './personal-timeline';
import { BLOCKED, NEWER_ELSEWHERE, NO_STORAGE, StoreError, describeStorageError } from './storage-errors';

export interface TimelineSummary {
	id: string;
	title: string;
	updated: string;
	events: number;
	articles: number;
}

export interface StoreOptions {
	name?: string;
	migrations?: readonly Migration[];
	/** Told when another tab holds an older version open (this one waits), or asks for a newer one (this one closes). */
	onProblem?: (message: string) => void;
	/** The channel other tabs hear about changes on; null for none. */
	channelName?: string | null;
}

/** A change saved by any tab: which timeline, at which revision (null once deleted). */
export interface StoreChange {
	id: string;
	revision: number | null;
}

export const CHANGES_CHANNEL = 'sourceline-timelines';

/**
 * The timeline's document checked as any opened file is, or the reason it is not sound. Here beside the saving
 * rather than in personal-timeline.ts, so that the checker loads with the store and not on the first page.
 */
export function checkPersonalTimeline(
	timeline: PersonalTimeline
): { ok: true; document: TimelineDocument } | { ok: false; error: string } {
	if (!timeline.title.trim()) return { ok: false, error: 'A timeline needs a title.' };
	return checkTimelineDocument(toDocument(timeline), `"${timeline.title}"`);
}

export class TimelineStore {
	readonly #channel: BroadcastChannel | null;

	private constructor(
		private readonly db: IDBPDatabase,
		channelName: string | null
	) {
		this.#channel = channelName && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(channelName) : null;
	}

	/** Opens (creating or upgrading) the database; throws StoreError with a message when the browser refuses. */
	static async open(options: StoreOptions = {}): Promise<TimelineStore> {
		const { name = DATABASE_NAME, migrations = MIGRATIONS, onProblem = () => {} } = options;
		if (typeof indexedDB === 'undefined') throw new StoreError(NO_STORAGE);
		let db: IDBPDatabase;
		try {
			db = await openDB(name, migrations.length, {
				// A migration that fails aborts the upgrade, which leaves the database at its old version.
				upgrade: (database, oldVersion, newVersion, tx) =>
					void migrate(database, tx, oldVersion, newVersion ?? migrations.length, migrations).catch(() => tx.abort()),
				blocked: () => onProblem(BLOCKED),
				blocking: () => {
					db.close();
					onProblem(NEWER_ELSEWHERE);
				}
			});
		} catch (error) {
			throw new StoreError(describeStorageError(error, 'open your saved timelines'));
		}
		return new TimelineStore(db, options.channelName === undefined ? CHANGES_CHANNEL : options.channelName);
	}

	close(): void {
		this.#channel?.close();
		this.db.close();
	}

	/** Listens for changes saved by other tabs; returns a function that stops listening. */
	onChange(listener: (change: StoreChange) => void): () => void {
		const channel = this.#channel;
		if (!channel) return () => {};
		const handle = (event: MessageEvent<StoreChange>) => listener(event.data);
		channel.addEventListener('message', handle);
		return () => channel.removeEventListener('message', handle);
	}

	/** The saved timelines, last changed first. */
	async list(): Promise<TimelineSummary[]> {
		const all = await this.#run('list your timelines', () => this.db.getAllFromIndex(TIMELINES, 'updated'));
		return (all as PersonalTimeline[]).reverse().map((timeline) => ({
			id: timeline.id,
			title: timeline.title,
			updated: timeline.updated,
			events: timeline.events.length,
			articles: timeline.articles.length
		}));
	}

	/** The saved timeline that already holds an article with this text (spacing aside), if any. */
	async findArticle(text: string): Promise<{ timelineId: string; timelineTitle: string; articleId: string } | null> {
		const all = (await this.#run('look through your timelines', () => this.db.getAll(TIMELINES))) as PersonalTimeline[];
		for (const timeline of all) {
			const article = timeline.articles.find((candidate) => sameText(candidate.text, text));
			if (article) return { timelineId: timeline.id, timelineTitle: timeline.title, articleId: article.id };
		}
		return null;
	}

	async get(id: string): Promise<PersonalTimeline | undefined> {
		return this.#run('open the timeline', () => this.db.get(TIMELINES, id));
	}

	/** Saves a new timeline (checked first); refuses an id already taken. */
	async create(timeline: PersonalTimeline): Promise<PersonalTimeline> {
		const checked = checkPersonalTimeline(timeline);
		if (!checked.ok) throw new StoreError(`Could not save the timeline: ${checked.error}`);
		await this.#run('save the new timeline', () => this.db.add(TIMELINES, timeline));
		this.#announce({ id: timeline.id, revision: timeline.revision });
		return timeline;
	}

	/**
	 * Applies `change` to the timeline as stored now and saves the result, one revision on. `change` gets a copy
	 * it may modify; it runs inside the transaction, so it must not wait on anything. Throws StoreError (nothing
	 * written) when the timeline is gone, the change throws, its result fails the check or the write fails.
	 */
	async update(
		id: string,
		change: (timeline: PersonalTimeline) => PersonalTimeline | void,
		action = 'save the change'
	): Promise<PersonalTimeline> {
		const saved = await this.#run(action, async () => {
			const tx = this.db.transaction(TIMELINES, 'readwrite');
			const current = (await tx.store.get(id)) as PersonalTimeline | undefined;
			let next: PersonalTimeline;
			try {
				if (!current) throw new StoreError(`Could not ${action}: this timeline is no longer saved in this browser.`);
				const draft = structuredClone(current);
				next = change(draft) ?? draft;
				const checked = checkPersonalTimeline(next);
				if (!checked.ok) throw new StoreError(`Could not ${action}: ${checked.error} Nothing was saved.`);
				next = { ...next, events: checked.document.events, revision: current.revision + 1 };
				next.updated = new Date(Math.max(Date.now(), Date.parse(current.updated) + 1)).toISOString();
			} catch (error) {
				tx.abort();
				await tx.done.catch(() => undefined);
				throw error;
			}
			await Promise.all([tx.store.put(next), tx.done]);
			return next;
		});
		this.#announce({ id, revision: saved.revision });
		return saved;
	}

	rename(id: string, title: string): Promise<PersonalTimeline> {
		return this.update(
			id,
			(timeline) => {
				timeline.title = title.trim();
			},
			'rename the timeline'
		);
	}

	/** A copy of a saved timeline under `title`. */
	async duplicate(id: string, title: string): Promise<PersonalTimeline> {
		const timeline = await this.get(id);
		if (!timeline) throw new StoreError('Could not duplicate the timeline: it is no longer saved in this browser.');
		return this.create(duplicateOf(timeline, title));
	}

	async delete(id: string): Promise<void> {
		await this.#run('delete the timeline', () => this.db.delete(TIMELINES, id));
		this.#announce({ id, revision: null });
	}

	async #run<T>(action: string, work: () => Promise<T>): Promise<T> {
		try {
			return await work();
		} catch (error) {
			throw new StoreError(describeStorageError(error, action));
		}
	}

	#announce(change: StoreChange): void {
		this.#channel?.postMessage(change);
	}
}
