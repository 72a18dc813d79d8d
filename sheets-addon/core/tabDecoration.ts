import type { Language } from '../../shared/i18n/language';
import { figureNumberFormat } from '../../shared/metrics/figureFormats';
import { defaultLayout } from '../../shared/metrics/layout';
import { listLabel } from '../../shared/metrics/listsArea';
import { type SettingKey, settingRef } from '../../shared/metrics/settingsArea';
import type { ColumnType } from '../../shared/schema/columns';
import { enumLabel } from '../../shared/schema/enumLookup';
import { enumValues } from '../../shared/schema/enums';
import { columnLetter } from '../../shared/table/columnLetter';
import type { FormulaColumnDef } from './formulaLayer';
import type { TabWork } from './tabWork';
import type { CellRange, ColumnFormat, ColumnValidation, ConditionalRule, Workbook } from './workbook';

/** Sheets number formats by column type. Text-like columns are plain text (`@`) so `0812…` stays text. */
const FORMAT_BY_TYPE: Partial<Record<ColumnType, string>> = {
  id: '@',
  text: '@',
  longtext: '@',
  email: '@',
  phone: '@',
  url: '@',
  line_id: '@',
  partner_ref: '@',
  partner_refs: '@',
  activity_ref: '@',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  integer: '#,##0',
  money: '#,##0.00',
  // Not '#,##0.##': Sheets shows a whole number in it with a bare point ("5.").
  number: '#,##0.0#',
};

/** Colours of the conditional formats: warning (amber) and problem (red). */
const COOLING = '#fff2cc';
const STALE = '#f4cccc';

/** Description that marks the add-on's own protections, so re-running setup replaces them. */
export function formulaProtectionName(tabKey: string): string {
  return `netreg:formulas:${tabKey}`;
}

/**
 * Notes, dropdowns, formats, conditional formats, the frozen header and the protected formula
 * columns of one tab: a fixed number of calls whatever the number of rows.
 */
export function decorateTab(
  workbook: Workbook,
  work: TabWork,
  language: Language,
  formulaColumns: readonly FormulaColumnDef[],
): void {
  const { sheet, tab, columns } = work;
  workbook.freezeRows(sheet, 1);

  const width = Math.max(...Object.values(columns));
  const notes: string[][] = [Array.from({ length: width }, () => '')];
  for (const def of tab.columns) notes[0][columns[def.key] - 1] = def.note[language];
  for (const def of formulaColumns) if (def.note) notes[0][columns[def.key] - 1] = def.note[language];
  workbook.writeNotes(sheet, 1, 1, notes);

  const validations: ColumnValidation[] = tab.columns
    .filter((def) => def.type === 'enum' && def.enum)
    .map((def) => ({
      span: { column: columns[def.key], fromRow: 2 },
      rule: { kind: 'list', values: enumValues(def.enum!).map((value) => value[language]) },
      helpText: def.note[language],
    }));
  workbook.setValidations(sheet, validations);

  const formats: ColumnFormat[] = [];
  for (const def of tab.columns) {
    const format = FORMAT_BY_TYPE[def.type];
    if (format) formats.push({ span: { column: columns[def.key], fromRow: 2 }, format });
  }
  for (const def of formulaColumns) {
    const format = def.kind ? figureNumberFormat(def.kind, 'sheets', language) : null;
    if (format) formats.push({ span: { column: columns[def.key], fromRow: 2 }, format });
  }
  workbook.setFormats(sheet, formats);

  workbook.setConditionalRules(sheet, conditionalRules(work, language));

  // One protection per run of adjacent formula columns: fewer calls, and none left on a moved column.
  const runs: CellRange[] = [];
  for (const column of formulaColumns.map((def) => columns[def.key]).sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.column + (last.columns ?? 1) === column) last.columns = (last.columns ?? 1) + 1;
    else runs.push({ row: 1, column, columns: 1 });
  }
  workbook.protectWithWarning(sheet, runs, formulaProtectionName(tab.key));
}

/** Stale and cooling partners, agreements expiring soon, indicators short of their target. */
function conditionalRules(work: TabWork, language: Language): ConditionalRule[] {
  const { columns, tab } = work;
  const col = (key: string) => (columns[key] ? `$${columnLetter(columns[key])}2` : undefined);
  const whole = { column: 1, columns: Math.max(...Object.values(columns)), fromRow: 2 };
  if (tab.key === 'partners') {
    // The relationship column already applies the Settings thresholds, so the rule follows them.
    const state = col('relationship_state');
    if (!state) return [];
    return [
      {
        span: whole,
        formula: `=${state}="${listLabel('relationship_state', 'stale', language)}"`,
        background: STALE,
      },
      {
        span: whole,
        formula: `=${state}="${listLabel('relationship_state', 'cooling', language)}"`,
        background: COOLING,
      },
    ];
  }
  if (tab.key === 'agreements') {
    const expires = col('expires');
    if (!expires) return [];
    // Conditional formats can't name another sheet directly; INDIRECT reads the live Settings, so
    // a changed window or as-of date applies without rewriting the rule.
    const setting = (key: SettingKey) =>
      `INDIRECT("${settingRef(layoutFor(language), key).replace(/"/g, '""')}")`;
    const asOf = setting('as_of_effective');
    return [
      {
        span: whole,
        formula: `=AND(ISNUMBER(${expires}),${expires}>=${asOf},${expires}-${asOf}<=${setting('expiring_days')})`,
        background: COOLING,
      },
    ];
  }
  if (tab.key === 'indicators') {
    const target = col('target');
    const actual = col('actual');
    const direction = col('direction');
    if (!target || !actual || !direction) return [];
    const lower = enumLabel('indicator_direction', 'lower', language);
    return [
      {
        span: whole,
        formula: `=AND(ISNUMBER(${target}),ISNUMBER(${actual}),IF(${direction}="${lower}",${actual}>${target},${actual}<${target}))`,
        background: STALE,
      },
    ];
  }
  return [];
}

/** Where the Settings values sit in a language (their rows don't depend on the data tabs). */
function layoutFor(language: Language) {
  return defaultLayout(language);
}
