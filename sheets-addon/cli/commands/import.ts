import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyImport } from '../../../shared/csv/applyImport';
import { decodeCsvBytes } from '../../../shared/csv/decodeCsvBytes';
import type { ImportChoices } from '../../../shared/csv/importChoices';
import type { ImportPlan } from '../../../shared/csv/importPlanTypes';
import { importSizeRefusal } from '../../../shared/csv/importSize';
import { planImport } from '../../../shared/csv/planImport';
import type { Language } from '../../../shared/i18n/language';
import { cellText, type Row } from '../../../shared/register/register';
import { enumLabel } from '../../../shared/schema/enumLookup';
import { DATA_TABS, type DataTabKey, isDataTabKey, tabDef } from '../../../shared/schema/tabs';
import { fileSystemReason } from '../../local/fileSystemReason';
import {
  loadRegister,
  RegisterFolderError,
  saveAddedRows,
  withRegisterLock,
} from '../../local/registerFolder';
import { type Command, type CommandIo, UsageError } from '../command';
import { errorText } from '../errorText';
import { type FolderOptions, folderOptions, printFolderError } from './folderOptions';
import { TAB_CHOICES, tabRequired, unknownTab } from './sharedUsageErrors';

interface ImportArgs extends FolderOptions {
  file: string;
  tab: DataTabKey;
  dryRun: boolean;
  /** A JSON file of the wizard's choices (ImportChoices): header line, columns, values, duplicates. */
  mapping?: string;
  headerLine?: number;
}

function parse(args: string[]): ImportArgs {
  const { options, rest } = folderOptions(args, ['--tab', '--mapping', '--header-line'], ['--dry-run']);
  if (rest.length !== 1)
    throw new UsageError({ en: 'give one CSV file to import', th: 'ระบุไฟล์ CSV ที่จะนำเข้าหนึ่งไฟล์' });
  const tab = options.values['--tab'];
  if (!tab) throw tabRequired({ en: '--tab is required', th: 'ต้องระบุแท็บที่จะนำเข้าด้วย --tab' });
  if (!isDataTabKey(tab)) throw unknownTab(tab);
  const headerLine = options.values['--header-line'];
  if (headerLine !== undefined && !/^[1-9]\d{0,2}$/.test(headerLine))
    throw new UsageError({
      en: '--header-line takes a line number, e.g. 3',
      th: '--header-line ต้องเป็นเลขบรรทัด เช่น 3',
    });
  return {
    ...options,
    file: rest[0],
    tab,
    dryRun: options.flags.has('--dry-run'),
    mapping: options.values['--mapping'],
    headerLine: headerLine === undefined ? undefined : Number(headerLine),
  };
}

/** The wizard's choices from a mapping file and flags (flags win). */
async function choicesOf(parsed: ImportArgs, cwd: string): Promise<ImportChoices> {
  let choices: ImportChoices = {};
  if (parsed.mapping) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, parsed.mapping), 'utf8');
    } catch {
      throw new UsageError({
        en: `cannot read the mapping file "${parsed.mapping}"`,
        th: `อ่านไฟล์การจับคู่ "${parsed.mapping}" ไม่ได้`,
      });
    }
    try {
      choices = JSON.parse(text) as ImportChoices;
    } catch {
      throw new UsageError({
        en: `the mapping file "${parsed.mapping}" is not JSON`,
        th: `ไฟล์การจับคู่ "${parsed.mapping}" ไม่ใช่ JSON`,
      });
    }
    if (typeof choices !== 'object' || choices === null || Array.isArray(choices))
      throw new UsageError({
        en: `the mapping file "${parsed.mapping}" is not a JSON object`,
        th: `ไฟล์การจับคู่ "${parsed.mapping}" ต้องเป็นออบเจกต์ JSON ({ … })`,
      });
  }
  return parsed.headerLine === undefined ? choices : { ...choices, headerLine: parsed.headerLine };
}

