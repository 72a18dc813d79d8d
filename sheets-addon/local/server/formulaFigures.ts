import type { Language } from '../../../shared/i18n/language';
import { computeMetrics } from '../../../shared/metrics/compute';
import { displayFigure, type FigureKind } from '../../../shared/metrics/figureFormats';
import { formulaValues, partnerFigureCell } from '../../../shared/metrics/formulaValues';
import type { SheetLayout } from '../../../shared/metrics/layout';
import { PARTNER_FORMULA_COLUMNS } from '../../../shared/metrics/partnerColumns';
import { registerWorkbook } from '../../../shared/metrics/registerGrids';
import { settingRef } from '../../../shared/metrics/settingsArea';
import type { Register } from '../../../shared/register/register';
import { tabDef } from '../../../shared/schema/tabs';
import { columnLetter } from '../../../shared/table/columnLetter';

/** The sheets of the register the table view fills: their names in the folder. */
export interface FigureSheets {
  summary?: string;
  settings?: string;
}

/** A figure's text by sheet name and A1 address. */
type FigureTexts = Map<string, Map<string, string>>;

/**
 * Nothing evaluates formulas on the local host (HyperFormula is GPL and test-only), so the table
 * view shows each formula cell's figure from the metric definitions — the same values an
 * exported .xlsx caches — formatted as Sheets and the .xlsx format it (a count, a share, baht,
 * a Buddhist-Era date). Partners rows are matched by id, the Summary and Settings by address.
 */
export function formulaFigureTexts(
  register: Register,
  layout: SheetLayout,
  sheets: FigureSheets,
  asOf: string,
): FigureTexts {
  const language = register.language;
  const built = registerWorkbook(register, asOf, layout);
  const values = formulaValues(built, register);
  const texts: FigureTexts = new Map();

  if (sheets.summary) {
    const kinds = new Map(
      built.summary.kinds.map(({ row, column, kind }) => [`${columnLetter(column)}${row}`, kind]),
    );
    texts.set(
      sheets.summary,
      shown(values.get(built.sheets[0].name), (address) => kinds.get(address), language),
    );
  }
  if (sheets.settings) {
    const dates = new Set(
      (['as_of', 'as_of_effective'] as const).map((key) =>
        settingRef(layout, key).split('!')[1].replace(/\$/g, ''),
      ),
    );
    texts.set(
      sheets.settings,
      shown(values.get(layout.settingsSheet), (address) => (dates.has(address) ? 'date' : 'count'), language),
    );
  }
  return texts;
}

function shown(
  values: Map<string, unknown> | undefined,
  kindAt: (address: string) => FigureKind | undefined,
  language: Language,
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [address, value] of values ?? [])
    texts.set(address, displayFigure(value, kindAt(address) ?? 'text', language));
  return texts;
}

/**
 * The Partners table with each formula cell's figure, matched by the row's id; `formulas` has
 * the shape of `rows`, and only formula cells in a known formula column are filled.
 */
export function fillPartnerFigures(
  rows: string[][],
  formulas: string[][],
  register: Register,
  asOf: string,
): string[][] {
  const language = register.language;
  const header = rows[0] ?? [];
  const idLabels = tabDef('partners').columns.find((column) => column.key === 'id')?.label;
  const idColumn = header.findIndex((text) => text === idLabels?.th || text === idLabels?.en);
  const columnAt = header.map((text) =>
    PARTNER_FORMULA_COLUMNS.find((column) => column.label.th === text || column.label.en === text),
  );
  if (idColumn < 0 || !columnAt.some(Boolean)) return rows;
  const metrics = computeMetrics(register, { ...register.settings, as_of: asOf });
  const byId = new Map(metrics.partners.map((partner) => [partner.id, partner]));
  return rows.map((line, r) => {
    const partner = r === 0 ? undefined : byId.get(line[idColumn]);
    if (!partner) return line;
    return line.map((text, c) => {
      const column = columnAt[c];
      if (!column || !formulas[r]?.[c]) return text;
      return displayFigure(partnerFigureCell(column.key, partner, language), column.kind, language);
    });
  });
}

/** A sheet's rows with its formula cells replaced by their figures, where `texts` has one. */
export function fillFigures(
  rows: string[][],
  formulas: string[][],
  texts: Map<string, string> | undefined,
): string[][] {
  if (!texts) return rows;
  return rows.map((line, r) =>
    line.map((text, c) => (formulas[r]?.[c] ? (texts.get(`${columnLetter(c + 1)}${r + 1}`) ?? text) : text)),
  );
}
