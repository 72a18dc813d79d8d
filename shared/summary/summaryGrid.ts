import type { Language } from '../i18n/language';
import { computeMetrics, type MetricsResult } from '../metrics/compute';
import { NETWORK_METRICS, networkMetric } from '../metrics/definitions';
import { displayFigure, type FigureKind } from '../metrics/figureFormats';
import type { SheetLayout } from '../metrics/layout';
import { listLabel, RELATIONSHIP_STATES } from '../metrics/listsArea';
import type { Grid, GridCell } from '../metrics/settingsArea';
import type { Register } from '../register/register';
import { ENUMS } from '../schema/enums';
import { columnLetter } from '../table/columnLetter';
import { sheetText } from '../table/sheetText';
import { formulaRefs, NETWORK_FORMULAS } from './networkFormulas';
import { isolatedText, mostConnectedText } from './partnerLists';
import { summaryCellKind } from './summaryKinds';
import { SUMMARY_TEXT } from './summaryText';

/** Where each figure sits: metric key (tables: `table.row[.column]`) → A1 address on the Summary. */
export type SummaryCells = Record<string, string>;

/** A figure's place on the Summary and what kind of figure it is. */
export interface FigureCell {
  row: number;
  column: number;
  kind: FigureKind;
}

/** The Summary sheet's content and where each figure landed. */
export interface SummarySheet {
  grid: Grid;
  cells: SummaryCells;
  /** Every figure's cell (1-based) and what it is, for its number format. */
  kinds: FigureCell[];
  /** Rows (1-based) where each table starts (its title row), for charts. */
  tables: Record<string, { row: number; rows: number; columns: number }>;
}

interface Deferred {
  key?: string;
  make: () => GridCell;
}
type Slot = GridCell | Deferred;

const isDeferred = (slot: Slot): slot is Deferred => typeof slot === 'object' && slot !== null;

/**
 * The Summary sheet: headline figures with their one-line explanation, then the network
 * tables. Figures are live formulas over the register, except the whole-graph ones (links,
 * density, most connected, isolated), written as values stamped with their as-of date.
 */
