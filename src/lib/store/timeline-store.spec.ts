import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/timeline';
import { MIGRATIONS, TIMELINES } from './migrations';
import { newPersonalTimeline, toDocument, type PersonalTimeline } from './personal-timeline';
import { StoreError } from './storage-errors';
import { TimelineStore } from './timeline-store';

const TEXT = 'Acme opened a plant in March 2010. It closed in 2012.';

function withArticle(title = 'Plants'): PersonalTimeline {
	const timeline = newPersonalTimeline(title);
	timeline.articles.push({
		id: 'acme',
		file: 'acme.txt',
		title: 'Acme plants',
		outlet: null,
		author: null,
		published: '2013-01-02',
		url: null,
		cites: [],
		text: TEXT
	});
	return timeline;
}

function event(id: string, quote: string, start: string): TimelineEvent {
	return {
		id,
		title: `Event ${id}`,
		summary: quote,
		date: { start, end: start, precision: start.length === 4 ? 'year' : 'month', approximate: false, text: start },
		excerpts: [{ source: 'acme', quote }],
		people: [],
		tags: ['events'],
		attribution: { by: 'Acme plants', status: 'established' }
	};
}

let counter = 0;
const opened: TimelineStore[] = [];
async function openStore(name = `test-${++counter}`) {
	const store = await TimelineStore.open({ name, channelName: null });
	opened.push(store);
	return { store, name };
}
afterEach(() => opened.splice(0).forEach((store) => store.close()));

describe('TimelineStore', () => {
	it('creates, lists, opens, renames, duplicates and deletes', async () => {
		const { store } = await openStore();
		const first = await store.create(withArticle('First'));
		const second = await store.create(withArticle('Second'));
		await store.rename(first.id, '  Renamed  ');
		expect((await store.list()).map((t) => t.title)).toEqual(['Renamed', 'Second']);
		const copy = await store.duplicate(second.id, 'Second (copy)');
		expect(copy.id).not.toBe(second.id);
		expect((await store.get(copy.id))?.articles).toEqual(second.articles);
		expect(await store.findArticle(`  ${TEXT.replace(' ', '\n')}`)).toEqual({
			timelineId: first.id,
			timelineTitle: 'Renamed',
			articleId: 'acme'
		});
		expect(await store.findArticle('Another article.')).toBeNull();
		await store.delete(second.id);
		expect(await store.get(second.id)).toBeUndefined();
		expect((await store.list()).map((t) => t.title)).toEqual(['Second (copy)', 'Renamed']);
	});

	it('applies each change to what is stored now, so two writers keep both edits', async () => {
		const { store, name } = await openStore();
		const { store: otherTab } = await openStore(name);
		const saved = await store.create(withArticle());
		await Promise.all([
			store.update(
				saved.id,
				(t) => void t.events.push(event('opened', 'Acme opened a plant in March 2010.', '2010-03'))
			),
			otherTab.update(saved.id, (t) => void t.events.push(event('closed', 'It closed in 2012.', '2012')))
		]);
		const stored = await store.get(saved.id);
		expect(stored?.events.map((e) => e.id).sort()).toEqual(['closed', 'opened']);
		expect(stored?.revision).toBe(2);
	});

	it('leaves the stored timeline intact when a change fails its check', async () => {
		const { store } = await openStore();
		const saved = await store.create(withArticle());
		await store.update(
			saved.id,
			(t) => void t.events.push(event('opened', 'Acme opened a plant in March 2010.', '2010-03'))
		);
		const before = await store.get(saved.id);
		const failed = store.update(saved.id, (t) => {
			t.events.push(event('invented', 'Words the article never wrote.', '2011'));
		});
		await expect(failed).rejects.toThrow(StoreError);
		await expect(failed).rejects.toThrow(/not found|verbatim|does not appear|quote/i);
		expect(await store.get(saved.id)).toEqual(before);
	});

	it('leaves the stored timeline intact when the browser refuses the write', async () => {
		const { store } = await openStore();
		const saved = await store.create(withArticle());
		const before = await store.get(saved.id);
		// A function cannot be stored: the put fails inside the transaction, as a full disk would.
		const failed = store.update(saved.id, (t) => ({ ...t, unstorable: () => 1 }) as PersonalTimeline);
		await expect(failed).rejects.toThrow(/cannot be stored.*unchanged/);
		expect(await store.get(saved.id)).toEqual(before);
	});

	it('says so when the timeline was deleted in the meantime', async () => {
		const { store } = await openStore();
		const saved = await store.create(withArticle());
		await store.delete(saved.id);
		await expect(store.update(saved.id, () => {})).rejects.toThrow(/no longer saved/);
	});

	it('refuses an invalid new timeline without saving it', async () => {
		const { store } = await openStore();
		const timeline = withArticle('  ');
		await expect(store.create(timeline)).rejects.toThrow(/needs a title/);
		expect(await store.list()).toEqual([]);
	});

	it('builds a document whose sources are the cited articles only', () => {
		const timeline = withArticle();
		expect(toDocument(timeline).sources).toEqual([]);
		timeline.events.push(event('closed', 'It closed in 2012.', '2012'));
		expect(toDocument(timeline).sources.map((s) => s.id)).toEqual(['acme']);
	});
});

describe('migrations', () => {
	it('upgrades a version 1 database, keeping its timelines', async () => {
		const name = `migrate-${++counter}`;
		const v1 = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore(TIMELINES, { keyPath: 'id' }) });
		const old = withArticle('Old');
		const v1Record: Partial<PersonalTimeline> = { ...old };
		delete v1Record.rejections;
		await v1.put(TIMELINES, v1Record);
		v1.close();

		const { store } = await openStore(name);
		expect((await store.get(old.id))?.rejections).toEqual([]);
		expect((await store.list()).map((t) => t.title)).toEqual(['Old']);
	});

	it('runs every migration for a new database', async () => {
		const { name } = await openStore();
		opened.pop()?.close();
		const db = await openDB(name);
		expect(db.version).toBe(MIGRATIONS.length);
		expect([...db.transaction(TIMELINES).store.indexNames]).toEqual(['updated']);
		db.close();
	});

	it('reports a second tab that holds an older version open, and opens once it lets go', async () => {
		const name = `blocked-${++counter}`;
		const old = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore(TIMELINES, { keyPath: 'id' }) });
		const problems: string[] = [];
		const opening = TimelineStore.open({
			name,
			channelName: null,
			onProblem: (message) => {
				problems.push(message);
				old.close();
			}
		});
		const store = await opening;
		opened.push(store);
		expect(problems).toEqual([expect.stringMatching(/another tab.*older version/)]);
	});
});
