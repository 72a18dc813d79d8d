import { useSidebar } from '../sidebarStore';

export interface FailureNoticeProps {
  /** Shown above the view it belongs to. */
  testId?: string;
}

/** The last refusal from the server, in the reader's language. */
export function FailureNotice({ testId = 'failure' }: FailureNoticeProps) {
  const { failure, language, t } = useSidebar();
  const reason = failure.value;
  if (!reason) return null;
  return (
    <div class="notice notice-error" role="alert" data-testid={testId}>
      <strong>{t('failed')}</strong>
      <p>{reason.message[language.value]}</p>
      <button type="button" class="link" onClick={() => (failure.value = null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
