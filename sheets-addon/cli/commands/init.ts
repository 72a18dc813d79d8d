import { resolve } from 'node:path';
import type { RepairReport } from '../../core/contract';
import { withFileWorkbook } from '../../local/fileWorkbook';
import { initRegisterFolder, RegisterFolderError } from '../../local/registerFolder';
import { callSidebarMethod } from '../../local/server/sidebarRoute';
import type { Command, CommandIo } from '../command';
import { folderOptions, printFolderError } from './folderOptions';
import { unexpectedArgument } from './sharedUsageErrors';

async function run(args: string[], io: CommandIo): Promise<number> {
  const { options, rest } = folderOptions(args, [], []);
  if (rest.length > 0) throw unexpectedArgument(rest[0]);
  const dir = resolve(io.cwd, options.dir);
  const language = options.language ?? 'th';
  try {
    await initRegisterFolder(dir, { language });
    // The same setup as in Sheets, so the new register has its Settings, Lists and formula columns.
    await withFileWorkbook(
      dir,
      (workbook) => callSidebarMethod(workbook, '', 'setupOrRepair', [language]) as RepairReport,
    );
  } catch (error) {
    if (error instanceof RegisterFolderError) return printFolderError(io, 'init', error, options.language);
    throw error;
  }
  io.out(
    language === 'th'
      ? `สร้างทะเบียนว่างที่ ${dir} แล้ว เปิดใช้ด้วยคำสั่ง netreg serve --dir "${options.dir}"`
      : `Created an empty register at ${dir}; open it with: netreg serve --dir "${options.dir}"`,
  );
  return 0;
}

export const initCommand: Command = {
  name: 'init',
  summary: 'Create an empty register folder (Thai unless --lang en) / สร้างทะเบียนว่างใหม่',
  usage: 'netreg init [--dir D] [--lang th|en]',
  run,
};
