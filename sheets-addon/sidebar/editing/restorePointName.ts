import type { Language } from '../../../shared/i18n/language';
import type { SnapshotInfo } from '../../core/contract';
import { type MessageKey, message } from '../messages';

/** Restore points are named in Thailand's time, wherever the browser runs. */
const REGISTER_TIME_ZONE = 'Asia/Bangkok';

/** When, as a person in Thailand reads it: `29 พ.ย. 2569 21:28` (Buddhist Era) or `29 Nov 2026 21:28`. */
function restorePointTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: REGISTER_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(date);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: REGISTER_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
  return `${day} ${time}`;
}

const ACTIONS = ['import', 'repair', 'setup', 'language', 'edit', 'delete'] as const;

/** A restore point's name in the reader's language: `ก่อนนำเข้า CSV · 29 พ.ย. 2569 21:28`. */
export function restorePointName(point: SnapshotInfo, language: Language): string {
  const known = ACTIONS.find((action) => action === point.action);
  const action = known ? message(language, `action_${known}` as MessageKey) : point.action;
  return message(language, 'restoreName', { action, when: restorePointTime(point.createdAt, language) });
}
