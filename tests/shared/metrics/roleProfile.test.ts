import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute';
import { normaliseRow } from '../../../shared/normalise/row';
import { emptyCounters, emptyTables, type Register, type Row } from '../../../shared/register/register';
import { enumKeyOf, enumLabel } from '../../../shared/schema/enumLookup';
import { ENUMS } from '../../../shared/schema/enums';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';

function registerWith(activities: Row[]): Register {
  const tables = emptyTables();
  tables.activities = activities;
  return { language: 'th', tables, counters: emptyCounters(), settings: DEFAULT_SETTINGS };
}

const settings = { ...DEFAULT_SETTINGS, as_of: '2026-06-30' };

describe('the administrator roles', () => {
  it('are the six roles of the research, each with a Thai and an English label', () => {
    expect(ENUMS.admin_role.map((role) => role.key)).toEqual([
      'initiator',
      'coordinator',
      'facilitator',
      'change_leader',
      'participation_promoter',
      'evaluator_learner',
    ]);
    expect(enumLabel('admin_role', 'change_leader', 'th')).toBe('ผู้นำการเปลี่ยนแปลงและผู้สร้างแรงบันดาลใจ');
    expect(enumLabel('admin_role', 'evaluator_learner', 'en')).toBe('Evaluator and continuous learner');
  });

  it('read a cell of several roles written as keys, labels of either language or short names', () => {
    expect(enumKeyOf('admin_role', 'ผู้ริเริ่ม, Coordinator')).toBe('initiator,coordinator');
    expect(enumKeyOf('admin_role', 'facilitator; ผู้ติดตามประเมินผลและผู้เรียนรู้อย่างต่อเนื่อง')).toBe(
      'facilitator,evaluator_learner',
    );
    expect(enumKeyOf('admin_role', 'ผู้ประสานงาน, ผู้ประสานงาน')).toBe('coordinator');
    expect(enumKeyOf('admin_role', 'ผู้ริเริ่ม, นักร้อง')).toBeUndefined();
  });

  it('show a list of keys as the labels of the sheet’s language, joined by a comma and a space', () => {
    expect(enumLabel('admin_role', 'initiator,coordinator', 'en')).toBe(
      'Initiator and strategic direction setter, Coordinator and relationship builder',
    );
  });

  it('are normalised in an activity row, and an unknown role refuses the cell with the allowed labels', () => {
    const { row, problems } = normaliseRow('activities', {
      date: '15/06/2569',
      title: 'ประชุมวางแผน',
      admin_roles: 'ผู้ส่งเสริมการมีส่วนร่วม\nInitiator',
    });
    expect(problems).toEqual([]);
    expect(row.admin_roles).toBe('participation_promoter,initiator');
    const bad = normaliseRow('activities', { date: '2026-06-15', title: 'x', admin_roles: 'ผู้จัดการทีม' });
    expect(bad.problems.map((problem) => problem.column)).toEqual(['admin_roles']);
    expect(bad.problems[0].reason.message.th).toContain('ผู้ริเริ่มและผู้กำหนดทิศทางเชิงกลยุทธ์');
  });
});

describe('the role profile', () => {
  it('counts activities per role in the last 12 months, once per activity, and names the roles not played', () => {
    const { network } = computeMetrics(
      registerWith([
        { id: 'A-0001', date: '2026-06-30', admin_roles: 'initiator,coordinator' },
        { id: 'A-0002', date: '2025-07-01', admin_roles: 'coordinator,coordinator' },
        // 365 days before the as-of date is outside the window, as for strategies.
        { id: 'A-0003', date: '2025-06-30', admin_roles: 'facilitator' },
        // After the as-of date: not counted yet.
        { id: 'A-0004', date: '2026-07-01', admin_roles: 'change_leader' },
        { id: 'A-0005', date: '2026-01-10', admin_roles: null },
        { id: 'A-0006', date: null, admin_roles: 'evaluator_learner' },
      ]),
      settings,
    );
    expect(network.role_activities).toEqual({
      initiator: 1,
      coordinator: 2,
      facilitator: 0,
      change_leader: 0,
      participation_promoter: 0,
      evaluator_learner: 0,
    });
    expect(network.roles_exercised).toBe(2);
    expect(network.role_gaps).toEqual([
      'facilitator',
      'change_leader',
      'participation_promoter',
      'evaluator_learner',
    ]);
  });

  it('is empty, with all six roles as gaps, for a register without activities', () => {
    const { network } = computeMetrics(registerWith([]), settings);
    expect(network.roles_exercised).toBe(0);
    expect(network.role_gaps).toHaveLength(6);
  });
});

describe('the role labels the formulas match inside a list cell', () => {
  it('never contain one another, a comma or a wildcard, in either language', () => {
    for (const language of ['th', 'en'] as const) {
      const labels = ENUMS.admin_role.map((role) => role[language]);
      for (const label of labels) {
        expect(label).not.toMatch(/[,*?~]/);
        expect(labels.filter((other) => other !== label && other.includes(label))).toEqual([]);
      }
    }
  });
});
