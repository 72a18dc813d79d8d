import { dateText } from '../../shared/i18n/dateText';
import type { Bilingual } from '../../shared/i18n/language';
import { fillBoth } from '../../shared/i18n/reason';
import { ADMIN_ROLE_GUIDANCE } from '../../shared/metrics/adminRoleGuidance';
import { computeMetrics } from '../../shared/metrics/compute';
import { recordName } from '../../shared/register/recordName';
import type { Register, Row } from '../../shared/register/register';
import { enumLabel } from '../../shared/schema/enumLookup';
import { ENUMS, type EnumKey } from '../../shared/schema/enums';
import type { HomeView } from './contract';

const TEXT = {
  partners: { en: 'Partners', th: 'ภาคีเครือข่าย' },
  partnersWhy: { en: 'not ended', th: 'ไม่รวมที่สิ้นสุดแล้ว' },
  contacted: { en: 'Contacted within {days} days', th: 'ติดต่อภายใน {days} วัน' },
  contactedWhy: { en: 'share of partners, as of {asOf}', th: 'สัดส่วนของภาคี ณ {asOf}' },
  strategies: { en: 'Strategies covered (12 months)', th: 'กลยุทธ์ที่มีกิจกรรม (12 เดือน)' },
  strategiesWhy: { en: 'of the {count} network strategies', th: 'จาก {count} กลยุทธ์ของเครือข่าย' },
  roles: { en: 'Administrator roles played (12 months)', th: 'บทบาทผู้บริหารที่ได้แสดง (12 เดือน)' },
  rolesWhy: { en: 'of the {count} roles in a network', th: 'จาก {count} บทบาทในเครือข่าย' },
  roleGaps: {
    en: 'Administrator roles not played in 12 months',
    th: 'บทบาทผู้บริหารที่ยังไม่ได้แสดงใน 12 เดือน',
  },
  agreements: { en: 'Agreements in force', th: 'ข้อตกลงที่มีผลบังคับใช้' },
  agreementsWhy: { en: 'MOU/MOA and commitments', th: 'MOU/MOA และพันธะสัญญา' },
  stale: {
    en: 'Partners not contacted for over {days} days, or never',
    th: 'ภาคีที่ไม่ได้ติดต่อเกิน {days} วัน หรือยังไม่เคยติดต่อ',
  },
  expiring: {
    en: 'Partners whose agreement ends within {days} days',
    th: 'ภาคีที่ข้อตกลงจะหมดอายุภายใน {days} วัน',
  },
  unmet: { en: 'Indicators short of their target', th: 'ตัวชี้วัดที่ยังไม่ถึงเป้าหมาย' },
  gaps: { en: 'Strategies with no activity in 12 months', th: 'กลยุทธ์ที่ไม่มีกิจกรรมใน 12 เดือน' },
  outputsOnly: {
    en: 'Only output indicators are measured: add an outcome or impact',
    th: 'วัดเฉพาะตัวชี้วัดระดับผลผลิต ควรเพิ่มระดับผลลัพธ์หรือผลกระทบ',
  },
} satisfies Record<string, Bilingual>;

/** A count with thousands grouped (1,234). */
function grouped(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}

/** Headline figures and what needs attention, from the metrics module's one definition of each. */
export function homeView(register: Register, isRegister: boolean, today: string): HomeView {
  const language = register.language;
  const { settings } = register;
  const metrics = computeMetrics(register, settings, settings.as_of ?? today);
  const net = metrics.network;
  const live = new Set(
    register.tables.partners.filter((row) => row.status !== 'ended').map((row) => String(row.id ?? '')),
  );
  const partners = metrics.partners.filter((partner) => live.has(partner.id));
  // Both languages, so the sidebar shows the figures in its own language, whatever the register's.
  const t = fillBoth;
  const asOf = { th: dateText(metrics.as_of, 'th'), en: dateText(metrics.as_of, 'en') };
  const unmet = register.tables.indicators.filter((row) => {
    if (typeof row.target !== 'number' || typeof row.actual !== 'number') return false;
    return row.direction === 'lower' ? row.actual > row.target : row.actual < row.target;
  });
  // The sidebar shows names; ids stay for tools and tests.
  const byId = (rows: readonly Row[]) => new Map(rows.map((row) => [String(row.id ?? ''), recordName(row)]));
  const named = (names: Map<string, string>) => (id: string) => {
    const name = names.get(id) || id;
    return { th: name, en: name };
  };
  const partnerName = named(byId(register.tables.partners));
  const indicatorName = named(byId(register.tables.indicators));
  const strategyName = (key: string) => ({
    th: enumLabel('strategy', key, 'th'),
    en: enumLabel('strategy', key, 'en'),
  });
  const stale = partners
    .filter((p) => p.relationship_state === 'stale' || p.relationship_state === 'never')
    .map((p) => p.id);
  const expiring = partners.filter((p) => p.agreement_expiring).map((p) => p.id);
  const unmetIds = unmet.map((row) => String(row.id));
  const attention = [
    {
      key: 'stale',
      text: t(TEXT.stale, { days: settings.stale_days }),
      ids: stale,
      names: stale.map(partnerName),
    },
    {
      key: 'expiring',
      text: t(TEXT.expiring, { days: settings.expiring_days }),
      ids: expiring,
      names: expiring.map(partnerName),
    },
    { key: 'unmet', text: t(TEXT.unmet), ids: unmetIds, names: unmetIds.map(indicatorName) },
    {
      key: 'strategy_gaps',
      text: t(TEXT.gaps),
      ids: net.strategy_gaps,
      names: net.strategy_gaps.map(strategyName),
    },
    {
      key: 'role_gaps',
      text: t(TEXT.roleGaps),
      ids: net.role_gaps,
      names: [],
      details: net.role_gaps.map((role) => ({
        label: enumLabel('admin_role', role, language),
        line: ADMIN_ROLE_GUIDANCE[role as EnumKey<'admin_role'>][language],
      })),
    },
    {
      key: 'outputs_only',
      text: t(TEXT.outputsOnly),
      ids: net.only_outputs_measured ? ['indicators'] : [],
      names: [],
    },
  ].filter((item) => item.ids.length > 0);
  const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
  return {
    language,
    isRegister,
    headline: [
      {
        key: 'partners',
        label: t(TEXT.partners),
        value: grouped(net.partners_live),
        explanation: t(TEXT.partnersWhy),
      },
      {
        key: 'contacted_share',
        label: t(TEXT.contacted, { days: settings.fresh_days }),
        value: percent(net.contacted_share),
        explanation: t(TEXT.contactedWhy, { asOf }),
      },
      {
        key: 'strategies_covered',
        label: t(TEXT.strategies),
        value: `${net.strategies_covered}/${ENUMS.strategy.length}`,
        explanation: t(TEXT.strategiesWhy, { count: ENUMS.strategy.length }),
      },
      {
        key: 'roles_exercised',
        label: t(TEXT.roles),
        value: `${net.roles_exercised}/${ENUMS.admin_role.length}`,
        explanation: t(TEXT.rolesWhy, { count: ENUMS.admin_role.length }),
      },
      {
        key: 'agreements_active',
        label: t(TEXT.agreements),
        value: grouped(net.agreements_active),
        explanation: t(TEXT.agreementsWhy),
      },
    ],
    attention,
  };
}
