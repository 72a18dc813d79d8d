/**
 * Bundles the `netreg` CLI into dist/netreg/ (gitignored) so it starts like a native tool instead
 * of compiling TypeScript on every run: one chunk for the dispatcher, one per command (a command's
 * code and its libraries load only when it runs), and commands.json with each command's name,
 * summary and usage read from the built commands themselves, which is all `netreg --help` loads.
 * Runs at `npm install`/`npm ci` (postinstall) and again from sheets-addon/cli/netreg.js whenever a
 * source is newer than the bundle. Plain JavaScript: it must run before anything is compiled.
 * Run by hand: `node sheets-addon/build/buildCli.mjs`.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'sheets-addon/cli');
export const BUNDLE_DIR = join(ROOT, 'dist/netreg');
/** What netreg.js reads: the commands' definitions and the sources the bundle was built from. */
export const MANIFEST = 'commands.json';

/**
 * Bundled code runs from dist/netreg/, so each source's own `import.meta.url` is written in as a
 * literal: the sidebar build still finds main.tsx beside its source.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return {
        contents: source.replaceAll('import.meta.url', url),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

/** The command modules: every file under commands/ that exports a command definition. */
function commandFiles() {
  return readdirSync(join(CLI, 'commands'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(CLI, 'commands', file));
}

export async function buildCli() {
  mkdirSync(dirname(BUNDLE_DIR), { recursive: true });
  const staging = mkdtempSync(join(dirname(BUNDLE_DIR), '.netreg-'));
  try {
    const entries = [join(CLI, 'runCommand.ts'), join(CLI, 'commands.ts'), ...commandFiles()];
    const result = await build({
      entryPoints: entries,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Small libraries go into the chunks (no module lookups at start); big or native ones stay outside.
      external: ['esbuild', 'exceljs', 'linkedom', 'tsx'],
      outdir: staging,
      outbase: CLI,
      metafile: true,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'warning',
      plugins: [keepModuleUrls],
      // Bundled CommonJS libraries may require() Node's built-ins, which ES modules lack.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    const { COMMANDS } = await import(pathToFileURL(join(staging, 'commands.js')).href);
    const commands = [];
    for (const file of readdirSync(join(staging, 'commands'))) {
      const module = await import(pathToFileURL(join(staging, 'commands', file)).href);
      for (const value of Object.values(module)) {
        if (COMMANDS.includes(value)) {
          const { name, summary, usage } = value;
          commands.push({ name, summary, usage, file: `commands/${file}`, order: COMMANDS.indexOf(value) });
        }
      }
    }
    const inputs = Object.keys(result.metafile.inputs)
      .filter((input) => !input.includes('node_modules'))
      .map((input) => resolve(ROOT, input));
    writeFileSync(
      join(staging, MANIFEST),
      JSON.stringify({ entry: 'runCommand.js', commands: inCommandsOrder(commands), inputs }, null, 2),
    );
    rmSync(BUNDLE_DIR, { recursive: true, force: true });
    renameSync(staging, BUNDLE_DIR);
    chmodSync(BUNDLE_DIR, 0o755);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** In COMMANDS' order (commands.ts), which the help and the README follow. */
function inCommandsOrder(commands) {
  return commands.sort((a, b) => a.order - b.order).map(({ order, ...command }) => command);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
