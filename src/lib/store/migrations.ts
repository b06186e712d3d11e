/**
 * The shape of the browser's database, version by version. Migration n turns a database of version n - 1 into
 * version n; a browser that last saw version 1 runs 2, 3... in order, inside the one upgrade transaction, so an
 * upgrade that fails leaves the database as it was. Never edit a released migration: add the next one.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

export const DATABASE_NAME = 'sourceline';
export const TIMELINES = 'timelines';

// The database as each migration sees it: older versions' records need not match today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Migration = (db: IDBPDatabase<any>, tx: IDBPTransaction<any, string[], 'versionchange'>) => Promise<void>;

export const MIGRATIONS: readonly Migration[] = [
	// 1: one record per personal timeline, by its local id.
	async (db) => {
		db.createObjectStore(TIMELINES, { keyPath: 'id' });
	},
	// 2: "Your timelines" lists the last changed first; records from version 1 gain an empty list of rejections.
	async (_db, tx) => {
		const store = tx.objectStore(TIMELINES);
		store.createIndex('updated', 'updated');
		for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
			if (!Array.isArray(cursor.value.rejections)) await cursor.update({ ...cursor.value, rejections: [] });
		}
	}
];

/** Runs the migrations from `oldVersion` (exclusive) to `newVersion` (inclusive), in order. */
export async function migrate(
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	db: IDBPDatabase<any>,
	tx: IDBPTransaction<any, string[], 'versionchange'>, // eslint-disable-line @typescript-eslint/no-explicit-any
	oldVersion: number,
	newVersion: number,
	migrations: readonly Migration[] = MIGRATIONS
): Promise<void> {
	for (let version = oldVersion + 1; version <= newVersion; version++) await migrations[version - 1](db, tx);
}
