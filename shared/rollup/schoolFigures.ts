import type { Register } from '../register/register';
import type { Settings } from '../settings/settings';
import type { SchoolFigures } from './figures';
import { lastUpdate } from './lastUpdate';

/** The network figures of one register, as the metrics module computes them. */
export type NetworkFiguresOf = (
  register: Register,
  settings: Settings & { as_of: string },
) => Omit<SchoolFigures, 'last_update'>;

/** Decimal places kept, so equal figures stay equal when the sheet compares them. */
const FIGURE_DECIMALS = 4;

function rounded(value: number | string | null): number | string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return typeof value === 'string' ? value : null;
  const scale = 10 ** FIGURE_DECIMALS;
  return Math.round(value * scale) / scale;
}

/** A school's district figures: the network metrics at the district's as-of date, plus its last update. */
export function schoolFigures(
  register: Register,
  settings: Settings & { as_of: string },
  networkFiguresOf: NetworkFiguresOf,
): SchoolFigures {
  const network = networkFiguresOf(register, settings);
  const figures = { ...network, last_update: lastUpdate(register, settings.as_of) } as SchoolFigures;
  for (const key of Object.keys(figures) as (keyof SchoolFigures)[]) figures[key] = rounded(figures[key]);
  return figures;
}
