import { dateText, dateTimeText } from '../i18n/dateText';
import type { Language } from '../i18n/language';
import { displayFigure } from '../metrics/figureFormats';
import type { ColumnDef } from '../schema/columns';

/**
 * A register cell's text as a person reads it in the local view: dates day month year
 * (`15 มิ.ย. 2568`, `15 Jun 2025`), times in Thailand's time, numbers rounded and grouped,
 * money in baht. Choice labels and phones are already written the way people read them; other
 * text, and anything that is not what its column expects, is shown as it is.
 */
export function cellDisplay(column: Pick<ColumnDef, 'type'>, text: string, language: Language): string {
  if (text.trim() === '') return text;
  switch (column.type) {
    case 'date':
      return dateText(text.trim(), language);
    case 'datetime':
      return dateTimeText(text.trim(), language);
    case 'integer':
    case 'number':
    case 'money': {
      const value = Number(text);
      if (!Number.isFinite(value)) return text;
      if (column.type === 'money') return displayFigure(value, 'money', language);
      return displayFigure(value, Number.isInteger(value) ? 'count' : 'ratio', language);
    }
    default:
      return text;
  }
}
