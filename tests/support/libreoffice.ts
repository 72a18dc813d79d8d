import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice's command line: SOFFICE_PATH, else Debian's package. */
export function sofficePath(): string {
  const path = process.env.SOFFICE_PATH || '/usr/bin/soffice';
  if (!existsSync(path))
    throw new Error(
      `No LibreOffice at ${path}: run \`apt-get install libreoffice-calc-nogui\` (or set SOFFICE_PATH)`,
    );
  return path;
}

/**
 * A private profile that recalculates every formula of an .xlsx or .ods on load, instead of
 * trusting the cached results the file carries (the default asks, and headless "never").
 * https://help.libreoffice.org/latest/en-US/text/scalc/01/06990000.html — Tools ▸ Options ▸
 * Calc ▸ Formula ▸ "Recalculation on File Load"; 0 is "Always recalculate".
 */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A headless LibreOffice with its own profile, converting files in batches (start-up costs seconds). */
export interface LibreOffice {
  /**
   * Opens each file, recalculates it and saves it as `format` (`xlsx`, `pdf`, `html`) in `outDir`,
   * all in one LibreOffice run. Returns the paths written, in the order given.
   */
  convert(files: readonly string[], format: string, outDir: string): Promise<string[]>;
  /** Removes the profile. */
  close(): Promise<void>;
}

export async function startLibreOffice(): Promise<LibreOffice> {
  const soffice = sofficePath();
  const profile = await mkdtemp(join(tmpdir(), 'netreg-libreoffice-'));
  await mkdir(join(profile, 'user'), { recursive: true });
  await writeFile(join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
  return {
    async convert(files, format, outDir) {
      const outputs = files.map((file) => join(outDir, `${basename(file, extname(file))}.${format}`));
      await rm(outDir, { recursive: true, force: true });
      await mkdir(outDir, { recursive: true });
      const args = [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ];
      // No timeout: a busy machine is slow, and the test's own timeout is the only clock.
      const { stdout, stderr } = await run(soffice, args, { maxBuffer: 16 * 1024 * 1024 });
      const missing = outputs.filter((output) => !existsSync(output));
      if (missing.length > 0)
        throw new Error(`LibreOffice wrote no ${missing.join(', ')}\n${stdout}\n${stderr}`);
      return outputs;
    },
    close: () => rm(profile, { recursive: true, force: true }),
  };
}
