/**
 * `npm run build:addon`: writes dist/sheets-addon/ — appsscript.json, one Code.js and one
 * inlined Sidebar.html — ready for `clasp push`; and dist/district-workbook/ — the district
 * office workbook's own Code.js and appsscript.json (its scopes stay out of the school's).
 *
 * Code.js is an IIFE of the server entry (global `NetReg`) followed by a real top-level
 * `function name(...args) { return NetReg.name(...args); }` for every export: Apps Script only
 * sees top-level function declarations as triggers, menu targets and `google.script.run` targets.
 */

import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { compactData, lazyLibraries } from './compactData';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The school register's bundle (the add-on). */
export const SCHOOL = {
  entry: join(ROOT, 'sheets-addon/appsscript/main.ts'),
  manifest: join(ROOT, 'sheets-addon/appsscript/appsscript.json'),
  out: join(ROOT, 'dist/sheets-addon'),
};
/** The district office workbook's bundle (a bound template). */
export const DISTRICT = {
  entry: join(ROOT, 'sheets-addon/appsscript/districtMain.ts'),
  manifest: join(ROOT, 'sheets-addon/appsscript/district/appsscript.json'),
  out: join(ROOT, 'dist/district-workbook'),
};
const OUT = SCHOOL.out;
/** The IIFE's global; the delegating functions call through it. */
export const GLOBAL_NAME = 'NetReg';

/** papaparse requires Node's `stream` for its Duplex mode; Apps Script has no modules, and the add-on never streams. */
const stubNodeStream: Plugin = {
  name: 'stub-node-stream',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^stream$/ }, () => ({ path: 'stream', namespace: 'stub' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'module.exports = { Duplex: function Duplex() {} };',
      loader: 'js',
    }));
  },
};

/** The bundle and the names it exports (read from esbuild's metafile, not a hand-kept list). */
export async function bundleServer(entry = SCHOOL.entry): Promise<{ code: string; exports: string[] }> {
  const common: BuildOptions = {
    entryPoints: [entry],
    bundle: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    // Apps Script compiles the whole file on every execution: less text is less to scan.
    minify: true,
    // Thai text as UTF-8 (3 bytes a letter), not \u escapes (6); Apps Script reads UTF-8 sources.
    charset: 'utf8',
    write: false,
    plugins: [stubNodeStream, lazyLibraries, compactData],
    logLevel: 'warning',
  };
  const result = await build({
    ...common,
    format: 'iife',
    globalName: GLOBAL_NAME,
    outfile: join(OUT, 'Code.js'),
  });
  // esbuild lists an entry's exports only for ES module output, so a second, unwritten build reads them.
  const shape = await build({ ...common, format: 'esm', metafile: true, outfile: join(OUT, 'exports.js') });
  const code = result.outputFiles?.[0]?.text ?? '';
  // Only functions get a top-level delegate: an exported constant is not a trigger or a target.
  const loaded = runInNewContext(`${code};${GLOBAL_NAME}`) as Record<string, unknown>;
  const exports = Object.values(shape.metafile.outputs)
    .flatMap((output) => output.exports)
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && typeof loaded[name] === 'function');
  return { code, exports };
}

/** One top-level function per export, so Apps Script can see it. */
export function delegatingFunctions(names: readonly string[]): string {
  return names
    .map((name) => `function ${name}(...args) { return ${GLOBAL_NAME}.${name}(...args); }`)
    .join('\n');
}

/** The sidebar as one HTML file: the sidebar's own build if it exists, else a page saying so. */
async function sidebarHtml(): Promise<string> {
  const sidebarBuild = join(ROOT, 'sheets-addon/sidebar/build.ts');
  if (existsSync(sidebarBuild)) {
    const module = (await import(pathToFileURL(sidebarBuild).href)) as {
      buildSidebarHtml?: () => Promise<string>;
    };
    if (typeof module.buildSidebarHtml === 'function') return module.buildSidebarHtml();
  }
  return [
    '<!doctype html><html><head><meta charset="utf-8"><base target="_top"></head><body>',
    '<p>ทะเบียนเครือข่าย — แถบด้านข้างยังไม่ได้สร้าง / The sidebar has not been built into this add-on.</p>',
    '</body></html>',
  ].join('\n');
}

export async function buildAddon(): Promise<{ exports: string[]; outDir: string }> {
  const { code, exports } = await bundleServer(SCHOOL.entry);
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'Code.js'), `${code}\n${delegatingFunctions(exports)}\n`);
  await copyFile(SCHOOL.manifest, join(OUT, 'appsscript.json'));
  await writeFile(join(OUT, 'Sidebar.html'), await sidebarHtml());
  return { exports, outDir: OUT };
}

export async function buildDistrictWorkbook(): Promise<{ exports: string[]; outDir: string }> {
  const { code, exports } = await bundleServer(DISTRICT.entry);
  await mkdir(DISTRICT.out, { recursive: true });
  await writeFile(join(DISTRICT.out, 'Code.js'), `${code}\n${delegatingFunctions(exports)}\n`);
  await copyFile(DISTRICT.manifest, join(DISTRICT.out, 'appsscript.json'));
  return { exports, outDir: DISTRICT.out };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const built of [await buildAddon(), await buildDistrictWorkbook()])
    console.log(`built ${built.outDir} (${built.exports.length} functions: ${built.exports.join(', ')})`);
}
