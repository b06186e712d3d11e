/**
 * The full import of a timeline's text (import.ts), off the main thread: says whether it passes, and if not, why;
 * and the order of its events, which the page (having drawn the document built without the check,
 * unchecked-import.ts, in the file's order) compares with its own.
 */
import { checkImport, type CheckedImport, type ImportCheckRequest } from './check-import';

self.onmessage = (event: MessageEvent<ImportCheckRequest>) => {
	const { text, fileName } = event.data;
	let checked: CheckedImport;
	try {
		checked = checkImport(text, fileName);
	} catch (error) {
		checked = { ok: false, error: `${fileName} could not be checked (${(error as Error).message}).` };
	}
	self.postMessage(checked);
};
