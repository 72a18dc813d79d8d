import type { DataTabKey } from '../../../shared/schema/tabs';
import { tabDef } from '../../../shared/schema/tabs';
import { useSidebar } from '../sidebarStore';

export interface ImportColumnStepProps {
  tab: DataTabKey;
  mapping: { header: string; column: string | null; chosen?: boolean }[];
  /** False for a Google Contacts export, which is read by its own layout. */
  choosable: boolean;
  onChoose(index: number, column: string | null): void;
}

/** The person columns a partner list may carry, which become a contact of the partner. */
const PERSON_COLUMNS = ['name', 'role', 'line_id'];

/** Step 1: each header of the file and the register column it fills, guessed and changeable (or ignored). */
export function ImportColumnStep({ tab, mapping, choosable, onChoose }: ImportColumnStepProps) {
  const { language, t } = useSidebar();
  const lang = language.value;
  const columns = tabDef(tab).columns;
  const contactLabel = tabDef('contacts').label[lang];
  const persons =
    tab === 'partners'
      ? tabDef('contacts').columns.filter((column) => PERSON_COLUMNS.includes(column.key))
      : [];
  return (
    <div data-testid="import-columns">
      <h3>{t('importStepColumns')}</h3>
      {mapping.map((pair, index) => {
        const id = `import-column-${index}`;
        return (
          <div class="field mapping-row" key={`${index}-${pair.header}`}>
            <label for={id}>{pair.header || t('importLine', { line: index + 1 })}</label>
            <select
              id={id}
              data-testid={id}
              disabled={!choosable}
              value={pair.column ?? ''}
              onChange={(event) => onChoose(index, event.currentTarget.value || null)}
            >
              <option value="">{t('importIgnored')}</option>
              {columns.map((column) => (
                <option key={column.key} value={column.key}>
                  {column.label[lang]}
                </option>
              ))}
              {persons.map((column) => (
                <option key={column.key} value={`contacts.${column.key}`}>
                  {contactLabel}: {column.label[lang]}
                </option>
              ))}
              {!choosable && pair.column && !columns.some((column) => column.key === pair.column) && (
                <option value={pair.column}>{pair.column}</option>
              )}
            </select>
          </div>
        );
      })}
    </div>
  );
}
