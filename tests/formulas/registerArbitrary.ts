import fc from 'fast-check';
import type { Language } from '../../shared/i18n/language';
import { isoOfDay } from '../../shared/metrics/dates';
import { emptyCounters, emptyTables, type Register, type Row } from '../../shared/register/register';
import { ENUMS, type EnumName } from '../../shared/schema/enums';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/settings';

const keys = (name: EnumName) => ENUMS[name].map((value) => value.key);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });
const enumCell = (name: EnumName) => maybe(fc.constantFrom(...keys(name)));
/** Days from 2022-01-01 to 2026-12-31: dates across years around every as-of date. */
const day = fc.integer({ min: 18_993, max: 20_818 });
const date = maybe(day.map(isoOfDay));
const thaiText = fc.constantFrom(
  'โรงเรียนบ้านหนองบัว',
  'อบต.ท่าศาลา',
  'วัดป่า',
  'บริษัท สยาม จำกัด',
  'Foundation',
  'ประชุม PLC',
  '=SUM(1)',
);
const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;

/** Registers with empty tabs, Thai text, busy partners, multi-partner activities, ended partners and gaps. */
export const registerArbitrary: fc.Arbitrary<{ register: Register; asOf: string }> = fc
  .record({
    language: fc.constantFrom<Language>('th', 'en'),
    partnerCount: fc.integer({ min: 0, max: 7 }),
    asOf: day.map(isoOfDay),
    fresh: fc.integer({ min: 1, max: 120 }),
    staleGap: fc.integer({ min: 1, max: 200 }),
    expiring: fc.integer({ min: 1, max: 200 }),
    weights: fc.constantFrom(
      DEFAULT_SETTINGS.weights,
      { recency: 20, frequency: 20, depth: 20, resources: 20, agreement: 20 },
      { recency: 100, frequency: 0, depth: 0, resources: 0, agreement: 0 },
    ),
  })
  .chain((base) => {
    const partnerIds = Array.from({ length: base.partnerCount }, (_, i) => id('P', i + 1));
    // Ids that may appear in lists: every partner, plus one that is not in Partners.
    const listable = [...partnerIds, 'P-0099'];
    const partnerRef = maybe(fc.constantFrom(...listable));
    const partnerList = fc.oneof(
      fc
        .subarray(listable, { minLength: 0, maxLength: Math.min(4, listable.length) })
        .map((ids) => (ids.length === 0 ? null : ids.join(','))),
      // One partner in many activities.
      fc.constant(partnerIds.length > 0 ? partnerIds[0] : null),
    );
    const rows = <T extends Row>(arb: fc.Arbitrary<T>, max: number, prefix: string) =>
      fc
        .array(arb, { maxLength: max })
        .map((list) => list.map((row, i) => ({ ...row, id: id(prefix, i + 1) })));
    return fc.record({
      base: fc.constant(base),
      partners: fc.tuple(
        ...partnerIds.map(() =>
          fc.record({
            name: thaiText,
            sector: enumCell('sector'),
            network_type: enumCell('network_type'),
            status: enumCell('partner_status'),
          }),
        ),
      ),
      activities: rows(
        fc.record({
          date,
          title: thaiText,
          type: enumCell('activity_type'),
          partner_ids: partnerList,
          strategy: enumCell('strategy'),
          participation_stage: enumCell('participation_stage'),
          admin_roles: fc
            .subarray(keys('admin_role'), { maxLength: 3 })
            .map((roles) => (roles.length === 0 ? null : roles.join(','))),
        }),
        14,
        'A',
      ),
      resources: rows(
        fc.record({
          date,
          partner_id: partnerRef,
          type: enumCell('resource_type'),
          value: maybe(fc.integer({ min: 0, max: 50_000 })),
        }),
        5,
        'R',
      ),
      agreements: rows(
        fc.record({
          partner_id: partnerRef,
          title: thaiText,
          kind: enumCell('agreement_kind'),
          expires: date,
          status: enumCell('agreement_status'),
        }),
        4,
        'M',
      ),
      indicators: rows(
        fc.record({
          strategy: enumCell('strategy'),
          name: thaiText,
          level: enumCell('indicator_level'),
          direction: enumCell('indicator_direction'),
          target: maybe(fc.integer({ min: 0, max: 100 })),
          actual: maybe(fc.integer({ min: 0, max: 100 })),
        }),
        5,
        'I',
      ),
      reflections: rows(
        fc.record({ date, phase: enumCell('pdsa_phase'), lesson: maybe(thaiText), due: date }),
        4,
        'L',
      ),
    });
  })
  .map(({ base, partners, ...rest }) => {
    const tables = emptyTables();
    tables.partners = partners.map((row, i) => ({ id: id('P', i + 1), ...row }));
    Object.assign(tables, rest);
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      fresh_days: base.fresh,
      stale_days: base.fresh + base.staleGap,
      expiring_days: base.expiring,
      weights: base.weights,
      language: base.language,
    };
    return {
      register: { language: base.language, tables, counters: emptyCounters(), settings },
      asOf: base.asOf,
    };
  });
