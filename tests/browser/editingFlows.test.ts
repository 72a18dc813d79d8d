import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/i18n/language';
import { loadRegister } from '../../sheets-addon/local/registerFolder';
import { type DemoRegisterPage, openDemoRegisterPage } from './demoRegisterPage';
import { googleScriptRun } from './googleScriptRun';

/** A record id as the register writes it (P-0001, A-0015): kept out of what a person reads. */
const RECORD_ID = /\b[A-Z]{1,3}-\d{3,}\b/;

/** The widest sidebar Sheets shows. */
const SHEETS_SIDEBAR_WIDTH = 300;

const TEXT = {
  th: {
    saved: 'บันทึกการแก้ไข',
    undone: 'ย้อนกลับแล้ว',
    restorePoint: /^ก่อนลบรายการ · \d{1,2} \S+ 25\d\d \d\d:\d\d/,
    importPoint: 'ก่อนนำเข้าข้อมูล',
  },
  en: {
    saved: 'Saved the changes',
    undone: 'Undone',
    restorePoint: /^Before a delete · \d{1,2} \w{3} 20\d\d \d\d:\d\d/,
    importPoint: 'Before an import',
  },
} as const;

/** How far the page is wider than the sidebar (0 when nothing overflows sideways). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** One server call from the page, as the sidebar makes it (for setting up what a flow starts from). */
async function call(page: Page, method: string, args: unknown[]): Promise<unknown> {
  return page.evaluate(
    async ({ method, args }) => {
      const reply = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      });
      return ((await reply.json()) as { value: unknown }).value;
    },
    { method, args },
  );
}

