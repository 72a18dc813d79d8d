import type { Language } from '../i18n/language';
import { cellText, type Register } from '../register/register';
import type { Settings } from '../settings/settings';
import { summaryValue } from '../summary/summaryValues';
import { columnLetter } from '../table/columnLetter';
import type { PartnerMetrics } from './compute';
import { STAGES, YEAR_DAYS } from './compute';
import { serialOf } from './dates';
import { linksSheetName } from './layout';
import { listLabel } from './listsArea';
import { PARTNER_FORMULA_COLUMNS } from './partnerColumns';
import { LINK_COLUMNS, linkPairs } from './partnerFormulas';
import type { RegisterWorkbook } from './registerGrids';
import { type GridCell, type SettingKey, settingRef } from './settingsArea';

/** Sheet name → A1 address → the value its formula shows. */
export type FormulaValues = Map<string, Map<string, GridCell>>;

/**
 * The value every formula cell of a register workbook shows, computed by the metric definitions
 * (`computeMetrics`), never by a formula engine: the cached results of the .xlsx and what the
 * local view shows. Dates are spreadsheet serials, blanks ''. Every formula the workbook holds
 * has a value here; a test holds the two to each other.
 */
export function formulaValues(built: RegisterWorkbook, register: Register): FormulaValues {
  const { layout, metrics } = built;
  const values: FormulaValues = new Map();
  const partners = new Map<string, GridCell>();
  metrics.partners.forEach((partner, index) => {
    for (const column of PARTNER_FORMULA_COLUMNS) {
      const address = `${columnLetter(layout.columns.partners[column.key])}${index + 2}`;
      partners.set(address, partnerFigureCell(column.key, partner, layout.language));
    }
  });
  values.set(layout.sheets.partners, partners);

  const summary = new Map<string, GridCell>();
  for (const [key, address] of Object.entries(built.summary.cells))
    summary.set(address, summaryValue(key, metrics, layout.language));
  values.set(built.sheets[0].name, summary);

  const settings: Settings = { ...register.settings, as_of: metrics.as_of };
  const settingCells = new Map<string, GridCell>();
  const setting = (key: SettingKey, value: GridCell) =>
    settingCells.set(settingRef(layout, key).split('!')[1].replace(/\$/g, ''), value);
  setting('as_of_effective', serialOf(metrics.as_of));
  setting(
    'weights_total',
    Object.values(settings.weights).reduce((sum, weight) => sum + weight, 0),
  );
  values.set(layout.settingsSheet, settingCells);

  values.set(linksSheetName(layout), linkValues(register, metrics.as_of));
  return values;
}

/** A per-partner figure as its cell shows it: dates as serials, states as labels, blanks as ''. */
export function partnerFigureCell(key: string, partner: PartnerMetrics, language: Language): GridCell {
  const value = partner[key as keyof PartnerMetrics];
  if (key === 'last_contact') return serialOf(value) ?? '';
  if (key === 'relationship_state') return listLabel('relationship_state', value as string, language);
  return (value ?? '') as GridCell;
}

/**
 * The Links sheet's formula cells, as its formulas evaluate them: whether a pair counts at the
 * as-of date, and the running totals carried up each partner's block (see `linkRow`).
 */
function linkValues(register: Register, asOfIso: string): Map<string, GridCell> {
  const asOf = serialOf(asOfIso) as number;
  const pairs = linkPairs(register);
  const cells = new Map<string, GridCell>();
  const at = (key: (typeof LINK_COLUMNS)[number], row: number) =>
    `${columnLetter(LINK_COLUMNS.indexOf(key) + 1)}${row}`;
  let carried = { all: 0, recent: 0, last: 0, mask: 0 };
  for (let index = pairs.length - 1; index >= 0; index--) {
    const [partnerId, activity] = pairs[index];
    if (index === pairs.length - 1 || pairs[index + 1][0] !== partnerId)
      carried = { all: 0, recent: 0, last: 0, mask: 0 };
    const date = serialOf(activity.date);
    const counted = date !== null && date > 0 && date <= asOf ? 1 : 0;
    const stage = STAGES.indexOf(cellText(activity.participation_stage) as never);
    const bit = stage < 0 ? 0 : 2 ** stage;
    carried = {
      all: counted + carried.all,
      recent: (counted === 1 && (date as number) > asOf - YEAR_DAYS ? 1 : 0) + carried.recent,
      last: Math.max(counted === 1 ? (date as number) : 0, carried.last),
      mask: (counted === 1 ? bit : 0) | carried.mask,
    };
    const row = index + 2;
    cells.set(at('counted', row), counted);
    cells.set(at('count_all', row), carried.all);
    cells.set(at('count_12m', row), carried.recent);
    cells.set(at('last_date', row), carried.last);
    cells.set(at('stage_mask', row), carried.mask);
    cells.set(at('depth', row), STAGES.filter((_, b) => (carried.mask >> b) & 1).length);
  }
  return cells;
}
