import { type Reason, reason } from '../i18n/reason';
import { CSV_MESSAGES } from './messages';

/**
 * The largest CSV file an import reads: MAX_IMPORT_ROWS (50,000) lines of about 670 bytes each. A larger
 * file is refused by its size before a byte of it is read or decoded (the CLI asks the file
 * system; planImport checks the text it is given), so a 200 MB file costs nothing.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

/** Why a file of this many bytes (or characters) is not imported, or null when it may be. */
export function importSizeRefusal(size: number): Reason | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return reason('csv.too_large', CSV_MESSAGES['csv.too_large'], {
    size: megabytes(size),
    max: megabytes(MAX_IMPORT_BYTES),
  });
}
