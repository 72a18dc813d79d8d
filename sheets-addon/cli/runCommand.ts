import { fileSystemReason } from '../local/fileSystemReason';
import { type Command, type CommandIo, UsageError } from './command';

/** The terminal: what `netreg` prints when run from a shell. */
export const consoleIo: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

function help(io: CommandIo, commands: readonly Command[]): void {
  io.out('netreg — Network Register (ทะเบียนเครือข่ายความร่วมมือ)\n');
  for (const command of commands) io.out(`  ${command.usage}\n      ${command.summary}`);
}

/**
 * Runs `netreg <argv>` with the given commands: COMMANDS (main.ts), or in the prebuilt bundle
 * the same definitions, each command's code loaded only when it runs (build/buildCli.mjs).
 */
export async function runCommand(
  argv: string[],
  io: CommandIo,
  commands: readonly Command[],
): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io, commands);
    return name ? 0 : 1;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`netreg: unknown command "${name}" / ไม่รู้จักคำสั่ง "${name}" — try: netreg help`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`netreg ${name}: ${error.message}`);
      return 2;
    }
    const refused = fileSystemReason(error);
    if (refused) {
      io.err(`netreg ${name}: ${refused.message.en} / ${refused.message.th}`);
      return 1;
    }
    throw error;
  }
}
