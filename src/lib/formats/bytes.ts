/**
 * Sizes in bytes as a reader reads them: a file's size in a message, and how much of a download has arrived.
 */
import type { DownloadProgress } from './fetch-timeline';

/** "20 MB", "25.3 MB", "512 KB", "900 bytes". */
export function formatBytes(bytes: number): string {
	const trim = (n: number) => n.toFixed(1).replace(/\.0$/, '');
	if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
	if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}

/** "2.1 MB of 6.5 MB", or "2.1 MB" when the whole size is not known. */
export function progressText({ received, total }: DownloadProgress): string {
	return total === null ? formatBytes(received) : `${formatBytes(received)} of ${formatBytes(total)}`;
}
