import type { Language } from '../../../shared/i18n/language';
import { computeMetrics, type PartnerMetrics } from '../../../shared/metrics/compute';
import { RELATIONSHIP_STATES } from '../../../shared/metrics/listsArea';
import { PARTNER_FORMULA_COLUMNS } from '../../../shared/metrics/partnerColumns';
import type { Register } from '../../../shared/register/register';
import { tabDef } from '../../../shared/schema/tabs';

/** A figure as the table view shows it: a relationship state by its label, a yes/no as a tick. */
function figureText(partner: PartnerMetrics, key: string, language: Language): string {
  const value = partner[key as keyof PartnerMetrics];
  if (key === 'relationship_state')
    return RELATIONSHIP_STATES.find((state) => state.key === value)?.[language] ?? '';
  if (typeof value === 'boolean') return value ? '✓' : '';
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Nothing evaluates formulas on the local host, so the Partners table view shows each formula
 * cell's figure from the metrics module's compute() (the same definition the formula has).
 * `rows` and `formulas` are the sheet's values as text and its formulas, same shape; only
 * formula cells in a known formula column are filled.
 */
export function fillPartnerFigures(
  rows: string[][],
  formulas: string[][],
  register: Register,
  today: string,
): string[][] {
  const language = register.language;
  const header = rows[0] ?? [];
  const idLabels = tabDef('partners').columns.find((column) => column.key === 'id')?.label;
  const idColumn = header.findIndex((text) => text === idLabels?.th || text === idLabels?.en);
  const keyAt = header.map(
    (text) =>
      PARTNER_FORMULA_COLUMNS.find((column) => column.label.th === text || column.label.en === text)?.key,
  );
  if (idColumn < 0 || !keyAt.some(Boolean)) return rows;
  const metrics = computeMetrics(register, register.settings, today);
  const byId = new Map(metrics.partners.map((partner) => [partner.id, partner]));
  return rows.map((line, r) => {
    const partner = r === 0 ? undefined : byId.get(line[idColumn]);
    if (!partner) return line;
    return line.map((text, c) => {
      const key = keyAt[c];
      return key && formulas[r]?.[c] ? figureText(partner, key, language) : text;
    });
  });
}
