import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/i18n/language';
import { loadRegister } from '../../sheets-addon/local/registerFolder';
import { type DemoRegisterPage, openDemoRegisterPage } from './demoRegisterPage';

const TEXT = {
  th: { shown: '12 มิ.ย. 2567', understood: 'อ่านได้ว่า 1 ก.ค. 2568', saved: '1 ก.ค. 2568' },
  en: { shown: '12 Jun 2024', understood: 'Read as 1 Jul 2025', saved: '1 Jul 2025' },
} as const;

describe.each<Language>(['th', 'en'])('editing a date from a row of the local tab view (%s)', (language) => {
  let host: DemoRegisterPage | undefined;
  let page: Page;

  beforeAll(async () => {
    host = await openDemoRegisterPage({ tempPrefix: `netreg-edit-dates-${language}-`, language });
    page = host.page;
  }, 60_000);

  afterAll(async () => {
    await host?.close();
  });

  it('shows the stored date as people write it, reads a Thai-digit Buddhist date back, and saves it', async () => {
    await page.getByTestId('tab-2').click();
    await page.getByTestId('row-open-A-0001').click();
    const date = page.getByTestId('field-date');
    await expect.poll(() => date.inputValue()).toBe(TEXT[language].shown);
    await date.fill('๑/๗/๒๕๖๘');
    await expect
      .poll(() => page.getByTestId('understood-date').textContent())
      .toBe(TEXT[language].understood);
    const sidebar = page.getByTestId('sidebar');
    expect(
      await sidebar.evaluate((element) => element.scrollWidth - element.clientWidth),
    ).toBeLessThanOrEqual(0);
    await sidebar.screenshot({ path: join(tmpdir(), `editing-date-${language}.png`) });
    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-saved').waitFor();
    const activity = (await loadRegister(host!.dir)).register.tables.activities.find(
      (row) => row.id === 'A-0001',
    );
    expect(activity?.date).toBe('2025-07-01');
    await expect.poll(() => date.inputValue()).toBe(TEXT[language].saved);
  });
});
