import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/i18n/language';
import { displayFigure, type FigureKind } from '../../shared/metrics/figureFormats';
import { formulaValues } from '../../shared/metrics/formulaValues';
import { PARTNER_FORMULA_COLUMNS } from '../../shared/metrics/partnerColumns';
import type { RegisterWorkbook } from '../../shared/metrics/registerGrids';
import type { Register } from '../../shared/register/register';
import { columnLetter } from '../../shared/table/columnLetter';
import { loadRegister } from '../../sheets-addon/local/registerFolder';
import { exportXlsx } from '../../sheets-addon/local/xlsx/exportXlsx';
import { type LibreOffice, startLibreOffice } from '../support/libreoffice';
import { type RenderedCell, renderedTables } from '../support/libreofficeHtml';

const AS_OF = '2026-11-29';
/** Kinds LibreOffice shows through a number format; text and TRUE/FALSE show as they are. */
const FORMATTED = new Set<FigureKind>(['count', 'share', 'ratio', 'score', 'money', 'date']);

interface Shown {
  where: string;
  kind: FigureKind;
  expected: string;
  shown: string | undefined;
}

let office: LibreOffice;
let dir: string;
const shownBy = new Map<Language, Shown[]>();

/** Every formatted figure of the Summary and of Partners' formula columns: what LibreOffice shows beside our text of it. */
function figuresShown(built: RegisterWorkbook, register: Register, tables: RenderedCell[][][]): Shown[] {
  const language = built.layout.language;
  const values = formulaValues(built, register);
  const shown: Shown[] = [];
  const add = (sheetIndex: number, row: number, column: number, kind: FigureKind) => {
    if (!FORMATTED.has(kind)) return;
    const sheet = built.sheets[sheetIndex];
    const address = `${columnLetter(column)}${row}`;
    const cell = sheet.rows[row - 1]?.[column - 1];
    const value =
      typeof cell === 'string' && cell.startsWith('=') ? values.get(sheet.name)?.get(address) : cell;
    shown.push({
      where: `${sheet.name}!${address}`,
      kind,
      expected: displayFigure(value, kind, language),
      shown: tables[sheetIndex]?.[row - 1]?.[column - 1]?.text,
    });
  };
  for (const { row, column, kind } of built.summary.kinds) add(0, row, column, kind);
  const partners = built.sheets.findIndex((sheet) => sheet.role === 'partners');
  built.metrics.partners.forEach((_, index) => {
    for (const column of PARTNER_FORMULA_COLUMNS)
      add(partners, index + 2, built.layout.columns.partners[column.key], column.kind);
  });
  return shown;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netreg-libreoffice-formats-'));
  office = await startLibreOffice();
  const demo = (await loadRegister(join(import.meta.dirname, '../../demo/register'))).register;
  const registers: Record<Language, Register> = { th: demo, en: { ...demo, language: 'en' } };
  const built = new Map<Language, RegisterWorkbook>();
  const files: string[] = [];
  for (const [language, register] of Object.entries(registers) as [Language, Register][]) {
    const file = join(dir, `demo-${language}.xlsx`);
    built.set(language, await exportXlsx(register, file, { asOf: AS_OF }));
    files.push(file);
  }
  // LibreOffice recalculates each file on opening, then writes every sheet as it shows it.
  const htmls = await office.convert(files, 'html', join(dir, 'html'));
  for (const [index, language] of (['th', 'en'] as const).entries()) {
    const tables = renderedTables(await readFile(htmls[index], 'utf8'));
    shownBy.set(language, figuresShown(built.get(language) as RegisterWorkbook, registers[language], tables));
  }
  // Start-up and two registers: a minute or more on a shared machine. Only a hang hits this.
}, 1_200_000);

afterAll(async () => {
  await office?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the exported register as LibreOffice shows it', () => {
  it.each(['th', 'en'] as const)(
    'shows every figure (%s) as what it is: counts grouped, shares in percent, baht, dates',
    (language) => {
      const shown = shownBy.get(language) as Shown[];
      const wrong = shown.filter((figure) => figure.shown !== figure.expected);
      expect(wrong).toEqual([]);
      const kinds = new Set(shown.filter((figure) => figure.expected !== '').map((figure) => figure.kind));
      expect([...kinds].sort()).toEqual(['count', 'date', 'money', 'ratio', 'score', 'share']);
    },
  );

  it('writes dates in the Buddhist Era with Thai months in Thai, and in the common era in English', () => {
    const dates = (language: Language) =>
      (shownBy.get(language) as Shown[]).filter((figure) => figure.kind === 'date' && figure.expected !== '');
    expect(dates('th').map((figure) => figure.shown)).toContain('29 พ.ย. 2569');
    expect(dates('en').map((figure) => figure.shown)).toContain('29 Nov 2026');
    const money = (shownBy.get('th') as Shown[]).filter((figure) => figure.kind === 'money');
    expect(money.some((figure) => /^\d{1,3}(,\d{3})+ บาท$/.test(figure.shown ?? ''))).toBe(true);
  });
});
