import { dateText } from '../../../shared/i18n/dateText';
import type { Bilingual } from '../../../shared/i18n/language';
import { recordName } from '../../../shared/register/recordName';
import { cellText, type Row } from '../../../shared/register/register';

const NO_NAME: Bilingual = { th: 'รายการที่ไม่มีชื่อ', en: 'a record with no name' };

/**
 * How a message names a record for a person, never by its id: `“name”`, and a dated record
 * (an activity) with its date, as each language writes dates.
 */
export function recordLabel(row: Row): Bilingual {
  const name = recordName(row);
  if (name === '') return NO_NAME;
  const date = cellText(row.date ?? null);
  const dated = (language: 'th' | 'en') => (date === '' ? '' : ` (${dateText(date, language)})`);
  return { th: `“${name}”${dated('th')}`, en: `“${name}”${dated('en')}` };
}
