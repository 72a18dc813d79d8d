/**
 * CSV import at scale: a 50,000-line partner list (Thai names; some lines are partners already
 * in the register by email, by domain or by name) imported into a 5,000-partner register —
 * decode + parse + planImport (normalise and match every line) + applyImport. Reports time per
 * stage and the process's peak memory against the targets (≤ 2 s, ≤ 300 MB).
 * Run: `node --import tsx --expose-gc bench/csvImport.bench.ts` (or `npm run bench`).
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { applyImport } from '../shared/csv/applyImport';
import { decodeCsvBytes } from '../shared/csv/decodeCsvBytes';
import { exportCsv } from '../shared/csv/exportCsv';
import { parseCsv } from '../shared/csv/parseCsv';
import { planImport } from '../shared/csv/planImport';
import { emptyCounters, emptyTables, type Register, type Row } from '../shared/register/register';
import { DEFAULT_SETTINGS } from '../shared/settings/settings';

const REGISTER_PARTNERS = 5_000;
const CSV_LINES = 50_000;
/** Share of CSV lines that are partners already in the register (a third each by email, domain, name). */
const MATCHING_SHARE = 0.15;
const TARGET_MS = 2_000;
const TARGET_MB = 300;

const PLACES = [
  'แม่แรม',
  'ริมใต้',
  'ดอนแก้ว',
  'สันโป่ง',
  'ขี้เหล็ก',
  'โป่งแยง',
  'แม่สา',
  'ห้วยทราย',
  'เหมืองแก้ว',
  'สะลวง',
];
const KINDS = [
  'โรงเรียนบ้าน',
  'องค์การบริหารส่วนตำบล',
  'วัด',
  'บริษัท ',
  'มูลนิธิ',
  'ชมรมผู้ปกครอง',
  'โรงพยาบาลส่งเสริมสุขภาพตำบล',
];
const SECTORS = ['school', 'local_gov', 'religious', 'private', 'civil_society', 'parents', 'gov_agency'];
const DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** A Thai organisation name, distinct for each n. */
function thaiName(n: number): string {
  const kind = n % KINDS.length;
  const suffix = kind === 3 ? ' จำกัด' : '';
  const number = String(n)
    .split('')
    .map((digit) => DIGITS[Number(digit)])
    .join('');
  return `${KINDS[kind]}${PLACES[n % PLACES.length]} ${number}${suffix}`;
}

function registerPartner(n: number): Row {
  return {
    id: `P-${String(n + 1).padStart(4, '0')}`,
    name: thaiName(n),
    sector: SECTORS[n % SECTORS.length],
    status: 'active',
    website: `https://www.org${n}.ac.th`,
    email: `office@org${n}.ac.th`,
    phone: `+66531${String(n).padStart(5, '0')}`,
    province: 'เชียงใหม่',
  };
}

function generateRegister(): Register {
  const tables = emptyTables();
  tables.partners = Array.from({ length: REGISTER_PARTNERS }, (_, n) => registerPartner(n));
  const counters = { ...emptyCounters(), partners: REGISTER_PARTNERS };
  return { language: 'th', tables, counters, settings: DEFAULT_SETTINGS };
}

/** The file a school would bring: Thai labels, Thai phone formats, a BOM. */
function generateCsv(): Uint8Array {
  const rows: Row[] = [];
  for (let i = 0; i < CSV_LINES; i++) {
    const existing = i % Math.round(1 / MATCHING_SHARE) === 0 ? (i * 7) % REGISTER_PARTNERS : -1;
    if (existing >= 0) {
      const how = i % 3;
      rows.push({
        name: how === 2 ? thaiName(existing) : `ชื่อเรียกอื่น ${i}`,
        email: how === 0 ? `office@org${existing}.ac.th` : null,
        website: how === 1 ? `http://org${existing}.ac.th/contact` : null,
        phone: `08${String(10_000_000 + i).slice(-8)}`,
      });
    } else {
      const n = REGISTER_PARTNERS + i;
      rows.push({
        name: thaiName(n),
        sector: SECTORS[n % SECTORS.length],
        email: `info${i}@new${i}.or.th`,
        phone: `053 ${String(100 + (i % 900))} ${String(i % 1000).padStart(3, '0')}`,
        website: `https://new${i}.or.th`,
        province: 'เชียงใหม่',
        district: 'แม่ริม',
        notes: i % 50 === 0 ? '=HYPERLINK("http://evil.example")' : 'นำเข้าจากรายชื่อเดิม',
      });
    }
  }
  return new TextEncoder().encode(exportCsv('partners', rows, 'th'));
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const mb = (bytes: number) => bytes / 1024 / 1024;

const register = generateRegister();
const bytes = generateCsv();
gc();
const baseline = process.memoryUsage().rss;

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { text } = decodeCsvBytes(bytes);
const t1 = performance.now();
const lines = parseCsv(text).grid.length - 1;
const t2 = performance.now();
const plan = planImport('partners', text, register);
const t3 = performance.now();
const applied = applyImport(register, plan);
const t4 = performance.now();
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const peakRss = process.resourceUsage().maxRSS * 1024;

const total = t4 - t0;
const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(
  `## CSV import: ${CSV_LINES.toLocaleString('en')} partner lines into a ${REGISTER_PARTNERS.toLocaleString('en')}-partner register\n`,
);
console.log(
  `Machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} when the run ended (other processes share the cores).\n`,
);
console.log('| stage | measured | target |');
console.log('|---|---|---|');
console.log(`| decode (${mb(bytes.length).toFixed(1)} MB UTF-8) | ${ms(t1 - t0)} | |`);
console.log(`| parse (${lines.toLocaleString('en')} lines; planImport parses again) | ${ms(t2 - t1)} | |`);
console.log(`| planImport (parse, normalise, match) | ${ms(t3 - t2)} | |`);
console.log(`| applyImport (ids, counters) | ${ms(t4 - t3)} | |`);
console.log(
  `| **decode + planImport + applyImport** | **${ms(total - (t2 - t1))}** | ≤ ${TARGET_MS} ms ${total - (t2 - t1) <= TARGET_MS ? '✓' : '✗'} |`,
);
console.log(
  `| CPU time of all stages (user + system; the wall figure grows when the machine is shared) | ${ms(cpuMs)} | |`,
);
console.log(
  `| peak RSS (whole process, generated data included) | ${mb(peakRss).toFixed(0)} MB | ≤ ${TARGET_MB} MB ${mb(peakRss) <= TARGET_MB ? '✓' : '✗'} |`,
);
console.log(`| RSS before import (register + file generated) | ${mb(baseline).toFixed(0)} MB | |`);
console.log('');
console.log('| outcome | lines |');
console.log('|---|---|');
console.log(`| added | ${plan.accepted.length.toLocaleString('en')} |`);
console.log(`| matched to an existing partner | ${plan.matched.length.toLocaleString('en')} |`);
console.log(`| rejected | ${plan.rejected.length.toLocaleString('en')} |`);
console.log(`| duplicates | ${plan.duplicates.length.toLocaleString('en')} |`);
console.log(`| register partners after | ${applied.register.tables.partners.length.toLocaleString('en')} |`);
