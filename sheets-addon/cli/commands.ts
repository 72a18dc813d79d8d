import type { Command } from './command';
import { extractCommand } from './commands/extract';
import { rollupCommand } from './commands/rollup';

/** Every `netreg` sub-command. Each lives in its own file under `commands/`. */
export const COMMANDS: Command[] = [rollupCommand, extractCommand];
