import type { Command } from './command';

/** Every `netreg` sub-command. Each lives in its own file under `commands/`. */
export const COMMANDS: Command[] = [];