export function summarySheet(
  register: Register,
  layout: SheetLayout,
  asOf: string,
  metrics?: MetricsResult,
): SummarySheet {
  const language: Language = layout.language;
  const result = metrics ?? computeMetrics(register, { ...register.settings, as_of: asOf });
  const net = result.network;
  const text = SUMMARY_TEXT;
  const rows: Slot[][] = [];
  const positions = new Map<string, { row: number; column: number }>();
  const tables: SummarySheet['tables'] = {};
  const cell = (key: string) => {
    const at = positions.get(key);
    if (!at) throw new Error(`summary has no cell ${key}`);
    return `$${columnLetter(at.column)}$${at.row}`;
  };
  const f = formulaRefs(layout, cell);
  const formula = (key: string, make: () => string): Deferred => ({ key, make });
  const value = (key: string, v: GridCell): Deferred => ({ key, make: () => v });
  const span = (keys: string[]) => `${cell(keys[0])}:${cell(keys[keys.length - 1])}`;

  rows.push([
    text.title[language],
    formula('as_of', () => `=${f.asOf}`),
    text.stamped[language].replace('{date}', displayFigure(asOf, 'date', language)),
  ]);
  rows.push([text.figure[language], text.value[language], text.explanation[language]]);

  const sectorKeys = [...ENUMS.sector.map((s) => `by_sector.${s.key}`), 'by_sector.'];
  const strategyKeys = ENUMS.strategy.map((s) => `strategy_activities.${s.key}`);
  const roleKeys = ENUMS.admin_role.map((r) => `role_activities.${r.key}`);
  const levelKeys = (part: string) =>
    ENUMS.indicator_level.map((l) => `indicators_by_level.${l.key}.${part}`);
  const headline: Record<string, () => Deferred> = {
    partners_total: () => formula('partners_total', () => NETWORK_FORMULAS.partners_total(f)),
    partners_live: () => formula('partners_live', () => NETWORK_FORMULAS.partners_live(f)),
    sector_diversity: () =>
      formula('sector_diversity', () => NETWORK_FORMULAS.sector_diversity(f, span(sectorKeys))),
    resources_total_value: () =>
      formula('resources_total_value', () => NETWORK_FORMULAS.resources_total_value(f)),
    resource_dependency: () => formula('resource_dependency', () => NETWORK_FORMULAS.resource_dependency(f)),
    strategies_covered: () =>
      formula('strategies_covered', () => NETWORK_FORMULAS.strategies_covered(f, span(strategyKeys))),
    roles_exercised: () =>
      formula('roles_exercised', () => NETWORK_FORMULAS.roles_exercised(f, span(roleKeys))),
    contacted_share: () => formula('contacted_share', () => NETWORK_FORMULAS.contacted_share(f)),
    stale_share: () => formula('stale_share', () => NETWORK_FORMULAS.stale_share(f)),
    agreements_active: () => formula('agreements_active', () => NETWORK_FORMULAS.agreements_active(f)),
    agreements_expiring: () => formula('agreements_expiring', () => NETWORK_FORMULAS.agreements_expiring(f)),
    indicator_achievement: () =>
      formula('indicator_achievement', () =>
        NETWORK_FORMULAS.indicator_achievement(
          f,
          levelKeys('measured').map(cell).join(','),
          levelKeys('met').map(cell).join(','),
        ),
      ),
    only_outputs_measured: () =>
      formula('only_outputs_measured', () => NETWORK_FORMULAS.only_outputs_measured(f)),
    open_pdsa: () => formula('open_pdsa', () => NETWORK_FORMULAS.open_pdsa(f)),
    last_reflection: () => formula('last_reflection', () => NETWORK_FORMULAS.last_reflection(f)),
    last_reflection_lesson: () =>
      formula('last_reflection_lesson', () => NETWORK_FORMULAS.last_reflection_lesson(f)),
    co_links: () => value('co_links', net.co_links),
    network_density: () => value('network_density', net.network_density),
    most_connected: () => value('most_connected', sheetText(mostConnectedText(net))),
    isolated: () => value('isolated', sheetText(isolatedText(net))),
  };
  for (const metric of NETWORK_METRICS) {
    const label = metric.stamped ? `${metric.label[language]} *` : metric.label[language];
    const slot = headline[metric.key]();
    const explanation =
      metric.key === 'only_outputs_measured'
        ? formula(
            'only_outputs_warning',
            () => `=IF(${cell('only_outputs_measured')},${JSON.stringify(metric.explanation[language])},"")`,
          )
        : metric.explanation[language];
    rows.push([label, slot, explanation]);
  }

  const table = (key: string, header: GridCell[], body: Slot[][]) => {
    rows.push([]);
    const definition = networkMetric(key);
    tables[key] = { row: rows.length + 1, rows: body.length + 2, columns: header.length };
    rows.push([definition.label[language], null, definition.explanation[language]]);
    rows.push(header);
    rows.push(...body);
  };
  const blank = text.blank[language];

  table(
    'by_status',
    [text.status[language], text.partners[language]],
    [
      ...ENUMS.partner_status.map((s) => [
        s[language],
        formula(`by_status.${s.key}`, () => NETWORK_FORMULAS.status(f, s.key)),
      ]),
      [
        blank,
        formula('by_status.', () => {
          const known = ENUMS.partner_status.map((s) => cell(`by_status.${s.key}`));
          return `=${cell('partners_total')}-SUM(${known[0]}:${known[known.length - 1]})`;
        }),
      ],
    ],
  );
  const types = ENUMS.network_type;
  table(
    'by_sector_type',
    [text.sector[language], ...types.map((t) => t[language]), text.total[language]],
    [
      ...ENUMS.sector.map((s) => [
        s[language],
        ...types.map((t) =>
          formula(`by_sector_type.${s.key}.${t.key}`, () => NETWORK_FORMULAS.sectorType(f, s.key, t.key)),
        ),
        formula(`by_sector.${s.key}`, () => NETWORK_FORMULAS.sector(f, s.key)),
      ]),
      [
        blank,
        ...types.map(() => null),
        formula('by_sector.', () => `=${cell('partners_live')}-SUM(${span(sectorKeys.slice(0, -1))})`),
      ],
    ],
  );
  table(
    'strategy_activities',
    [text.strategy[language], text.activities12[language], text.gap[language]],
    ENUMS.strategy.map((s) => [
      s[language],
      formula(`strategy_activities.${s.key}`, () => NETWORK_FORMULAS.strategy(f, s.key)),
      formula(
        `strategy_gap.${s.key}`,
        () => `=IF(${cell(`strategy_activities.${s.key}`)}=0,${JSON.stringify(text.gapFlag[language])},"")`,
      ),
    ]),
  );
  table(
    'role_activities',
    [text.role[language], text.activities12[language], text.gap[language]],
    ENUMS.admin_role.map((r) => [
      r[language],
      formula(`role_activities.${r.key}`, () => NETWORK_FORMULAS.role(f, r.key)),
      formula(
        `role_gap.${r.key}`,
        () => `=IF(${cell(`role_activities.${r.key}`)}=0,${JSON.stringify(text.roleGapFlag[language])},"")`,
      ),
    ]),
  );
  table(
    'participation_ladder',
    [text.depth[language], text.partners[language]],
    [0, 1, 2, 3, 4, 5].map((depth) => [
      depth,
      formula(`participation_ladder.${depth}`, () => NETWORK_FORMULAS.ladder(f, depth)),
    ]),
  );
  table(
    'relationship_states',
    [text.relationship[language], text.partners[language]],
    RELATIONSHIP_STATES.map((s) => [
      listLabel('relationship_state', s.key, language),
      formula(`relationship_states.${s.key}`, () => NETWORK_FORMULAS.state(f, s.key)),
    ]),
  );
  table(
    'indicators_by_level',
    [
      text.level[language],
      text.indicators[language],
      text.measured[language],
      text.met[language],
      text.achievement[language],
    ],
    ENUMS.indicator_level.map((l) => [
      l[language],
      formula(`indicators_by_level.${l.key}.indicators`, () => NETWORK_FORMULAS.levelIndicators(f, l.key)),
      formula(`indicators_by_level.${l.key}.measured`, () => NETWORK_FORMULAS.levelMeasured(f, l.key)),
      formula(`indicators_by_level.${l.key}.met`, () => NETWORK_FORMULAS.levelMet(f, l.key)),
      formula(`indicators_by_level.${l.key}.achievement`, () => NETWORK_FORMULAS.levelAchievement(f, l.key)),
    ]),
  );

  rows.forEach((row, r) => {
    row.forEach((slot, c) => {
      if (isDeferred(slot) && slot.key) positions.set(slot.key, { row: r + 1, column: c + 1 });
    });
  });
  const grid: Grid = rows.map((row) => row.map((slot) => (isDeferred(slot) ? slot.make() : slot)));
  const cells: SummaryCells = {};
  for (const key of positions.keys()) cells[key] = cell(key).replace(/\$/g, '');
  const kinds = [...positions].map(([key, at]) => ({ ...at, kind: summaryCellKind(key) }));
  return { grid, cells, kinds, tables };
}
