import { resolve } from 'node:path';
import type { Language } from '../../../shared/i18n/language';
import { DATA_TABS } from '../../../shared/schema/tabs';
import { registerProblems } from '../../../shared/table/registerChecks';
import { tornStateProblems } from '../../local/folder/folderChecks';
import { type FolderProblem, loadRegister, RegisterFolderError } from '../../local/registerFolder';
import type { Command, CommandIo } from '../command';
import { folderOptions, printFolderError } from './folderOptions';
import { unexpectedArgument } from './sharedUsageErrors';

/** Formula cells in data columns are the formula layer's (live figures), not problems of the data. */
const NOTE_CODES = new Set(['cell.formula']);

const TEXT = {
  th: {
    title: (dir: string) => `ตรวจทะเบียน ${dir}`,
    tab: (label: string, rows: number, problems: number) =>
      `  ${label}: ${rows} แถว, ${problems === 0 ? 'ไม่พบปัญหา' : `พบ ${problems} ปัญหา`}`,
    notes: (count: number) => `หมายเหตุ: ${count} ช่องเป็นสูตรคำนวณในคอลัมน์ข้อมูล (ไม่นับเป็นปัญหา)`,
    clean: 'ทะเบียนถูกต้อง ไม่พบปัญหา',
    problems: (count: number) => `พบปัญหา ${count} รายการ`,
    line: 'แถว',
  },
  en: {
    title: (dir: string) => `Checking the register at ${dir}`,
    tab: (label: string, rows: number, problems: number) =>
      `  ${label}: ${rows} rows, ${problems === 0 ? 'no problems' : `${problems} problem${problems === 1 ? '' : 's'}`}`,
    notes: (count: number) => `Note: ${count} cells in data columns hold formulas (not counted as problems)`,
    clean: 'The register is valid: no problems found',
    problems: (count: number) => `${count} problem${count === 1 ? '' : 's'} found`,
    line: 'line',
  },
} as const;

/** How many problems of one tab are listed; the count per tab is always complete. */
const LISTED_PER_TAB = 50;

async function run(args: string[], io: CommandIo): Promise<number> {
  const { options, rest } = folderOptions(args, [], []);
  if (rest.length > 0) throw unexpectedArgument(rest[0]);
  const dir = resolve(io.cwd, options.dir);
  let loaded: Awaited<ReturnType<typeof loadRegister>>;
  try {
    loaded = await loadRegister(dir);
  } catch (error) {
    if (error instanceof RegisterFolderError)
      return printFolderError(io, 'validate', error, options.language);
    throw error;
  }
  const language: Language = options.language ?? loaded.register.language;
  const text = TEXT[language];
  const all: FolderProblem[] = [
    ...loaded.problems,
    ...registerProblems(loaded.register, loaded.lines),
    ...tornStateProblems(loaded),
  ];
  const problems = all.filter((problem) => !NOTE_CODES.has(problem.reason.code));
  const notes = all.length - problems.length;
  io.out(text.title(options.dir));
  for (const tab of DATA_TABS) {
    const mine = problems.filter((problem) => problem.tab === tab.key).sort((a, b) => a.line - b.line);
    io.out(
      text.tab(
        `${tab.label[language]} (${tab.key}.csv)`,
        loaded.register.tables[tab.key].length,
        mine.length,
      ),
    );
    for (const problem of mine.slice(0, LISTED_PER_TAB))
      io.out(`    ${text.line} ${problem.line}: ${problem.reason.message[language]}`);
    if (mine.length > LISTED_PER_TAB) io.out(`    … +${mine.length - LISTED_PER_TAB}`);
  }
  if (notes > 0) io.out(text.notes(notes));
  io.out(problems.length === 0 ? text.clean : text.problems(problems.length));
  return problems.length === 0 ? 0 : 1;
}

export const validateCommand: Command = {
  name: 'validate',
  summary:
    'Check every tab of a register folder: values, ids, references, unsafe text / ตรวจความถูกต้องของทะเบียน',
  usage: 'netreg validate [--dir D] [--lang th|en]',
  run,
};