describe.each<Language>(['th', 'en'])('editing in the 300-pixel Sheets sidebar (%s)', (language) => {
  let host: DemoRegisterPage | undefined;
  let page: Page;
  const shot = (name: string) =>
    page.screenshot({ path: join(tmpdir(), `editing-${name}-${language}.png`), fullPage: true });

  beforeAll(async () => {
    host = await openDemoRegisterPage({
      tempPrefix: `netreg-editing-${language}-`,
      language,
      beforeLoad: async (page) => {
        await page.setViewportSize({ width: SHEETS_SIDEBAR_WIDTH, height: 700 });
        await page.addInitScript(googleScriptRun);
      },
    });
    page = host.page;
  }, 60_000);

  afterAll(async () => {
    await host?.close();
  });

  it('finds a partner by its abbreviation and by its phone typed another way, in one list with contacts', async () => {
    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-query').fill('อบต.แม่แรม');
    await page.getByTestId('search-query').press('Enter');
    await page.getByTestId('open-P-0001').waitFor();
    await page.getByTestId('search-query').fill('+66 53 121 456');
    await page.getByTestId('search-query').press('Enter');
    await expect
      .poll(() => page.getByTestId('search-results').textContent())
      .toContain('องค์การบริหารส่วนตำบลแม่แรม');
    expect(await page.getByTestId('search-results').textContent()).not.toMatch(RECORD_ID);
    // A school and its teacher share a number: both come back, the partner first.
    await page.getByTestId('search-query').fill('0812345678');
    await page.getByTestId('search-query').press('Enter');
    await page.getByTestId('open-C-0004').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot('search');
  });

  it('opens a result, saves an edit with the same validation as adding, and undoes it', async () => {
    await page.getByTestId('open-P-0004').click();
    await page.getByTestId('edit-form').waitFor();
    await page.getByTestId('field-email').fill('not an email');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('problem-email').waitFor();
    await page.getByTestId('field-email').fill('');
    await page.getByTestId('field-name').fill('โรงเรียนบ้านแม่แรมวิทยา');
    await page.getByTestId('edit-save').click();
    await expect.poll(() => page.getByTestId('edit-saved').textContent()).toContain(TEXT[language].saved);
    expect(await page.getByTestId('edit-saved').textContent()).toContain('“โรงเรียนบ้านแม่แรมวิทยา”');
    expect(await page.getByTestId('record').textContent()).not.toMatch(RECORD_ID);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot('edit');
    let partners = (await loadRegister(host!.dir)).register.tables.partners;
    expect(partners.find((row) => row.id === 'P-0004')?.name).toBe('โรงเรียนบ้านแม่แรมวิทยา');

    await page.getByTestId('edit-saved').getByRole('button').click();
    await expect.poll(() => page.getByTestId('undo-done').textContent()).toContain(TEXT[language].undone);
    partners = (await loadRegister(host!.dir)).register.tables.partners;
    expect(partners.find((row) => row.id === 'P-0004')?.name).toBe('โรงเรียนบ้านแม่แรม');
  });

  it('deletes a partner after listing what refers to it, leaving nothing pointing at it', async () => {
    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-query').fill('มูลนิธิเด็กดอย');
    await page.getByTestId('search-query').press('Enter');
    await page.getByTestId('open-P-0010').click();
    await page.getByTestId('record-delete').click();
    await expect
      .poll(() => page.getByTestId('delete-referrers').textContent())
      .toContain('มอบทุนการศึกษานักเรียน');
    expect(await page.getByTestId('delete-confirm').textContent()).toContain('มูลนิธิเด็กดอย');
    expect(await page.getByTestId('delete-confirm').textContent()).not.toMatch(RECORD_ID);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot('delete-confirm');
    await page.getByTestId('delete-yes').click();
    await page.getByTestId('delete-done').waitFor();
    await shot('delete-done');
    expect(await page.getByTestId('delete-done').textContent()).toContain('“มอบทุนการศึกษานักเรียน”');
    expect(await page.getByTestId('delete-done').textContent()).not.toMatch(RECORD_ID);
    const { register } = await loadRegister(host!.dir);
    expect(register.tables.partners.map((row) => row.id)).not.toContain('P-0010');
    const everything = JSON.stringify(register.tables);
    expect(everything).not.toContain('P-0010');
  });

  it('undoes the delete from a restore point named in the reader’s language and Thailand’s time', async () => {
    await page.getByTestId('nav-repair').click();
    const first = page.getByTestId('snapshots').locator('li').first();
    await expect.poll(() => first.locator('span').first().textContent()).toMatch(TEXT[language].restorePoint);
    await shot('restore-points');
    await first.getByRole('button').click();
    await page.getByTestId('restore-done').waitFor();
    const { register } = await loadRegister(host!.dir);
    expect(register.tables.partners.map((row) => row.id)).toContain('P-0010');
    expect(register.tables.activities.find((row) => row.id === 'A-0015')?.partner_ids).toContain('P-0010');
  });

  it('undoing an import asks about an imported row edited since, and keeps it on "keep"', async () => {
    const csv = 'ชื่อหน่วยงาน,ภาคส่วน\nเทศบาลตำบลแม่แรม,องค์กรปกครองส่วนท้องถิ่น\nวัดบ้านแม่แรม,ศาสนสถาน';
    const outcome = (await call(page, 'confirmImport', [
      { tab: 'partners', source: { csv }, choices: {} },
    ])) as {
      added: string[];
    };
    expect(outcome.added).toHaveLength(2);
    const [first, second] = outcome.added;
    await call(page, 'addRecord', ['partner', { name: 'ร้านค้าชุมชนแม่แรม', sector: 'community' }]);
    await call(page, 'updateRecord', ['partners', second, { notes: 'นัดประชุมแล้ว' }]);

    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-repair').click();
    await page
      .getByTestId('snapshots')
      .locator('li', { hasText: TEXT[language].importPoint })
      .first()
      .getByRole('button')
      .click();
    await shot('undo-asking');
    await page.getByTestId('undo-question').waitFor();
    expect(await page.getByTestId('undo-question').textContent()).toContain('วัดบ้านแม่แรม');
    expect(await page.getByTestId('undo-question').textContent()).not.toMatch(RECORD_ID);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot('undo-question');
    await page.getByTestId('undo-keep-edited').click();
    await page.getByTestId('restore-done').waitFor();
    const ids = (await loadRegister(host!.dir)).register.tables.partners.map((row) => row.id);
    expect(ids).not.toContain(first);
    expect(ids).toContain(second);
    expect(ids.length).toBeGreaterThan(2);
  });

  it('deletes a partner found by its abbreviation, moving its contact and activities to another partner', async () => {
    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-query').fill('ทต.ริมใต้');
    await page.getByTestId('search-query').press('Enter');
    await page.getByTestId('open-P-0009').click();
    await page.getByTestId('record-delete').click();
    await page.getByTestId('delete-reassign').check();
    expect(await page.getByTestId('delete-yes').isDisabled()).toBe(true);
    await page.getByTestId('reassign-to-search').fill('อบต.แม่แรม');
    await page
      .getByTestId('reassign-to-results')
      .getByRole('button', { name: /P-0001/ })
      .click();
    await page.getByTestId('reassign-to-chosen').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot('delete-reassign');
    await page.getByTestId('delete-yes').click();
    await page.getByTestId('delete-done').waitFor();
    const { register } = await loadRegister(host!.dir);
    expect(JSON.stringify(register.tables)).not.toContain('P-0009');
    expect(register.tables.contacts.find((row) => row.id === 'C-0009')?.partner_id).toBe('P-0001');
    expect(register.tables.activities.find((row) => row.id === 'A-0003')?.partner_ids).toBe('P-0001');
    expect(register.tables.activities.find((row) => row.id === 'A-0017')?.partner_ids).toBe(
      'P-0001,P-0003,P-0004,P-0011',
    );
  });
});
