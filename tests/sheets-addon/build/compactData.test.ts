import vm from 'node:vm';
import { build } from 'esbuild';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { normalisePhone, phoneDisplay } from '../../../shared/normalise/phone';
import { compactData } from '../../../sheets-addon/build/compactData';

/** `shared/normalise/phone` and tldts bundled as Code.js bundles them (data compacted), then loaded in a bare V8 context. */
async function compactedModules() {
  const result = await build({
    stdin: {
      contents: `export { getDomain } from 'tldts'; export { normalisePhone, phoneDisplay } from './shared/normalise/phone';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'iife',
    globalName: 'Compacted',
    minify: true,
    write: false,
    plugins: [compactData],
    logLevel: 'error',
  });
  return vm.runInNewContext(`${result.outputFiles[0].text};Compacted`) as {
    getDomain: typeof getDomain;
    normalisePhone: typeof normalisePhone;
    phoneDisplay: typeof phoneDisplay;
  };
}

const HOSTS = [
  'www.obec.go.th',
  'lpru.ac.th',
  'www.cmru.ac.th',
  'maeram.go.th',
  'shop.example.co.th',
  'foundation.or.th',
  'isp.in.th',
  'school.blogspot.com',
  'user.github.io',
  'a.b.c.kawasaki.jp',
  'city.kawasaki.jp',
  'www.bbc.co.uk',
  'xn--12c1fe0br.xn--o3cw4h',
  'example.com',
  'localhost',
];

const PHONES = [
  '053-121-234 ต่อ 12',
  '081 234 5678',
  '02-123-4567',
  '๐๒ ๑๒๓ ๔๕๖๗',
  '+66 53 121 555',
  '0 5312 1555',
  '021234',
  '099-999-9999',
  '+1 408-714-1489',
  '+44 20 7946 0958',
  '+81 3-1234-5678',
];

describe('the data compaction of the Apps Script bundle', () => {
  it('finds the same registrable domain as tldts for Thai and other hosts', async () => {
    const compacted = await compactedModules();
    for (const host of HOSTS) expect(compacted.getDomain(host), host).toBe(getDomain(host));
  }, 60_000);

  it('reads and writes phones as with the full metadata: Thai numbers still checked against the numbering plan', async () => {
    const compacted = await compactedModules();
    for (const phone of PHONES) {
      const full = normalisePhone(phone);
      const small = compacted.normalisePhone(phone);
      if (phone.startsWith('+') && !phone.startsWith('+66')) {
        // Foreign numbers are checked by length only, as libphonenumber-js does by default.
        expect(small.ok, phone).toBe(true);
      } else expect(JSON.parse(JSON.stringify(small)), phone).toEqual(full);
      if (full.ok) expect(compacted.phoneDisplay(full.value), phone).toBe(phoneDisplay(full.value));
    }
  }, 60_000);
});
