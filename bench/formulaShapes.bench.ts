/**
 * Formula shapes for the per-partner activity figures, measured in HyperFormula: recalculation
 * after appending one activity, naive shape (COUNTIFS/MAXIFS per partner over whole activity
 * columns) next to the chosen one (running totals in the Links sheet, one MATCH per partner),
 * plus `computeMetrics` time. Run: `npx tsx bench/formulaShapes.bench.ts [--skip-naive-large]`.
 * Prints a markdown table. The naive shape at 2,000 × 20,000 takes minutes; it runs once.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { computeMetrics } from '../shared/metrics/compute';
import { isoOfDay, serialOf } from '../shared/metrics/dates';
import { columnRange, linksSheetName, rowCell, type SheetLayout } from '../shared/metrics/layout';
import { labelRef } from '../shared/metrics/listsArea';
import { LINK_DATE_COLUMNS, linkPairs, linkRow } from '../shared/metrics/partnerFormulas';
import { registerWorkbook } from '../shared/metrics/registerGrids';
import { settingRef } from '../shared/metrics/settingsArea';
import { emptyCounters, emptyTables, type Register } from '../shared/register/register';
import { ENUMS } from '../shared/schema/enums';
import { DEFAULT_SETTINGS } from '../shared/settings/settings';
import { ENGINE_CONFIG, engineCell } from '../tests/formulas/formulaEngine';

const AS_OF = '2025-11-01';
const SIZES: [partners: number, activities: number][] = process.argv.includes('--small')
  ? [[200, 2_000]]
  : [
      [200, 2_000],
      [500, 5_000],
      [2_000, 20_000],
    ];
/** The activity columns compared between the two shapes. */
const COMPARED = ['activities_all', 'activities_12m', 'last_contact', 'participation_depth'] as const;

/** A deterministic pseudo-random sequence, so every run measures the same register. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function syntheticRegister(partnerCount: number, activityCount: number): Register {
  const random = seeded(partnerCount * 7 + activityCount);
  const tables = emptyTables();
  const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;
  for (let i = 1; i <= partnerCount; i++)
    tables.partners.push({ id: id('P', i), name: `ภาคี ${i}`, sector: 'school', status: 'active' });
  const start = 20_089; // 2025-01-01 minus a year, in days
  for (let i = 1; i <= activityCount; i++) {
    const count = 1 + Math.floor(random() * 3);
    const ids = new Set<string>();
    while (ids.size < count) ids.add(id('P', 1 + Math.floor(random() * partnerCount)));
    tables.activities.push({
      id: id('A', i),
      date: isoOfDay(start + Math.floor(random() * 700)),
      title: `กิจกรรม ${i}`,
      partner_ids: [...ids].join(','),
      strategy: ENUMS.strategy[Math.floor(random() * 6)].key,
      participation_stage: ENUMS.participation_stage[Math.floor(random() * 5)].key,
    });
  }
  return {
    language: 'th',
    tables,
    counters: emptyCounters(),
    settings: { ...DEFAULT_SETTINGS, as_of: AS_OF },
  };
}

/** The naive shape: per partner, COUNTIFS/MAXIFS over whole activity columns. */
function naiveCells(layout: SheetLayout, row: number): Record<(typeof COMPARED)[number], string> {
  const id = rowCell(layout, 'partners', 'id', row);
  const ids = columnRange(layout, 'activities', 'partner_ids');
  const date = columnRange(layout, 'activities', 'date');
  const stage = columnRange(layout, 'activities', 'participation_stage');
  const asOf = settingRef(layout, 'as_of_effective');
  const mine = `${ids},"*"&${id}&"*",${date},"<="&${asOf}`;
  const stages = ENUMS.participation_stage
    .map((s) => `(COUNTIFS(${mine},${stage},${labelRef(layout, 'participation_stage', s.key)})>0)`)
    .join('+');
  return {
    activities_all: `=COUNTIFS(${mine})`,
    activities_12m: `=COUNTIFS(${mine},${date},">"&(${asOf}-365))`,
    last_contact: `=IF(MAXIFS(${date},${mine})=0,"",MAXIFS(${date},${mine}))`,
    participation_depth: `=${stages}`,
  };
}

interface Built {
  hf: HyperFormula;
  buildMs: number;
  register: Register;
  layout: SheetLayout;
}

function build(register: Register, shape: 'naive' | 'chosen'): Built {
  const workbook = registerWorkbook(register, AS_OF);
  const { layout } = workbook;
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of workbook.sheets) {
    if (sheet.role === 'summary' || (shape === 'naive' && sheet.role === 'links')) continue;
    const dates = new Set(sheet.dateColumns);
    sheets[sheet.name] = sheet.rows.map((row) => row.map((cell, c) => engineCell(cell, dates.has(c + 1))));
  }
  const partners = sheets[layout.sheets.partners];
  const keep = new Set<number>(COMPARED.map((key) => layout.columns.partners[key] - 1));
  for (let r = 1; r < partners.length; r++) {
    const naive = naiveCells(layout, r + 1);
    partners[r] = partners[r].map((cell, c) => {
      const key = COMPARED.find((k) => layout.columns.partners[k] - 1 === c);
      if (shape === 'naive' && key) return naive[key];
      // Both shapes keep only the columns compared.
      return c < layout.columns.partners.activities_all - 1 || keep.has(c) ? cell : null;
    });
  }
  const started = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
  return { hf, buildMs: performance.now() - started, register, layout };
}

