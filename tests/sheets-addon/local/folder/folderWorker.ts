// A separate process that writes to a register folder, for crash and concurrency tests.
// Usage: tsx folderWorker.ts rewrite DIR | append DIR LABEL COUNT
import { appendRows, writeGrid } from '../../../../sheets-addon/local/registerFolder';

const [mode, dir, label, count] = process.argv.slice(2);
if (mode === 'rewrite') {
  // Alternates two large grids forever; the parent kills it mid-write. Ready only once the first
  // grid is whole on disk, so there is always an old file for the killed write to leave intact.
  const grids = ['A', 'B'].map((mark) =>
    Array.from({ length: 20_000 }, (_, i) => [`P-${i}`, `โรงเรียน ${mark} ${i}`]),
  );
  await writeGrid(dir, 'partners', grids[0]);
  process.stdout.write('ready\n');
  for (let n = 1; ; n++) await writeGrid(dir, 'partners', grids[n % 2]);
} else if (mode === 'append') {
  for (let i = 0; i < Number(count); i++) {
    await appendRows(dir, 'partners', [{ id: null, name: `${label} ${i}` }]);
  }
}
