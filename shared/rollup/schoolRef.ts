import { reason } from '../i18n/reason';
import { fail, ok, type Result } from '../result';
import { ROLLUP_MESSAGES } from './messages';

// Google Drive file ids are 25+ characters of letters, digits, `-` and `_`.
const SPREADSHEET_ID = /^[A-Za-z0-9_-]{25,}$/;
const SPREADSHEET_URL = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{25,})/;

/** How long a refused reference is quoted back. */
const QUOTED_REF_LIMIT = 60;

/**
 * The stable key of a register a district row points at: a Google Sheets id for a link or an
 * id, otherwise the text itself (a local folder or .xlsx path, which the local host resolves).
 */
export function registerKey(text: string, options: { allowPaths: boolean }): Result<string> {
  const trimmed = text.trim();
  if (trimmed === '') return fail(reason('school.ref_missing', ROLLUP_MESSAGES['school.ref_missing']));
  const fromUrl = SPREADSHEET_URL.exec(trimmed);
  if (fromUrl) return ok(fromUrl[1]);
  if (SPREADSHEET_ID.test(trimmed)) return ok(trimmed);
  if (options.allowPaths) return ok(trimmed);
  const quoted = trimmed.length > QUOTED_REF_LIMIT ? `${trimmed.slice(0, QUOTED_REF_LIMIT - 1)}…` : trimmed;
  return fail(reason('school.ref_invalid', ROLLUP_MESSAGES['school.ref_invalid'], { value: quoted }));
}