const TEXT = {
  th: {
    header: (file: string, tab: string, encoding: string, lines: number) =>
      `นำเข้า ${file} → ${tab} (รหัสอักขระ ${encoding}, ${lines} แถว)`,
    columns: 'คอลัมน์',
    ignored: '(ไม่ใช้)',
    accepted: 'เพิ่มใหม่',
    related: 'เพิ่มประกอบ',
    matched: 'พบในทะเบียนแล้ว (ไม่เพิ่มซ้ำ)',
    duplicates: 'ซ้ำในไฟล์',
    rejected: 'ไม่นำเข้า',
    line: 'แถว',
    summary: (a: number, m: number, d: number, r: number) =>
      `สรุป: เพิ่ม ${a} รายการ, พบแล้ว ${m}, ซ้ำในไฟล์ ${d}, ไม่นำเข้า ${r}`,
    dryRun: 'ทดลองเท่านั้น (--dry-run): ไม่มีการเขียนทะเบียน',
    nothing: 'ไม่มีแถวใดนำเข้าได้ ทะเบียนไม่เปลี่ยนแปลง',
    written: (dir: string) => `บันทึกลงทะเบียน ${dir} แล้ว`,
    fatal: 'ไม่นำเข้าไฟล์นี้',
    headerLine: (line: number) => `หัวตารางอยู่บรรทัด ${line} (ข้ามบรรทัดชื่อเรื่องด้านบน)`,
    values: 'ค่าตัวเลือกที่ไม่ตรง',
    refused: '(ไม่นำเข้าแถว)',
    asked: '(ตรงกันเพียงเบอร์โทร: ระบุใน --mapping duplicates ถ้าเป็นหน่วยงานเดียวกัน)',
    decisions: { update: 'ปรับปรุงรายการเดิม', add: 'เพิ่มเป็นรายการใหม่', skip: 'ข้าม' },
  },
  en: {
    header: (file: string, tab: string, encoding: string, lines: number) =>
      `Import ${file} → ${tab} (encoding ${encoding}, ${lines} lines)`,
    columns: 'Columns',
    ignored: '(ignored)',
    accepted: 'Added',
    related: 'Added alongside',
    matched: 'Already in the register (not copied)',
    duplicates: 'Repeated in the file',
    rejected: 'Rejected',
    line: 'line',
    summary: (a: number, m: number, d: number, r: number) =>
      `Summary: ${a} added, ${m} matched, ${d} duplicates, ${r} rejected`,
    dryRun: 'Dry run (--dry-run): nothing was written',
    nothing: 'No row could be imported; the register is unchanged',
    written: (dir: string) => `Saved to the register at ${dir}`,
    fatal: 'File not imported',
    headerLine: (line: number) => `Headers on line ${line} (title lines above left out)`,
    values: 'Choices that are no allowed value',
    refused: '(lines refused)',
    asked: '(a phone alone matched: say so in --mapping duplicates if it is the same organisation)',
    decisions: { update: 'update the existing record', add: 'add anyway', skip: 'skip' },
  },
} as const;

/** A mapped column as the person reads it: its label (`contacts.name` is the contact's name column). */
function columnLabel(tab: DataTabKey, key: string, language: Language): string {
  const [owner, own] = key.includes('.') ? (key.split('.', 2) as [string, string]) : [tab, key];
  const def = DATA_TABS.find((each) => each.key === owner) ?? tabDef(tab);
  const label = def.columns.find((column) => column.key === own)?.label[language] ?? key;
  return def.key === tab ? label : `${def.label[language]}: ${label}`;
}

/** The report of a plan, with the ids applyImport gives. */
function report(
  io: CommandIo,
  plan: ImportPlan,
  added: { tab: DataTabKey; id: string; line: number }[],
  language: Language,
): void {
  const text = TEXT[language];
  if (plan.headerLine > 1) io.out(text.headerLine(plan.headerLine));
  io.out(
    `${text.columns}: ${plan.mapping
      .map(
        ({ header, column }) =>
          `${header} → ${column ? columnLabel(plan.tab, column, language) : text.ignored}`,
      )
      .join('; ')}`,
  );
  const idOf = new Map(added.map((entry) => [`${entry.tab}|${entry.line}`, entry.id]));
  const describe = (row: Record<string, unknown>) =>
    cellText((row.name ?? row.title ?? row.description ?? row.lesson ?? '') as string);
  if (plan.accepted.length > 0) {
    io.out(`${text.accepted} (${plan.accepted.length}):`);
    for (const entry of plan.accepted) {
      const id = idOf.get(`${entry.tab}|${entry.line}`) ?? '';
      const partner = entry.partnerMatch ? `  [${entry.partnerMatch.reason.message[language]}]` : '';
      io.out(`  ${text.line} ${entry.line}  ${id}  ${describe(entry.row)}${partner}`);
    }
  }
  if (plan.related.length > 0) {
    io.out(`${text.related} (${plan.related.length}):`);
    for (const entry of plan.related) {
      const id = added.find((a) => a.tab === entry.tab && a.line === entry.line)?.id ?? '';
      io.out(
        `  ${text.line} ${entry.line}  ${id}  ${tabDef(entry.tab).label[language]}: ${describe(entry.row)}`,
      );
    }
  }
  if (plan.values.length > 0) {
    io.out(`${text.values} (${plan.values.length}):`);
    for (const question of plan.values) {
      const column = tabDef(plan.tab).columns.find((def) => def.key === question.column);
      const label = (key: string | null | undefined) =>
        key === undefined
          ? text.refused
          : key === null
            ? text.ignored
            : column?.enum
              ? enumLabel(column.enum, key, language)
              : key;
      io.out(
        `  ${column?.label[language] ?? question.column}: "${question.text}" → ${label(question.chosen)}`,
      );
    }
  }
  if (plan.matched.length > 0) {
    io.out(`${text.matched} (${plan.matched.length}):`);
    for (const entry of plan.matched) {
      const asked = entry.question ? `  ${text.asked}` : '';
      io.out(
        `  ${text.line} ${entry.line}  ${entry.id}  ${entry.reason.message[language]} → ${text.decisions[entry.decision]}${asked}`,
      );
    }
  }
  if (plan.duplicates.length > 0) {
    io.out(`${text.duplicates} (${plan.duplicates.length}):`);
    for (const entry of plan.duplicates)
      io.out(`  ${text.line} ${entry.line}  ${entry.reason.message[language]}`);
  }
  if (plan.rejected.length > 0) {
    io.out(`${text.rejected} (${plan.rejected.length}):`);
    for (const entry of plan.rejected)
      io.out(`  ${text.line} ${entry.line}  ${entry.reason.message[language]}`);
  }
  io.out(
    text.summary(plan.accepted.length, plan.matched.length, plan.duplicates.length, plan.rejected.length),
  );
}

