import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../../sheets-addon/local/registerFolder';
import { type DemoRegisterPage, openDemoRegisterPage } from './demoRegisterPage';

/** Where the page is photographed, for a person to look at. */
const SCREENSHOT = join(tmpdir(), 'sidebar.png');
const THAI_NAME = 'โรงเรียนบ้านหนองบัวพัฒนศึกษา';
const IMPORTED_NAME = 'ศูนย์การเรียนชุมชนบ้านโป่ง';
/** The demo register's health is read at a fixed day, never today. */
const AS_OF = '2026-11-29';

/** Thai text as Windows-874 bytes (Thai letters U+0E01–U+0E5B sit at 0xA1–0xFB), as older Thai Excel saves CSV. */
function windows874(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1;
    throw new Error(`not in Windows-874: ${char}`);
  });
}

let dir = '';
let host: DemoRegisterPage | undefined;
let page: Page;

beforeAll(async () => {
  host = await openDemoRegisterPage({ tempPrefix: 'netreg-browser-', asOf: AS_OF });
  ({ dir, page } = host);
}, 60_000);

afterAll(async () => {
  await host?.close();
});

describe('the local host in Chromium', () => {
  it('opens on the register’s health in Thai, beside the partners table', async () => {
    await page.getByTestId('figure-partners').waitFor();
    expect(await page.getByTestId('sidebar').getAttribute('lang')).toBe('th');
    await expect
      .poll(() => page.getByTestId('table-view').textContent())
      .toContain('องค์การบริหารส่วนตำบลแม่แรม');
    expect(await page.getByTestId('tab-0').textContent()).toBe('ภาคีเครือข่าย');
    // Partners not contacted for long are listed by name.
    expect(await page.getByTestId('attention-stale').textContent()).toMatch(/[\u0E00-\u0E7F]/);
    expect(await page.getByTestId('sidebar').textContent()).not.toMatch(/\b[A-Z]{1,3}-\d{3,}\b/);
  });

  it('shows dates with the Thai month and Buddhist year, and money grouped in baht, not as stored', async () => {
    await page.getByTestId('tab-4').click();
    const resource = page.getByTestId('table-view').locator('tr', { hasText: 'R-0001' });
    await expect.poll(() => resource.textContent()).toContain('1 มิ.ย. 2567');
    expect(await resource.textContent()).toContain('150,000 บาท');
    expect(await page.getByTestId('table-view').textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.getByTestId('tab-0').click();
  });

  it('shows the server’s problem under the field, in Thai, when a partner has no name', async () => {
    await page.getByTestId('nav-add').click();
    await page.getByTestId('save').click();
    await page.getByTestId('problem-name').waitFor();
    expect(await page.getByTestId('problem-name').textContent()).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('warns before saving that a partner is already in the register, and how it matched', async () => {
    const form = page.getByTestId('form-partner');
    await form.getByTestId('field-website').fill('https://www.maeram.go.th/about');
    await form.getByTestId('field-name').click();
    await page.getByTestId('duplicate-warning').waitFor();
    const warning = await page.getByTestId('duplicate-warning').textContent();
    expect(warning).toContain('องค์การบริหารส่วนตำบลแม่แรม');
    expect(warning).not.toMatch(/\b[A-Z]{1,3}-\d{3,}\b/);
    await form.getByTestId('field-website').fill('');
  });

  it('adds a partner with a Thai name from the form, then shows it in the table and in the register files', async () => {
    const form = page.getByTestId('form-partner');
    await form.getByTestId('field-name').fill(THAI_NAME);
    await form.getByTestId('field-sector').selectOption('school');
    await form.getByTestId('field-province').fill('เชียงใหม่');
    await page.getByTestId('save').click();
    await page.getByTestId('saved').waitFor();
    const said = await page.getByTestId('saved').textContent();
    expect(said).toContain(`“${THAI_NAME}”`);
    expect(said).not.toMatch(/\b[A-Z]{1,3}-\d{3,}\b/);

    await expect.poll(() => page.getByTestId('table-view').textContent()).toContain(THAI_NAME);
    const row = page.getByTestId('table-view').locator('tr', { hasText: THAI_NAME });
    expect(await row.textContent()).toContain('สถานศึกษา');

    expect(await readFile(join(dir, 'partners.csv'), 'utf8')).toContain(THAI_NAME);
    const { register } = await loadRegister(dir);
    const saved = register.tables.partners.find((partner) => partner.name === THAI_NAME);
    expect(saved?.name).toBe(THAI_NAME);
    expect(saved?.sector).toBe('school');

    await page.getByTestId('nav-home').click();
    await page.getByTestId('figure-partners').waitFor();
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
  });

  it('finds the new partner by a Thai word in the middle of its name, and downloads the tab as CSV', async () => {
    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-query').fill('หนองบัว');
    await page.getByTestId('search-query').press('Enter');
    await expect.poll(() => page.getByTestId('search-results').textContent()).toContain(THAI_NAME);

    await page.getByTestId('nav-export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('ชื่อหน่วยงาน');
    expect(text).toContain(THAI_NAME);
  });

  it('imports a Windows-874 CSV chosen in the page: preview of the mapping, confirm, then undo from its snapshot', async () => {
    await page.getByTestId('nav-import').click();
    const csv = windows874(`ชื่อหน่วยงาน,ภาคส่วน,จังหวัด\r\n${IMPORTED_NAME},ชุมชน,เชียงใหม่\r\n`);
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-preview').waitFor();
    const preview = (await page.getByTestId('import-preview').textContent()) ?? '';
    expect(preview).toContain('windows-874');
    expect(preview).toContain('ชื่อหน่วยงาน');
    expect(await readFile(join(dir, 'partners.csv'), 'utf8')).not.toContain(IMPORTED_NAME);

    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor();
    await expect.poll(() => page.getByTestId('table-view').textContent()).toContain(IMPORTED_NAME);
    expect(await readFile(join(dir, 'partners.csv'), 'utf8')).toContain(IMPORTED_NAME);

    await page.getByTestId('import-undo').click();
    await expect.poll(() => page.getByTestId('table-view').textContent()).not.toContain(IMPORTED_NAME);
    expect(await readFile(join(dir, 'partners.csv'), 'utf8')).not.toContain(IMPORTED_NAME);
    expect(await readFile(join(dir, 'partners.csv'), 'utf8')).toContain(THAI_NAME);
  });

  it('switches the register to English from Settings, relabelling the tabs, and undoes it', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-save').waitFor();
    await page.locator('#settings-language').selectOption('en');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('language-undo').waitFor();
    await expect.poll(() => page.getByTestId('tab-0').textContent()).toBe('Partners');
    expect(await page.getByTestId('sidebar').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('table-view').textContent()).toContain('Local administrative organisation');
    await page.getByTestId('tab-4').click();
    const resource = page.getByTestId('table-view').locator('tr', { hasText: 'R-0001' });
    await expect.poll(() => resource.textContent()).toContain('1 Jun 2024');
    expect(await resource.textContent()).toContain('฿150,000');
    await page.getByTestId('tab-0').click();

    await page.getByTestId('language-undo').click();
    await expect.poll(() => page.getByTestId('tab-0').textContent()).toBe('ภาคีเครือข่าย');
    expect(await page.getByTestId('table-view').textContent()).toContain('องค์กรปกครองส่วนท้องถิ่น');
  });

  it('fits a 300-pixel window: the sidebar first, nothing wider than the window', async () => {
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 300, height: 700 });
    try {
      await page.getByTestId('nav-home').click();
      await page.getByTestId('figure-partners').waitFor();
      const sidebar = await page.getByTestId('sidebar').boundingBox();
      expect(sidebar?.y).toBeLessThan(50);
      expect(sidebar?.width).toBeLessThanOrEqual(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await page.screenshot({ path: join(tmpdir(), 'local-host-300px.png'), fullPage: true });
    } finally {
      if (wide) await page.setViewportSize(wide);
    }
  });
});
