import type { Command } from './command';
import { exportCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { rollupCommand } from './commands/rollup';
import { serveCommand } from './commands/serve';
import { summaryCommand } from './commands/summary';
import { validateCommand } from './commands/validate';

/** Every `netreg` sub-command. Each lives in its own file under `commands/`. */
export const COMMANDS: Command[] = [
  initCommand,
  importCommand,
  exportCommand,
  validateCommand,
  rollupCommand,
  extractCommand,
  serveCommand,
  summaryCommand,
];
