import type { Language } from '../../../shared/i18n/language';
import type { RawCell, RawGrid } from '../../../shared/rollup/schoolRegister';
import { enumLabel } from '../../../shared/schema/enumLookup';
import { type EnumName, enumKeys } from '../../../shared/schema/enums';
import { DATA_TABS, type DataTabKey, tabDef } from '../../../shared/schema/tabs';
import { seeded } from '../../support/seededRandom';

/** What a generated school register looks like. */
export interface SyntheticSchool {
  seed: number;
  partners: number;
  activities: number;
  language: Language;
  /** Activities fall in the 400 days before this day. */
  asOf: string;
  /** Dates as Sheets API serial days (as the Apps Script reader gets them) instead of ISO text. */
  serialDates?: boolean;
}

const DAY_MS = 86_400_000;

/** Every few activities list no role, some two, and the last role is rarely played. */
function adminRoles(index: number, language: Language): RawCell {
  if (index % 5 === 4) return null;
  const roles = enumKeys('admin_role');
  const first = roles[index % (roles.length - 1)];
  const keys = index % 7 === 0 ? [first, roles[roles.length - 1]] : [first];
  return keys.map((key) => enumLabel('admin_role', key, language)).join(', ');
}
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A whole register as a spreadsheet holds it: one grid per tab, headers and enum cells in the
 * register's language, contacts with people's names, phones and emails (which a roll-up must
 * never carry).
 */
export function syntheticRegister(school: SyntheticSchool): Record<string, RawGrid> {
  const next = seeded(school.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const asOf = Date.parse(school.asOf);
  const day = (daysBack: number): RawCell => {
    const ms = asOf - daysBack * DAY_MS;
    return school.serialDates ? (ms - SERIAL_EPOCH) / DAY_MS : new Date(ms).toISOString().slice(0, 10);
  };
  const label = (name: EnumName, key: string) => enumLabel(name, key, school.language);
  const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;
  const rows: Partial<Record<DataTabKey, Record<string, RawCell>[]>> = {};

  rows.partners = Array.from({ length: school.partners }, (_, i) => ({
    id: id('P', i + 1),
    name: `หน่วยงานภาคี ${school.seed}-${i + 1}`,
    sector: label('sector', pick(enumKeys('sector'))),
    network_type: label('network_type', pick(enumKeys('network_type'))),
    status: label('partner_status', pick(['active', 'active', 'active', 'prospect', 'dormant', 'ended'])),
    email: `office${i}@partner${school.seed}.go.th`,
    phone: '053-121-456',
    updated_at: day(Math.floor(next() * 300)),
  }));
  rows.contacts = Array.from({ length: Math.min(school.partners, 50) }, (_, i) => ({
    id: id('C', i + 1),
    partner_id: id('P', i + 1),
    name: `นางสาวสมศรี ใจดี ${school.seed}-${i}`,
    email: `somsri${i}@gmail.com`,
    phone: '081 234 5678',
  }));
  rows.activities = Array.from({ length: school.activities }, (_, i) => {
    const partners = new Set<string>();
    const count = 1 + Math.floor(next() * 3);
    for (let k = 0; k < count && school.partners > 0; k++)
      partners.add(id('P', 1 + Math.floor(next() * school.partners)));
    return {
      id: id('A', i + 1),
      date: day(Math.floor(next() * 400)),
      title: `กิจกรรม ${i + 1}`,
      type: label('activity_type', pick(enumKeys('activity_type'))),
      partner_ids: [...partners].join(','),
      strategy: label('strategy', pick(enumKeys('strategy'))),
      participation_stage: label('participation_stage', pick(enumKeys('participation_stage'))),
      // Derived from the row number, not drawn, so older expectations keep their random sequence.
      admin_roles: adminRoles(i, school.language),
      participants: 5 + Math.floor(next() * 100),
    };
  });
  rows.agreements = Array.from({ length: Math.ceil(school.partners / 10) }, (_, i) => ({
    id: id('M', i + 1),
    partner_id: id('P', 1 + Math.floor(next() * Math.max(1, school.partners))),
    title: `MOU ${i + 1}`,
    kind: label('agreement_kind', pick(enumKeys('agreement_kind'))),
    signed: day(300 + Math.floor(next() * 300)),
    expires: day(-Math.floor(next() * 400)),
  }));
  rows.resources = Array.from({ length: Math.ceil(school.activities / 20) }, (_, i) => ({
    id: id('R', i + 1),
    date: day(Math.floor(next() * 365)),
    partner_id: id('P', 1 + Math.floor(next() * Math.max(1, school.partners))),
    type: label('resource_type', pick(enumKeys('resource_type'))),
    value: 1000 * (1 + Math.floor(next() * 100)),
  }));
  rows.indicators = Array.from({ length: 6 }, (_, i) => ({
    id: id('I', i + 1),
    strategy: label('strategy', `S${i + 1}`),
    name: `ตัวชี้วัด ${i + 1}`,
    level: label('indicator_level', pick(enumKeys('indicator_level'))),
    direction: label('indicator_direction', 'higher'),
    target: 10,
    actual: Math.floor(next() * 12),
  }));
  rows.reflections = [];

  const grids: Record<string, RawGrid> = {};
  for (const tab of DATA_TABS) {
    const columns = tabDef(tab.key).columns;
    grids[tab.label[school.language]] = [
      columns.map((column) => column.label[school.language]),
      ...(rows[tab.key] ?? []).map((row) => columns.map((column) => row[column.key] ?? null)),
    ];
  }
  return grids;
}
