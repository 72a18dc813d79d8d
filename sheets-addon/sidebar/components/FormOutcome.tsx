import type { Reason } from '../../../shared/i18n/reason';
import { useSidebar } from '../sidebarStore';

export interface FormOutcomeProps {
  /** The server's reasons by column; '' holds a reason about the whole record. */
  problems: Record<string, Reason>;
  /** What the last save did, in the reader's language. */
  saved: string | null;
  savedTestId: string;
}

/** Under a record form (adding or editing): what stops the save, or what the last save did. */
export function FormOutcome({ problems, saved, savedTestId }: FormOutcomeProps) {
  const { language, t } = useSidebar();
  const formProblem = problems[''];
  return (
    <>
      {Object.keys(problems).length > 0 && (
        <p class="notice notice-error" role="alert" data-testid="form-problems">
          {formProblem ? formProblem.message[language.value] : t('formProblems')}
        </p>
      )}
      {saved && (
        <p class="notice notice-ok" role="status" data-testid={savedTestId}>
          {saved}
        </p>
      )}
    </>
  );
}
