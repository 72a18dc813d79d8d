// A separate process that takes a register folder's lock, for the lock tests.
// Usage: tsx lockWorker.ts hold DIR        take the lock, print "locked", keep it until stdin closes
//        tsx lockWorker.ts race DIR COUNT  take it COUNT times; inside, claim a marker file that
//                                          only one holder at a time may create; print the overlaps
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { withFolderLock } from '../../../../sheets-addon/local/registerFolder';

const [mode, dir, count] = process.argv.slice(2);
if (mode === 'hold') {
  await withFolderLock(dir, async () => {
    process.stdout.write('locked\n');
    process.stdin.resume();
    await new Promise((done) => process.stdin.once('end', done));
  });
} else if (mode === 'race') {
  let overlaps = 0;
  for (let i = 0; i < Number(count); i++) {
    await withFolderLock(
      dir,
      async () => {
        const marker = join(dir, 'holder');
        try {
          const handle = await open(marker, 'wx');
          await handle.writeFile(String(process.pid));
          await handle.close();
        } catch {
          overlaps++;
          return;
        }
        await rm(marker);
      },
      { waitMs: 120_000 },
    );
  }
  process.stdout.write(`overlaps ${overlaps}\n`);
}
