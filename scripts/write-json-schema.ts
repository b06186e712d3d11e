/** Writes timeline-data/schema.json from the valibot schemas; `npm run data:check` fails when it is stale. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timelineJsonSchemaText } from '../src/lib/data/json-schema';
import { TIMELINE_DATA_DIR } from './read-timeline-data';

const path = join(TIMELINE_DATA_DIR, 'schema.json');
mkdirSync(TIMELINE_DATA_DIR, { recursive: true });
writeFileSync(path, timelineJsonSchemaText());
console.log(`wrote ${path}`);
