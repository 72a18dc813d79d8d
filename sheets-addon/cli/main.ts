import { fileSystemReason } from '../local/fileSystemReason';
import { type CommandIo, UsageError } from './command';
import { COMMANDS } from './commands';

const consoleIo: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

function help(io: CommandIo): void {
  io.out('netreg — Network Register (ทะเบียนเครือข่ายความร่วมมือ)\n');
  for (const command of COMMANDS) io.out(`  ${command.usage}\n      ${command.summary}`);
}

export async function main(argv: string[], io: CommandIo = consoleIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
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