async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parse(args);
  const dir = resolve(io.cwd, parsed.dir);
  const file = resolve(io.cwd, parsed.file);
  let bytes: Uint8Array;
  try {
    // Refused by its size before it is read (MAX_IMPORT_BYTES): a 200 MB file costs a stat, not a decode.
    const tooLarge = importSizeRefusal((await stat(file)).size);
    if (tooLarge) {
      io.err(`netreg import: ${errorText(tooLarge.message, parsed.language)}`);
      return 1;
    }
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const refused = fileSystemReason(error);
    const why = (error as Error).message;
    const unreadable =
      code === 'ENOENT'
        ? { en: `no such file "${parsed.file}"`, th: `ไม่พบไฟล์ "${parsed.file}"` }
        : (refused?.message ?? {
            en: `cannot read "${parsed.file}": ${why}`,
            th: `อ่านไฟล์ "${parsed.file}" ไม่ได้: ${why}`,
          });
    io.err(`netreg import: ${errorText(unreadable, parsed.language)}`);
    return 1;
  }
  const { text, encoding } = decodeCsvBytes(bytes);
  const choices = await choicesOf(parsed, io.cwd);
  const work = async (): Promise<number> => {
    const { register } = await loadRegister(dir);
    const language = parsed.language ?? register.language;
    const words = TEXT[language];
    const plan = planImport(parsed.tab, text, register, choices);
    io.out(words.header(parsed.file, tabDef(parsed.tab).label[language], encoding, plan.lineCount));
    // Errors speak as every command's do (--lang, else both), not only the register's language.
    if (plan.fatal) {
      const why = plan.fatal.message;
      const fatal = { th: `${TEXT.th.fatal}: ${why.th}`, en: `${TEXT.en.fatal}: ${why.en}` };
      io.err(`netreg import: ${errorText(fatal, parsed.language)}`);
      return 1;
    }
    const applied = applyImport(register, plan);
    const importable = plan.accepted.length > 0 || plan.matched.length > 0 || plan.updates.length > 0;
    const changed = applied.added.length > 0 || applied.updated.length > 0;
    // Nothing is reported added before it is saved: a full disk prints its reason, not a list.
    if (importable && !parsed.dryRun && changed) {
      const updatedRows: Partial<Record<DataTabKey, Row[]>> = {};
      for (const entry of applied.updated)
        updatedRows[entry.tab] = [...(updatedRows[entry.tab] ?? []), entry.row];
      await saveAddedRows(dir, applied.register, applied.newRows, updatedRows);
    }
    report(io, plan, applied.added, language);
    if (!importable) {
      io.err(`netreg import: ${errorText({ th: TEXT.th.nothing, en: TEXT.en.nothing }, parsed.language)}`);
      return 1;
    }
    if (parsed.dryRun) {
      io.out(words.dryRun);
      return 0;
    }
    if (changed) io.out(words.written(parsed.dir));
    return 0;
  };
  try {
    return parsed.dryRun ? await work() : await withRegisterLock(dir, work);
  } catch (error) {
    if (error instanceof RegisterFolderError) return printFolderError(io, 'import', error, parsed.language);
    throw error;
  }
}

export const importCommand: Command = {
  name: 'import',
  summary:
    'Import a CSV file into one tab: prints what is added, matched and rejected (with line numbers and reasons) / นำเข้าไฟล์ CSV',
  usage: `netreg import FILE.csv --tab ${TAB_CHOICES} [--header-line N] [--mapping CHOICES.json] [--dir D] [--dry-run] [--lang th|en]`,
  run,
};
