import type { Language } from '../../shared/i18n/language';
import { fileSystemReason } from '../local/fileSystemReason';
import { type Command, type CommandIo, UsageError } from './command';
import { type CommandLine, commandLine, LANGUAGE_OPTION_NOTE } from './commandLine';
import { errorText } from './errorText';

/** The terminal: what `netreg` prints when run from a shell. */
export const consoleIo: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

function help(io: CommandIo, commands: readonly Command[]): void {
  io.out('netreg — Network Register (ทะเบียนเครือข่ายความร่วมมือ)\n');
  for (const command of commands) io.out(`  ${command.usage}\n      ${command.summary}`);
  io.out(`\n${LANGUAGE_OPTION_NOTE}`);
}

/**
 * A usage error (exit code 2) or a file-system refusal (exit code 1) as one line in the chosen
 * language; anything else is a bug and keeps its stack trace.
 */
function printedError(error: unknown, io: CommandIo, speaker: string, language?: Language): number {
  if (error instanceof UsageError) {
    io.err(`${speaker}: ${errorText(error.text, language)}`);
    return 2;
  }
  const refused = fileSystemReason(error);
  if (refused) {
    io.err(`${speaker}: ${errorText(refused.message, language)}`);
    return 1;
  }
  throw error;
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
  let line: CommandLine;
  try {
    line = commandLine(argv);
  } catch (error) {
    return printedError(error, io, 'netreg');
  }
  const { name, args, language } = line;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io, commands);
    return name ? 0 : 1;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const unknown = {
      en: `unknown command "${name}" — try: netreg help`,
      th: `ไม่รู้จักคำสั่ง "${name}" — ดูคำสั่งทั้งหมดด้วย netreg help`,
    };
    io.err(`netreg: ${errorText(unknown, language)}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return printedError(error, io, `netreg ${name}`, language);
  }
}
