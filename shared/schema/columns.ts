import type { Bilingual } from '../i18n/language';
import type { EnumName } from './enums';

/** What a column holds; decides how a cell is normalised, validated and formatted. */
export type ColumnType =
  | 'id'
  | 'text'
  | 'longtext'
  | 'date'
  | 'datetime'
  | 'integer'
  | 'number'
  | 'money'
  | 'enum'
  | 'email'
  | 'phone'
  | 'url'
  | 'line_id'
  | 'partner_ref'
  | 'partner_refs'
  | 'activity_ref';

/** One column of a register tab. Found by key, label (th/en) or alias; never by position. */
export interface ColumnDef {
  key: string;
  type: ColumnType;
  /** For `enum` columns: which enum. */
  enum?: EnumName;
  label: Bilingual;
  /** The header note that explains the column to a person. */
  note: Bilingual;
  /** Other headers a person or another program uses for this column. */
  aliases?: readonly string[];
  required?: boolean;
  /** The cell may hold several values separated by commas (emails, phones, partner ids). */
  multiple?: boolean;
}

export function column(
  key: string,
  type: ColumnType,
  en: string,
  th: string,
  note: [en: string, th: string],
  extra: Partial<Pick<ColumnDef, 'enum' | 'aliases' | 'required' | 'multiple'>> = {},
): ColumnDef {
  return { key, type, label: { en, th }, note: { en: note[0], th: note[1] }, ...extra };
}
