import type { Language } from '../../shared/i18n/language';
import { listItems, type Register } from '../../shared/register/register';
import type { HomeView } from './contract';

const DAY_MS = 86_400_000;

function dayNumber(iso: unknown): number | undefined {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined;
  const time = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isNaN(time) ? undefined : time / DAY_MS;
}

const TEXT = {
  partners: { en: 'Partners', th: 'ภาคีเครือข่าย', explain: { en: 'not ended', th: 'ไม่รวมที่สิ้นสุดแล้ว' } },
  activities: {
    en: 'Activities, last 12 months',
    th: 'กิจกรรมใน 12 เดือน',
    explain: { en: 'as of {asOf}', th: 'ณ {asOf}' },
  },
  fresh: {
    en: 'Contacted within {days} days',
    th: 'ติดต่อภายใน {days} วัน',
    explain: { en: 'share of partners', th: 'สัดส่วนของภาคี' },
  },
  stale: { en: 'Partners not contacted for over {days} days', th: 'ภาคีที่ไม่ได้ติดต่อเกิน {days} วัน' },
  expiring: { en: 'Agreements ending within {days} days', th: 'ข้อตกลงที่จะหมดอายุภายใน {days} วัน' },
  unmet: { en: 'Indicators short of their target', th: 'ตัวชี้วัดที่ยังไม่ถึงเป้าหมาย' },
};

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Headline figures and what needs attention, computed from the register as of a date. */
export function homeView(register: Register, isRegister: boolean, today: string): HomeView {
  const language: Language = register.language;
  const { settings, tables } = register;
  const asOf = settings.as_of ?? today;
  const now = dayNumber(asOf) ?? 0;
  const partners = tables.partners.filter((row) => row.status !== 'ended');
  const lastContact = new Map<string, number>();
  let recent = 0;
  for (const activity of tables.activities) {
    const day = dayNumber(activity.date);
    if (day === undefined || day > now) continue;
    if (day > now - 365) recent++;
    for (const id of listItems(activity.partner_ids))
      lastContact.set(id, Math.max(lastContact.get(id) ?? -Infinity, day));
  }
  const days = (id: unknown) => {
    const last = lastContact.get(String(id));
    return last === undefined ? Infinity : now - last;
  };
  const fresh = partners.filter((row) => days(row.id) <= settings.fresh_days).length;
  const stale = partners.filter((row) => days(row.id) > settings.stale_days);
  const expiring = tables.agreements.filter((row) => {
    const end = dayNumber(row.expires);
    return end !== undefined && end >= now && end - now <= settings.expiring_days;
  });
  const unmet = tables.indicators.filter((row) => {
    if (typeof row.target !== 'number' || typeof row.actual !== 'number') return false;
    return row.direction === 'lower' ? row.actual > row.target : row.actual < row.target;
  });
  const t = (text: { en: string; th: string }, params: Record<string, string | number> = {}) =>
    fill(text[language], params);
  const attention = [
    {
      key: 'stale',
      text: t(TEXT.stale, { days: settings.stale_days }),
      ids: stale.map((row) => String(row.id)),
    },
    {
      key: 'expiring',
      text: t(TEXT.expiring, { days: settings.expiring_days }),
      ids: expiring.map((row) => String(row.id)),
    },
    { key: 'unmet', text: t(TEXT.unmet), ids: unmet.map((row) => String(row.id)) },
  ].filter((item) => item.ids.length > 0);
  return {
    language,
    isRegister,
    headline: [
      {
        key: 'partners',
        label: t(TEXT.partners),
        value: String(partners.length),
        explanation: t(TEXT.partners.explain),
      },
      {
        key: 'activities_12m',
        label: t(TEXT.activities),
        value: String(recent),
        explanation: t(TEXT.activities.explain, { asOf }),
      },
      {
        key: 'contacted_recently',
        label: t(TEXT.fresh, { days: settings.fresh_days }),
        value: partners.length ? `${Math.round((100 * fresh) / partners.length)}%` : '–',
        explanation: t(TEXT.fresh.explain),
      },
    ],
    attention,
  };
}
