import type { Capture } from '../../shared/capture/protocol';
import { cellText, type Register } from '../../shared/register/register';

const AT = '2026-11-25T08:00:00.000Z';
const PAGE = 'https://www.maerim.ac.th/contact';

function capture(n: number, kind: Capture['kind'], fields: Capture['fields'], partner_id?: string): Capture {
  return {
    id: `7a1d2c3b-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    kind,
    captured_at: AT,
    source_url: PAGE,
    fields,
    ...(partner_id ? { partner_id } : {}),
  };
}

/**
 * One batch of every kind the extension sends: a new partner, a second capture of it (merged),
 * a contact and an activity naming it by capture id, a note on it and one on a partner already in
 * the register, and a contact with neither email nor LINE, whose only identity is its capture id.
 */
const PARTNER = capture(1, 'partner', { name: 'โรงเรียนแม่ริมวิทยาคม', website: 'https://www.maerim.ac.th' });
export const MIXED_BATCH: Capture[] = [
  PARTNER,
  capture(2, 'partner', { name: 'โรงเรียนแม่ริมวิทยาคม', phone: ['053 297 200'] }),
  capture(3, 'contact', { name: 'ครูสมศรี ใจดี', email: ['somsri@maerim.ac.th'] }, PARTNER.id),
  capture(4, 'contact', { name: 'ภารโรงสมชาย ไม่มีอีเมล' }, 'P-0001'),
  capture(5, 'activity', { title: 'ค่ายวิทยาศาสตร์ 2568', date: '2025-06-15' }, PARTNER.id),
  capture(6, 'activity', { title: 'ประชุมผู้ปกครอง ไม่มีภาคี', date: '2025-07-01' }),
  capture(7, 'note', { notes: 'บันทึกของภาคีใหม่' }, PARTNER.id),
  capture(8, 'note', { notes: 'บันทึกของภาคีเดิม' }, 'P-0001'),
];

/** How many times each capture of MIXED_BATCH is in the register's tables, and how many ids are given twice. */
export function censusOf(tables: Pick<Register['tables'], 'partners' | 'contacts' | 'activities'>) {
  const count = (rows: readonly Record<string, unknown>[], key: string, value: string) =>
    rows.filter((row) => cellText(row[key] as string) === value).length;
  const lines = (text: string) =>
    tables.partners.flatMap((row) => cellText(row.notes).split('\n')).filter((line) => line.includes(text))
      .length;
  const ids = (rows: readonly Record<string, unknown>[]) => rows.map((row) => cellText(row.id as string));
  const duplicateIds = [tables.partners, tables.contacts, tables.activities]
    .map((rows) => ids(rows).length - new Set(ids(rows)).size)
    .reduce((a, b) => a + b, 0);
  return {
    copies: {
      partner: count(tables.partners, 'name', 'โรงเรียนแม่ริมวิทยาคม'),
      contactWithEmail: count(tables.contacts, 'name', 'ครูสมศรี ใจดี'),
      contactWithoutEmail: count(tables.contacts, 'name', 'ภารโรงสมชาย ไม่มีอีเมล'),
      activity: count(tables.activities, 'title', 'ค่ายวิทยาศาสตร์ 2568'),
      activityWithoutPartner: count(tables.activities, 'title', 'ประชุมผู้ปกครอง ไม่มีภาคี'),
      noteOnNewPartner: lines('บันทึกของภาคีใหม่'),
      noteOnExistingPartner: lines('บันทึกของภาคีเดิม'),
    },
    duplicateIds,
  };
}

/** MIXED_BATCH applied exactly once. */
export const ONCE_EACH = {
  partner: 1,
  contactWithEmail: 1,
  contactWithoutEmail: 1,
  activity: 1,
  activityWithoutPartner: 1,
  noteOnNewPartner: 1,
  noteOnExistingPartner: 1,
};
