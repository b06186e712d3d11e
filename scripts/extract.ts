/**
 * `npm run extract -- [options] <article>...`: see scripts/extract-cli.ts and `npm run extract -- --help`.
 * Progress and the summary go to stderr so stdout stays JSON or TimeML.
 */
import { runExtract } from './extract-cli';
import { TIMELINE_DATA_DIR } from './read-timeline-data';

process.exitCode = runExtract(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	dataDir: TIMELINE_DATA_DIR
});
