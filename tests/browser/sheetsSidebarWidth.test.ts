import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoRegisterPage, openDemoRegisterPage } from './demoRegisterPage';
import { googleScriptRun } from './googleScriptRun';

/** The widest sidebar Sheets shows. */
const SHEETS_SIDEBAR_WIDTH = 300;

let host: DemoRegisterPage | undefined;
let page: Page;

beforeAll(async () => {
  host = await openDemoRegisterPage({
    tempPrefix: 'netreg-sheets-sidebar-',
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

/** How far the page is wider than the sidebar (0 when nothing overflows sideways). */
const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the sidebar as Sheets shows it', () => {
  it('talks to the server through google.script.run and shows only the sidebar, no table view', async () => {
    await page.getByTestId('figure-partners').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { scriptRunCalls: string[] }).scriptRunCalls),
    ).toContain('getHome');
    expect(await page.getByTestId('tables').count()).toBe(0);
  });

  it('fits every view in 300 pixels without sideways scrolling', async () => {
    const views = ['home', 'add', 'search', 'import', 'export', 'settings', 'connect', 'repair'];
    for (const view of views) {
      await page.getByTestId(`nav-${view}`).click();
      await page.getByTestId(view === 'settings' ? 'settings' : view).waitFor();
      expect(await overflow(), view).toBeLessThanOrEqual(0);
    }
    await page.getByTestId('nav-add').click();
    await page.getByTestId('kind-activity').click();
    await page.getByTestId('activity-partner_ids-search').fill('แม่แรม');
    await page.getByTestId('activity-partner_ids-results').waitFor();
    expect(await overflow(), 'activity form with partner picker').toBeLessThanOrEqual(0);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('figure-partners').waitFor();
    await page.screenshot({ path: join(tmpdir(), 'sidebar-sheets.png'), fullPage: true });
  });
});
