import { dateTimeText } from '../../shared/i18n/dateText';
import type { Bilingual, Language } from '../../shared/i18n/language';
import type { SnapshotInfo } from '../core/contract';

/** What each kind of restore point was taken before. */
const BEFORE: Record<string, Bilingual> = {
  import: { th: 'ก่อนนำเข้าข้อมูล', en: 'Before an import' },
  repair: { th: 'ก่อนตรวจซ่อม', en: 'Before a repair' },
  setup: { th: 'ก่อนตั้งค่าทะเบียน', en: 'Before setting up' },
  language: { th: 'ก่อนเปลี่ยนภาษา', en: 'Before switching language' },
  edit: { th: 'ก่อนแก้ไขรายการ', en: 'Before an edit' },
  delete: { th: 'ก่อนลบรายการ', en: 'Before a delete' },
};

/** A restore point as a person names it: what it was taken before, and when, in Thai local time. */
export function restorePointName(snapshot: SnapshotInfo, language: Language): string {
  const before = BEFORE[snapshot.action]?.[language] ?? BEFORE.repair[language];
  return `${before} · ${dateTimeText(snapshot.createdAt, language)}`;
}
