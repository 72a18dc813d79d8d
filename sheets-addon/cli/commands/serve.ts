import { resolve } from 'node:path';
import type { Pairing } from '../../core/contract';
import { withFileWorkbook } from '../../local/fileWorkbook';
import { loadRegister, RegisterFolderError } from '../../local/registerFolder';
import { startLocalServer } from '../../local/server/localServer';
import { prepareDemoRegister } from '../../local/server/registerPreparation';
import { callSidebarMethod } from '../../local/server/sidebarRoute';
import { buildSidebarHtml } from '../../sidebar/build';
import { type Command, type CommandIo, UsageError } from '../command';
import { errorText } from '../errorText';
import { folderOptions, printFolderError } from './folderOptions';
import { unexpectedArgument } from './sharedUsageErrors';

/** The port `netreg serve` listens on unless --port says otherwise. */
export const DEFAULT_PORT = 8787;

async function run(args: string[], io: CommandIo): Promise<number> {
  const { options, rest } = folderOptions(args, ['--port', '--demo'], []);
  if (rest.length > 0) throw unexpectedArgument(rest[0]);
  const portText = options.values['--port'] ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    throw new UsageError({
      en: '--port is a number 0–65535 (0 = any free port)',
      th: '--port ต้องเป็นตัวเลข 0–65535 (0 = พอร์ตใดก็ได้ที่ว่างอยู่)',
    });
  const dir = resolve(io.cwd, options.dir);
  const demo = options.values['--demo'];
  try {
    if (demo) {
      const prepared = await prepareDemoRegister(dir, resolve(io.cwd, demo));
      if (prepared.copied) io.out(`คัดลอกทะเบียนตัวอย่างไปที่ ${dir} / Copied the demo register to ${dir}`);
      if (prepared.setUp) io.out('ตั้งค่าทะเบียนแล้ว / Set up the register');
    } else {
      // A mistyped --dir must not become a new empty register the first time someone presses Set up.
      await loadRegister(dir);
    }
    const page = await buildSidebarHtml();
    const server = await startLocalServer({ dir, port, page });
    io.out(`ทะเบียนเครือข่าย: ${dir}`);
    // The address carries this launch's key: only whoever opens it can use the sidebar.
    io.out(`เปิด / Open: ${server.pageUrl}`);
    try {
      const pairing = (await withFileWorkbook(dir, (workbook) =>
        callSidebarMethod(workbook, server.endpoint, 'getPairing', []),
      )) as Pairing;
      io.out(`รหัสเชื่อมต่อส่วนขยาย / Extension pairing code: ${pairing.code}`);
    } catch (error) {
      // A first pairing writes its token; on a full disk the register is still served to read.
      if (!(error instanceof RegisterFolderError)) throw error;
      io.err(`netreg serve: ${errorText(error.reason.message, options.language)}`);
    }
    io.out('กด Ctrl+C เพื่อหยุด / Press Ctrl+C to stop');
    return 0;
  } catch (error) {
    if (error instanceof RegisterFolderError) return printFolderError(io, 'serve', error, options.language);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      const inUse = { en: `port ${port} is in use; try --port 0`, th: `พอร์ต ${port} ถูกใช้อยู่ ลองใช้ --port 0` };
      io.err(`netreg serve: ${errorText(inUse, options.language)}`);
      return 1;
    }
    throw error;
  }
}

export const serveCommand: Command = {
  name: 'serve',
  summary:
    'Serve a register folder on this computer: the sidebar beside its tabs, and the capture endpoint for the extension / เปิดทะเบียนในเบราว์เซอร์บนเครื่องนี้',
  usage: 'netreg serve [--dir D] [--port P] [--demo DEMO_DIR] [--lang th|en]',
  run,
};
