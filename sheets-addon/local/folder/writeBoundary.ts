/**
 * Every step that changes a register folder on disk passes here first, so the fault-injection
 * suite (tests/sheets-addon/local/faults) can stop a real process at any write boundary or make
 * the disk full or read-only there. Nothing happens unless a test sets a fault, in this process
 * (`setWriteFault`) or in a child process through NETREG_FAULT:
 *
 *   kill:N     SIGKILL this process at the Nth boundary
 *   enospc:N   from the Nth boundary on, every step that needs space fails with ENOSPC
 *   eacces:N   from the Nth boundary on, every step fails with EACCES (a read-only folder)
 *   count      print `netreg-write-boundaries <n>` to stderr on exit (to choose kill points)
 */
export type WriteStep = 'lock' | 'stage' | 'journal' | 'rename' | 'cleanup';

/** What a fault does at one boundary: nothing, throw, or kill the process. */
export type WriteFault = (step: WriteStep, count: number) => void;

/** Steps that allocate disk space (a rename or an unlink does not). */
const NEEDS_SPACE: ReadonlySet<WriteStep> = new Set(['lock', 'stage', 'journal']);

let count = 0;
let fault: WriteFault | undefined = faultFromEnvironment(process.env.NETREG_FAULT);

/** Sets (or clears, with undefined) the fault for this process; returns a reset. */
export function setWriteFault(next: WriteFault | undefined): () => void {
  fault = next;
  count = 0;
  return () => {
    fault = undefined;
    count = 0;
  };
}

/** Called before each step that changes the folder. */
export async function writeBoundary(step: WriteStep): Promise<void> {
  count++;
  fault?.(step, count);
}

/** An error as Node's fs gives it for a code. */
export function fsError(code: 'ENOSPC' | 'EACCES', step: WriteStep): NodeJS.ErrnoException {
  const text = code === 'ENOSPC' ? 'no space left on device' : 'permission denied';
  return Object.assign(new Error(`${code}: ${text} (injected at ${step})`), { code });
}

/** Full disk from the nth boundary on (only steps that need space fail). */
export function fullDiskFrom(n: number): WriteFault {
  return (step, at) => {
    if (at >= n && NEEDS_SPACE.has(step)) throw fsError('ENOSPC', step);
  };
}

/** A read-only folder from the nth boundary on. */
export function readOnlyFrom(n: number): WriteFault {
  return (step, at) => {
    if (at >= n) throw fsError('EACCES', step);
  };
}

function faultFromEnvironment(spec: string | undefined): WriteFault | undefined {
  if (!spec) return undefined;
  if (spec === 'count') {
    process.on('exit', () => process.stderr.write(`netreg-write-boundaries ${count}\n`));
    return () => undefined;
  }
  const [kind, at] = spec.split(':');
  const n = Number(at);
  if (!Number.isInteger(n) || n < 1) return undefined;
  if (kind === 'enospc') return fullDiskFrom(n);
  if (kind === 'eacces') return readOnlyFrom(n);
  if (kind === 'kill')
    return (_step, reached) => {
      if (reached === n) process.kill(process.pid, 'SIGKILL');
    };
  return undefined;
}
