import type { ValueQuestion } from '../../../shared/csv/importPlanTypes';
import { ENUMS, type EnumValue } from '../../../shared/schema/enums';
import type { DataTabKey } from '../../../shared/schema/tabs';
import { tabDef } from '../../../shared/schema/tabs';
import { useSidebar } from '../sidebarStore';

export interface ImportValueStepProps {
  tab: DataTabKey;
  questions: ValueQuestion[];
  /** The key a text means; null leaves the cell empty; undefined refuses its lines. */
  onChoose(column: string, text: string, key: string | null): void;
}

/** What the select holds for "refuse these lines" (no allowed key is empty or starts with a dash). */
const REFUSE = '-refuse';

/** Step 2: each choice text that is no allowed value, with the nearest one proposed and changeable. */
export function ImportValueStep({ tab, questions, onChoose }: ImportValueStepProps) {
  const { language, t } = useSidebar();
  const lang = language.value;
  if (questions.length === 0) return null;
  return (
    <div data-testid="import-values">
      <h3>{t('importStepValues')}</h3>
      {questions.map((question, index) => {
        const column = tabDef(tab).columns.find((def) => def.key === question.column);
        const values: readonly EnumValue[] = column?.enum ? ENUMS[column.enum] : [];
        const id = `import-value-${index}`;
        const selected = question.chosen === undefined ? REFUSE : (question.chosen ?? '');
        return (
          <div class="field" key={`${question.column}|${question.text}`}>
            <label for={id}>
              {column?.label[lang] ?? question.column} —{' '}
              {t('importFromText', { text: question.text, count: question.count })}
            </label>
            <select
              id={id}
              data-testid={id}
              value={selected}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (value !== REFUSE) onChoose(question.column, question.text, value || null);
              }}
            >
              {question.chosen === undefined && <option value={REFUSE}>{t('importValueRefuse')}</option>}
              {values.map((value) => (
                <option key={value.key} value={value.key}>
                  {value[lang]}
                </option>
              ))}
              <option value="">{t('importValueEmpty')}</option>
            </select>
          </div>
        );
      })}
    </div>
  );
}
