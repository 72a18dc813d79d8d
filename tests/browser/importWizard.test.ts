import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../../sheets-addon/local/registerFolder';
import { type DemoRegisterPage, openDemoRegisterPage } from './demoRegisterPage';

/** A partner list as schools keep it: a title row, a near-miss sector, and a co-operative sharing the temple's phone. */
const CSV = [
  'รายชื่อภาคีเครือข่าย ปีการศึกษา 2568,,',
  'ชื่อหน่วยงาน,ภาคส่วน,โทรศัพท์',
  'สำนักงานที่ดินอำเภอแม่ริม,หน่วยงานรัฐ,',
  'สหกรณ์การเกษตรแม่เหียะ,ชุมชน,053 222 010',
].join('\n');

let dir = '';
let host: DemoRegisterPage | undefined;
let page: Page;

beforeAll(async () => {
  host = await openDemoRegisterPage({ tempPrefix: 'netreg-wizard-' });
  ({ dir, page } = host);
  await page.setViewportSize({ width: 300, height: 1400 });
}, 60_000);

afterAll(async () => {
  await host?.close();
});

async function openWizard(): Promise<void> {
  await page.getByTestId('nav-import').click();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'ภาคี.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByTestId('import-preview').waitFor();
}

describe('the import wizard in Chromium at 300 px', () => {
  it('reads below the title row, proposes the nearest sector and asks about a phone-only match, in Thai', async () => {
    await page.getByTestId('figure-partners').waitFor();
    await openWizard();
    expect(await page.getByTestId('import-header-line').inputValue()).toBe('2');
    expect(await page.getByTestId('import-value-0').inputValue()).toBe('gov_agency');
    await page.getByTestId('import-duplicate-4-question').waitFor();
    expect(await page.getByTestId('import-duplicate-4').inputValue()).toBe('add');
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(false);
    await page.getByTestId('sidebar').screenshot({ path: join(tmpdir(), 'import-wizard-th.png') });
  });

  it('keeps Confirm disabled while nothing would be imported (the name column ignored)', async () => {
    await page.getByTestId('import-column-0').selectOption('');
    await expect.poll(() => page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await page.getByTestId('import-column-0').selectOption('name');
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('import-confirm').isDisabled()).toBe(false);
  });

  it('shows the same wizard in English, nothing cut off, and imports both lines', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('sidebar').getAttribute('lang')).toBe('en');
    await page.getByTestId('nav-home').click();
    await openWizard();
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="sidebar"] button, [data-testid="sidebar"] label')]
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.textContent),
    );
    expect(clipped).toEqual([]);
    await page.getByTestId('sidebar').screenshot({ path: join(tmpdir(), 'import-wizard-en.png') });
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor();
    const { register } = await loadRegister(dir);
    const names = register.tables.partners.map((row) => row.name);
    expect(names).toContain('สำนักงานที่ดินอำเภอแม่ริม');
    expect(names).toContain('สหกรณ์การเกษตรแม่เหียะ');
  });
});
