#!/usr/bin/env node
// Plain-Node entry of the `netreg` command: tsx loads the TypeScript sources directly,
// so the command works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
