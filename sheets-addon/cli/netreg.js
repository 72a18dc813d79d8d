#!/usr/bin/env node
// The `netreg` command. It runs the bundle in dist/netreg/ that `npm install`/`npm ci` builds
// (sheets-addon/build/buildCli.mjs): the dispatcher and the help load at once, a command's code
// only when it runs. A source newer than the bundle rebuilds it first; when it cannot be built,
// tsx runs the TypeScript sources (slower to start, same behaviour).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUNDLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../dist/netreg');

/** The bundle's manifest, or undefined when there is none or a source changed since it was built. */
function freshManifest() {
  try {
    const path = join(BUNDLE_DIR, 'commands.json');
    const builtAt = statSync(path).mtimeMs;
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    return manifest.inputs.every((input) => statSync(input).mtimeMs <= builtAt) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

async function builtManifest() {
  try {
    const { buildCli } = await import('../build/buildCli.mjs');
    await buildCli();
    return freshManifest();
  } catch {
    return undefined;
  }
}

const argv = process.argv.slice(2);
const manifest = freshManifest() ?? (await builtManifest());
if (manifest) {
  const { consoleIo, runCommand } = await import(pathToFileURL(join(BUNDLE_DIR, manifest.entry)).href);
  const commands = manifest.commands.map(({ name, summary, usage, file }) => ({
    name,
    summary,
    usage,
    async run(args, io) {
      const module = await import(pathToFileURL(join(BUNDLE_DIR, file)).href);
      const command = Object.values(module).find((value) => value?.name === name && value.run);
      return command.run(args, io);
    },
  }));
  process.exitCode = await runCommand(argv, consoleIo, commands);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('./main.ts');
  process.exitCode = await main(argv);
}
