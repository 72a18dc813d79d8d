import { basename, dirname, resolve } from 'node:path';
import { exportCsv } from '../../../shared/csv/exportCsv';
import { DATA_TAB_KEYS, isDataTabKey, tabDef } from '../../../shared/schema/tabs';
import { isBookkeeping, listFolderFiles } from '../../local/folder/folderCommit';
import { folderError } from '../../local/folder/messages';
import {
  loadRegister,
  META_FILE,
  RegisterFolderError,
  sheetFileName,
  writeFileAtomic,
} from '../../local/registerFolder';
import { type Command, type CommandIo, UsageError } from '../command';
import { errorText } from '../errorText';
import { folderOptions, printFolderError } from './folderOptions';
import { TAB_CHOICES, tabRequired, unexpectedArgument, unknownTab } from './sharedUsageErrors';

async function run(args: string[], io: CommandIo): Promise<number> {
  const { options, rest } = folderOptions(args, ['--format', '--tab', '--out'], []);
  if (rest.length > 0) throw unexpectedArgument(rest[0]);
  const format = options.values['--format'] ?? 'csv';
  const out = options.values['--out'];
  if (format !== 'csv' && format !== 'xlsx')
    throw new UsageError({ en: '--format is csv or xlsx', th: '--format ต้องเป็น csv หรือ xlsx' });
  if (!out) throw new UsageError({ en: '--out FILE is required', th: 'ต้องระบุไฟล์ที่จะส่งออกด้วย --out FILE' });
  const tab = options.values['--tab'];
  if (format === 'csv') {
    if (!tab) throw tabRequired({ en: '--tab is required for csv', th: 'ส่งออกเป็น csv ต้องระบุ --tab' });
    if (!isDataTabKey(tab)) throw unknownTab(tab);
  }
  const dir = resolve(io.cwd, options.dir);
  const outPath = resolve(io.cwd, out);
  try {
    // An export never replaces one of the register's own files (it would bypass the lock and the journal).
    if (await isRegisterFile(dir, outPath)) throw folderError('folder.own_file', { file: out });
    const { register, problems } = await loadRegister(dir);
    const language = options.language ?? register.language;
    if (format === 'xlsx') {
      // Loaded only here: exceljs takes longer to load than the rest of netreg.
      const { exportXlsx } = await import('../../local/xlsx/exportXlsx');
      await exportXlsx({ ...register, language }, outPath);
      io.out(language === 'th' ? `ส่งออกทะเบียนเป็น ${out} แล้ว` : `Exported the register to ${out}`);
      return 0;
    }
    const key = tab as (typeof DATA_TAB_KEYS)[number];
    try {
      await writeFileAtomic(outPath, exportCsv(key, register.tables[key], language));
    } catch (error) {
      const why = (error as Error).message;
      const unwritable = { en: `cannot write "${out}": ${why}`, th: `เขียนไฟล์ "${out}" ไม่ได้: ${why}` };
      io.err(`netreg export: ${errorText(unwritable, options.language)}`);
      return 1;
    }
    const skipped = problems.filter(
      (problem) => problem.tab === key && problem.reason.code !== 'text.not_safe',
    ).length;
    const rows = register.tables[key].length;
    io.out(
      language === 'th'
        ? `ส่งออก ${tabDef(key).label.th} ${rows} แถว เป็น ${out} แล้ว`
        : `Exported ${rows} rows of ${tabDef(key).label.en} to ${out}`,
    );
    if (skipped > 0) {
      io.out(
        language === 'th'
          ? `หมายเหตุ: ${skipped} ช่องอ่านไม่ได้และถูกเว้นว่าง (ดู netreg validate)`
          : `Note: ${skipped} cells could not be read and were left empty (see netreg validate)`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof RegisterFolderError) return printFolderError(io, 'export', error, options.language);
    throw error;
  }
}

/** Whether a path names a file the register folder keeps (a tab, register.json, its lock or journal). */
async function isRegisterFile(dir: string, path: string): Promise<boolean> {
  if (dirname(path) !== dir) return false;
  const name = basename(path);
  if (name === META_FILE || isBookkeeping(name) || DATA_TAB_KEYS.some((key) => sheetFileName(key) === name))
    return true;
  const files = await listFolderFiles(dir).catch(() => [] as string[]);
  return files.includes(name);
}

export const exportCommand: Command = {
  name: 'export',
  summary:
    'Export one tab as CSV (UTF-8 with BOM, labels in the language) or the register as .xlsx / ส่งออกข้อมูล',
  usage: `netreg export --format csv|xlsx --tab ${TAB_CHOICES} --out FILE [--dir D] [--lang th|en]`,
  run,
};
