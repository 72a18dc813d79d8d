import { DISTRICT_FIGURES, type FigureDef, type FigureKey, type SchoolFigures } from './figures';
import type { SchoolResult } from './schoolResult';

/** A school in the weakest quarter of the district on a figure gets that figure highlighted. */
export const WEAKEST_QUANTILE = 0.25;

/** One school's row of the district table. */
export interface DistrictRow {
  result: SchoolResult;
  /** 1 = strongest; schools with equal scores share a rank; `null` when unreadable. */
  rank: number | null;
  /** 0–100: the mean, over ranked figures, of where the school stands among the district's schools. */
  score: number | null;
  /** Figures on which the school is among the district's weakest quarter. */
  weakest: FigureKey[];
}

/** The district roll-up: rows in the officer's order, the ranking, and the district total. */
export interface DistrictModel {
  rows: DistrictRow[];
  /** Row positions (into `rows`) of readable schools, strongest first. */
  ranking: number[];
  total: SchoolFigures;
  schools: number;
  readable: number;
}

function numeric(figures: SchoolFigures | null, key: FigureKey): number | null {
  const value = figures?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // Dates compare as ISO text; their day number keeps the comparison numeric.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value))
    return Date.parse(value.slice(0, 10)) / 86_400_000;
  return null;
}

/**
 * Where a value stands among the district's values, 0 (worst) to 1 (best), ties sharing the
 * middle: (worse + (equal − 1) / 2) / (n − 1). The District tab's conditional formats use the
 * same formula with COUNTIF, so the sheet highlights exactly what the model flags.
 */
export function standing(value: number, values: readonly number[], better: 'higher' | 'lower'): number {
  if (values.length < 2) return 1;
  let worse = 0;
  let equal = 0;
  for (const other of values) {
    if (other === value) equal++;
    else if (better === 'higher' ? other < value : other > value) worse++;
  }
  return (worse + (equal - 1) / 2) / (values.length - 1);
}

function totalOf(def: FigureDef, readable: readonly SchoolResult[]): number | string | null {
  const present = readable.filter((result) => result.figures && result.figures[def.key] !== null);
  if (present.length === 0) return null;
  switch (def.total) {
    case 'sum':
      return present.reduce((sum, result) => sum + Number(result.figures?.[def.key]), 0);
    case 'mean':
      return present.reduce((sum, result) => sum + Number(result.figures?.[def.key]), 0) / present.length;
    case 'partner_weighted': {
      let weight = 0;
      let sum = 0;
      for (const result of present) {
        const partners = Number(result.figures?.partners ?? 0);
        weight += partners;
        sum += partners * Number(result.figures?.[def.key]);
      }
      return weight === 0 ? null : sum / weight;
    }
    case 'latest':
      // ISO dates sort as text.
      return present.map((result) => String(result.figures?.[def.key])).sort()[present.length - 1];
  }
}

/**
 * Ranks the readable schools, flags each one's weakest figures against the rest of the district
 * and totals the district. A pure function of the results: running it again over the same
 * results — after a resumed run, say — gives the same table, so nothing is counted twice.
 */
export function buildDistrict(results: readonly SchoolResult[]): DistrictModel {
  const readable = results.filter((result) => result.status === 'ok' && result.figures);
  const compared = DISTRICT_FIGURES.filter((def) => def.better !== 'none');
  const valuesOf = new Map<FigureKey, number[]>();
  for (const def of compared) {
    valuesOf.set(
      def.key,
      readable
        .map((result) => numeric(result.figures, def.key))
        .filter((value): value is number => value !== null),
    );
  }
  const rows: DistrictRow[] = results.map((result) => {
    if (result.status !== 'ok' || !result.figures) return { result, rank: null, score: null, weakest: [] };
    const standings: number[] = [];
    const weakest: FigureKey[] = [];
    for (const def of compared) {
      const value = numeric(result.figures, def.key);
      const values = valuesOf.get(def.key) ?? [];
      if (value === null || def.better === 'none') continue;
      const place = standing(value, values, def.better);
      if (def.ranked) standings.push(place);
      const allEqual = values.every((other) => other === values[0]);
      if (values.length >= 2 && !allEqual && place <= WEAKEST_QUANTILE) weakest.push(def.key);
    }
    const score =
      standings.length === 0
        ? null
        : Math.round((100 * standings.reduce((a, b) => a + b, 0)) / standings.length);
    return { result, rank: null, score, weakest };
  });
  const ranking = rows
    .map((row, position) => ({ row, position }))
    .filter(({ row }) => row.score !== null)
    .sort((a, b) => (b.row.score ?? 0) - (a.row.score ?? 0) || a.row.result.index - b.row.result.index)
    .map(({ position }) => position);
  ranking.forEach((position, place) => {
    const previous = place > 0 ? rows[ranking[place - 1]] : undefined;
    rows[position].rank =
      previous && previous.score === rows[position].score ? (previous.rank ?? place + 1) : place + 1;
  });
  const total = Object.fromEntries(
    DISTRICT_FIGURES.map((def) => [def.key, totalOf(def, readable)]),
  ) as SchoolFigures;
  return { rows, ranking, total, schools: results.length, readable: readable.length };
}
