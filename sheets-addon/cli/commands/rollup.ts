import { resolve } from 'node:path';
import type { Language } from '../../../shared/i18n/language';
import { networkFigures } from '../../../shared/rollup/networkFigures';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { districtWorkbook } from '../../local/rollup/districtXlsx';
import { type LocalRollup, localRollup } from '../../local/rollup/localRollup';
import { officeRollup } from '../../local/rollup/officeRollup';
import { type Command, type CommandIo, UsageError } from '../command';
import { asOfOption } from './asOfOption';
import { languageOption } from './languageOption';
import { missingValue, unknownOption } from './sharedUsageErrors';

interface RollupArgs {
  paths: string[];
  /** A district office folder whose District tab lists the schools (the local host's own District tab). */
  dir: string | null;
  out: string | null;
  json: boolean;
  asOf: string | null;
  language: Language;
}

function parse(args: string[]): RollupArgs {
  const parsed: RollupArgs = { paths: [], dir: null, out: null, json: false, asOf: null, language: 'th' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') parsed.json = true;
    else if (arg === '--out' || arg === '--as-of' || arg === '--lang' || arg === '--dir') {
      const value = args[++i];
      if (value === undefined) throw missingValue(arg);
      if (arg === '--out') parsed.out = value;
      else if (arg === '--dir') parsed.dir = value;
      else if (arg === '--as-of') {
        parsed.asOf = asOfOption(value);
      } else parsed.language = languageOption(value);
    } else if (arg.startsWith('--')) throw unknownOption(arg);
    else parsed.paths.push(arg);
  }
  if (parsed.dir !== null) {
    if (parsed.paths.length > 0 || parsed.out) {
      throw new UsageError({
        en: '--dir rolls up the office folder’s own list; give no paths or --out',
        th: '--dir ใช้รายชื่อโรงเรียนในโฟลเดอร์ของเขตเอง จึงไม่ต้องระบุทะเบียนหรือ --out',
      });
    }
    return parsed;
  }
  if (parsed.paths.length === 0) {
    throw new UsageError({
      en: 'name at least one register folder or .xlsx file',
      th: 'ระบุโฟลเดอร์ทะเบียนหรือไฟล์ .xlsx อย่างน้อยหนึ่งรายการ',
    });
  }
  if (!parsed.out && !parsed.json)
    throw new UsageError({
      en: 'give --out district.xlsx, --json, or both',
      th: 'ระบุ --out district.xlsx หรือ --json หรือทั้งสองอย่าง',
    });
  return parsed;
}

/** The roll-up as JSON: aggregate figures per school and for the district, never a person. */
function asJson(rollup: LocalRollup) {
  return {
    as_of: rollup.asOf,
    schools: rollup.model.rows.map((row) => ({
      name: row.result.name,
      ref: row.result.ref,
      status: row.result.status,
      status_code: row.result.reason.code,
      status_text: row.result.reason.message,
      rank: row.rank,
      score: row.score,
      figures: row.result.figures,
      weakest: row.weakest,
    })),
    total: rollup.model.total,
    readable: rollup.model.readable,
    schools_listed: rollup.model.schools,
  };
}

function printTable(rollup: LocalRollup, io: CommandIo): void {
  const { table } = rollup;
  io.out(table.columns.map((column) => column.label).join('\t'));
  for (const row of [table.totalRow, ...table.schoolRows]) io.out(row.map((cell) => cell ?? '').join('\t'));
}

export const rollupCommand: Command = {
  name: 'rollup',
  summary:
    'District roll-up of many registers (folders or .xlsx) side by side / รวบรวมภาพรวมเขตจากหลายทะเบียน',
  usage:
    'netreg rollup DIR_OR_XLSX… --out district.xlsx [--json] [--as-of YYYY-MM-DD] [--lang th|en]  |  netreg rollup --dir OFFICE_DIR',
  async run(args, io) {
    const parsed = parse(args);
    if (parsed.dir !== null) {
      const progress = await officeRollup(resolve(io.cwd, parsed.dir), {
        settings: { ...DEFAULT_SETTINGS, as_of: parsed.asOf },
        language: parsed.language,
        now: new Date().toISOString(),
      });
      io.out(parsed.json ? JSON.stringify(progress, null, 2) : progress.message.message[parsed.language]);
      return progress.readable === 0 ? 1 : 0;
    }
    const rollup = await localRollup(parsed.paths, {
      settings: { ...DEFAULT_SETTINGS, as_of: parsed.asOf },
      language: parsed.language,
      networkFiguresOf: networkFigures,
      now: new Date().toISOString(),
      cwd: io.cwd,
    });
    if (parsed.out) {
      await districtWorkbook(rollup.table).xlsx.writeFile(resolve(io.cwd, parsed.out));
    }
    if (parsed.json) io.out(JSON.stringify(asJson(rollup), null, 2));
    else {
      printTable(rollup, io);
      io.out(`→ ${parsed.out}`);
    }
    return rollup.model.readable === 0 ? 1 : 0;
  },
};
