import type { DuplicateWarning } from '../../core/contract';
import { type MessageKey, SIDEBAR_MESSAGES } from '../messages';
import { useSidebar } from '../sidebarStore';

export interface DuplicateNoticeProps {
  warning: DuplicateWarning;
}

/** "Already in the register as “name” — matched by domain", shown before saving. */
export function DuplicateNotice({ warning }: DuplicateNoticeProps) {
  const { t } = useSidebar();
  const byKey = `matchedBy_${warning.by}` as MessageKey;
  const by = Object.hasOwn(SIDEBAR_MESSAGES, byKey) ? t(byKey) : warning.by;
  return (
    <div class="notice notice-warn" role="status" data-testid="duplicate-warning">
      <strong>{t('duplicateTitle')}</strong>
      <p>{t('duplicateBody', { name: warning.name, by })}</p>
    </div>
  );
}
