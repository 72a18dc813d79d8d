import { foldLabel } from '../schema/headerText';
import type { GridCell } from '../table/grid';

/** The header of the website column a Google Contacts layout is turned into (not a contact column). */
export const ORGANISATION_WEBSITE_HEADER = 'organisation website';

const NAME_PARTS = ['name prefix', 'first name', 'middle name', 'last name', 'name suffix'];
const EMAIL_VALUE = /^e-mail \d+ - value$/;
const PHONE_VALUE = /^phone \d+ - value$/;
// Google joins several values of one field in a cell with " ::: ".
const GOOGLE_MULTI_VALUE = /\s*:::\s*/;

/** Whether a header row is a Google Contacts export (Google CSV or Outlook-style column names). */
export function isGoogleContactsHeader(header: readonly GridCell[]): boolean {
  const folded = new Set(header.map((cell) => foldLabel(String(cell ?? ''))));
  return folded.has('first name') && folded.has('last name') && folded.has('organization name');
}

/** The contacts header a Google Contacts export is read as; each line is turned by googleContactsLine. */
export const GOOGLE_CONTACTS_HEADER = [
  'name',
  'role',
  'email',
  'phone',
  'notes',
  'partner_id',
  ORGANISATION_WEBSITE_HEADER,
];

/**
 * A Google Contacts export's lines as contacts lines under GOOGLE_CONTACTS_HEADER, one at a
 * time: name from prefix, first, middle and last name, every E-mail n / Phone n value,
 * Organization Name as the partner (a name, resolved later), Organization Title as the role,
 * Notes, and the first website.
 */
export function googleContactsLine(
  headerCells: readonly GridCell[],
): (line: readonly GridCell[]) => GridCell[] {
  const header = headerCells.map((cell) => foldLabel(String(cell ?? '')));
  const at = (name: string) => header.indexOf(name);
  const nameAt = NAME_PARTS.map(at).filter((index) => index >= 0);
  const emailAt = header.flatMap((name, index) => (EMAIL_VALUE.test(name) ? [index] : []));
  const phoneAt = header.flatMap((name, index) => (PHONE_VALUE.test(name) ? [index] : []));
  const [titleAt, notesAt, organisationAt, websiteAt] = [
    'organization title',
    'notes',
    'organization name',
    'website 1 - value',
  ].map(at);
  const text = (line: readonly GridCell[], index: number) =>
    index < 0 ? '' : String(line[index] ?? '').trim();
  const values = (line: readonly GridCell[], indexes: number[]) =>
    indexes.flatMap((index) => text(line, index).split(GOOGLE_MULTI_VALUE)).filter((value) => value !== '');
  return (line) => [
    nameAt
      .map((index) => text(line, index))
      .filter((part) => part !== '')
      .join(' '),
    text(line, titleAt),
    values(line, emailAt).join(','),
    values(line, phoneAt).join(','),
    text(line, notesAt),
    text(line, organisationAt),
    text(line, websiteAt),
  ];
}

/** Which register column each header of a Google Contacts export fills, for the import report. */
export function googleContactsMapping(
  headerCells: readonly GridCell[],
): { header: string; column: string | null }[] {
  return headerCells.map((cell) => {
    const header = String(cell ?? '');
    const folded = foldLabel(header);
    let column: string | null = null;
    if (NAME_PARTS.includes(folded)) column = 'name';
    else if (EMAIL_VALUE.test(folded)) column = 'email';
    else if (PHONE_VALUE.test(folded)) column = 'phone';
    else if (folded === 'organization title') column = 'role';
    else if (folded === 'notes') column = 'notes';
    else if (folded === 'organization name') column = 'partner_id';
    else if (folded === 'website 1 - value') column = 'partners.website';
    return { header, column };
  });
}
