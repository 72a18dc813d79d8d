import type { DuplicateDecision } from '../../../shared/csv/importChoices';
import type { MatchedLine } from '../../../shared/csv/importPlanTypes';
import type { MessageKey } from '../messages';
import { useSidebar } from '../sidebarStore';

export interface ImportDuplicateStepProps {
  matched: MatchedLine[];
  onDecide(line: number, decision: DuplicateDecision): void;
}

const DECISION_LABEL: Record<DuplicateDecision, MessageKey> = {
  update: 'importDecisionUpdate',
  add: 'importDecisionAdd',
  skip: 'importDecisionSkip',
};

/** Step 3: each line already in the register — update it, add anyway or skip; a phone-only match asked. */
export function ImportDuplicateStep({ matched, onDecide }: ImportDuplicateStepProps) {
  const { language, t } = useSidebar();
  if (matched.length === 0) return null;
  return (
    <div data-testid="import-duplicates">
      <h3>{t('importStepDuplicates')}</h3>
      {matched.map((entry) => {
        const id = `import-duplicate-${entry.line}`;
        return (
          <div class={entry.question ? 'field notice notice-warn' : 'field'} key={entry.line}>
            <label for={id}>
              {t('importLine', { line: entry.line })}: {entry.reason.message[language.value]}
            </label>
            {entry.question && <p data-testid={`${id}-question`}>{t('importPhoneQuestion')}</p>}
            <select
              id={id}
              data-testid={id}
              value={entry.decision}
              onChange={(event) => onDecide(entry.line, event.currentTarget.value as DuplicateDecision)}
            >
              {entry.options.map((option) => (
                <option key={option} value={option}>
                  {t(DECISION_LABEL[option])}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