/** Appends one activity for three partners as the writer would, and times the recalculation. */
function appendOne(built: Built, shape: 'naive' | 'chosen'): number {
  const { hf, layout, register } = built;
  const activities = hf.getSheetId(layout.sheets.activities) as number;
  const row = register.tables.activities.length + 1; // 0-based index of the new row
  const partners = ['P-0001', 'P-0002', 'P-0003'];
  const content: RawCellContent[] = [];
  content[layout.columns.activities.id - 1] = 'A-9999';
  content[layout.columns.activities.date - 1] = engineCell('2025-10-30', true);
  content[layout.columns.activities.partner_ids - 1] = partners.join(',');
  content[layout.columns.activities.participation_stage - 1] = ENUMS.participation_stage[4].th;
  const started = performance.now();
  hf.batch(() => {
    hf.setCellContents({ sheet: activities, row, col: 0 }, [Array.from(content, (cell) => cell ?? null)]);
    if (shape === 'chosen') {
      const links = hf.getSheetId(linksSheetName(layout)) as number;
      const pairs = linkPairs(register);
      // Insert each new link at the end of its partner's block and rewrite the row above, whose
      // reference to the row below the insertion would otherwise skip the new row. (Inserting at
      // the block's start would need no rewrite, but HyperFormula's column index then returns
      // a later duplicate for exact lookups.)
      const activity = {
        id: 'A-9999',
        date: '2025-10-30',
        partner_ids: partners.join(','),
        participation_stage: ENUMS.participation_stage[4].key,
      };
      const engineRow = (
        row: number,
        partner: string,
        of: typeof activity | Register['tables']['activities'][number],
      ) =>
        linkRow(layout, row, partner, of).map((cell, c) =>
          engineCell(cell, LINK_DATE_COLUMNS.includes(c + 1)),
        );
      for (const partner of partners) {
        let last = -1;
        pairs.forEach(([id], index) => {
          if (id === partner) last = index;
        });
        const at = last < 0 ? pairs.length + 1 : last + 2;
        hf.addRows(links, [at, 1]);
        hf.setCellContents({ sheet: links, row: at, col: 0 }, [engineRow(at + 1, partner, activity)]);
        if (last >= 0)
          hf.setCellContents({ sheet: links, row: at - 1, col: 0 }, [engineRow(at, partner, pairs[last][1])]);
        pairs.splice(at - 1, 0, [partner, activity]);
      }
    }
  });
  return performance.now() - started;
}

/** The compared figures as compute() gives them after the same append, as the sheet shows them. */
function computedValues(register: Register): unknown[][] {
  const after: Register = {
    ...register,
    tables: {
      ...register.tables,
      activities: [
        ...register.tables.activities,
        {
          id: 'A-9999',
          date: '2025-10-30',
          partner_ids: 'P-0001,P-0002,P-0003',
          participation_stage: ENUMS.participation_stage[4].key,
        },
      ],
    },
  };
  const metrics = computeMetrics(after, after.settings);
  return COMPARED.map((key) =>
    metrics.partners.map((p) => (key === 'last_contact' ? (serialOf(p.last_contact) ?? '') : p[key])),
  );
}

function firstDifference(name: string, values: unknown[][], expected: unknown[][]): string | null {
  for (const [k, key] of COMPARED.entries()) {
    const r = values[k].findIndex((v, i) => JSON.stringify(v) !== JSON.stringify(expected[k][i]));
    if (r >= 0)
      return `${name} ${key} differs at partner row ${r + 2}: ${JSON.stringify(values[k][r])}, compute ${JSON.stringify(expected[k][r])}`;
  }
  return null;
}

function columnValues(built: Built): unknown[][] {
  const sheet = built.hf.getSheetId(built.layout.sheets.partners) as number;
  return COMPARED.map((key) =>
    built.register.tables.partners.map((_, r) =>
      built.hf.getCellValue({ sheet, row: r + 1, col: built.layout.columns.partners[key] - 1 }),
    ),
  );
}

const seconds = (ms: number) =>
  Number.isNaN(ms) ? 'not run' : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
const skipNaiveLarge = process.argv.includes('--skip-naive-large');
const lines = [
  '| partners × activities | links | naive: build | naive: recalc after append | chosen: build | chosen: recalc after append | speed-up | equal to compute() | compute() |',
  '|---|---|---|---|---|---|---|---|---|',
];
for (const [p, a] of SIZES) {
  const register = syntheticRegister(p, a);
  const t0 = performance.now();
  computeMetrics(register, register.settings);
  const computeMs = performance.now() - t0;
  const chosen = build(register, 'chosen');
  const chosenRecalc = appendOne(chosen, 'chosen');
  const expected = computedValues(register);
  const chosenProblem = firstDifference('chosen', columnValues(chosen), expected);
  if (chosenProblem) console.error(chosenProblem);
  chosen.hf.destroy();
  let naiveBuild = Number.NaN;
  let naiveRecalc = Number.NaN;
  let identical = chosenProblem === null ? 'yes' : 'NO';
  if (!(skipNaiveLarge && p >= 2_000)) {
    const naive = build(register, 'naive');
    naiveBuild = naive.buildMs;
    naiveRecalc = appendOne(naive, 'naive');
    const problem = firstDifference('naive', columnValues(naive), expected);
    identical = problem === null && identical === 'yes' ? 'yes' : 'NO';
    if (problem) console.error(problem);
    naive.hf.destroy();
  }
  const links = linkPairs(register).length;
  lines.push(
    `| ${p.toLocaleString('en')} × ${a.toLocaleString('en')} | ${links.toLocaleString('en')} | ${seconds(naiveBuild)} | ${seconds(naiveRecalc)} | ${seconds(chosen.buildMs)} | ${seconds(chosenRecalc)} | ${Number.isNaN(naiveRecalc) ? '–' : `${(naiveRecalc / chosenRecalc).toFixed(0)}×`} | ${identical} | ${computeMs.toFixed(0)} ms |`,
  );
  console.error(lines[lines.length - 1]);
}
console.log(lines.join('\n'));
