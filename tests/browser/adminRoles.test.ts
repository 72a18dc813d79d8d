import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoRegisterPage, openDemoRegisterPage } from './demoRegisterPage';

/** The widest sidebar Sheets shows. */
const SIDEBAR_WIDTH = 300;
/** The demo register's profile is read at a fixed day, never today. */
const AS_OF = '2026-11-29';

let host: DemoRegisterPage | undefined;
let page: Page;

beforeAll(async () => {
  host = await openDemoRegisterPage({
    tempPrefix: 'netreg-admin-roles-',
    asOf: AS_OF,
    beforeLoad: (page) => page.setViewportSize({ width: SIDEBAR_WIDTH, height: 900 }),
  });
  page = host.page;
}, 60_000);

afterAll(async () => {
  await host?.close();
});

/**
 * How far the sidebar's content is wider than the sidebar (0 when nothing is cut off). The local
 * page keeps its table view beside the sidebar, so the sidebar itself is measured.
 */
const overflow = () =>
  page.evaluate(() => {
    const sidebar = document.querySelector('[data-testid="sidebar"]') as HTMLElement;
    const cut = [...sidebar.querySelectorAll<HTMLElement>('*')].some(
      (element) => element.getBoundingClientRect().right > sidebar.getBoundingClientRect().right + 1,
    );
    return Math.max(sidebar.scrollWidth - sidebar.clientWidth, cut ? 1 : 0);
  });

describe('a school administrator sees their role profile', () => {
  it('reads on the home view five roles of six played, and what the missing role would do', async () => {
    await expect.poll(() => page.getByTestId('figure-roles_exercised').textContent()).toContain('5/6');
    const gaps = page.getByTestId('attention-role_gaps');
    expect(await gaps.textContent()).toContain('ผู้ส่งเสริมการมีส่วนร่วมและการเสริมพลัง');
    expect(await gaps.textContent()).toContain('เปิดโอกาสให้ภาคีร่วมคิด');
    await page.screenshot({ path: join(tmpdir(), 'admin-roles-home-th.png'), fullPage: true });
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  it('ticks the missing role on a new activity, and the nudge is gone', async () => {
    await page.getByTestId('nav-add').click();
    await page.getByTestId('kind-activity').click();
    const form = page.getByTestId('form-activity');
    await form.getByTestId('field-date').fill('20/11/2569');
    await form.getByTestId('field-title').fill('เวทีประชาคมร่วมออกแบบแปลงเกษตรกับชุมชน');
    const roles = form.getByTestId('field-admin_roles');
    await roles.getByText('ผู้ส่งเสริมการมีส่วนร่วมและการเสริมพลัง').click();
    await roles.getByText('ผู้ประสานงานและผู้สร้างความสัมพันธ์').click();
    await page.screenshot({ path: join(tmpdir(), 'admin-roles-form-th.png'), fullPage: true });
    expect(await overflow(), 'activity form with role tick boxes').toBeLessThanOrEqual(0);
    await form.getByTestId('save').click();
    await form.getByTestId('saved').waitFor();

    const activities = await readFile(join(host!.dir, 'activities.csv'), 'utf8');
    const added = activities.split(/\r?\n/).find((line) => line.includes('เวทีประชาคมร่วมออกแบบ'));
    expect(added).toContain('"ผู้ประสานงานและผู้สร้างความสัมพันธ์, ผู้ส่งเสริมการมีส่วนร่วมและการเสริมพลัง"');

    await page.getByTestId('nav-home').click();
    await expect.poll(() => page.getByTestId('figure-roles_exercised').textContent()).toContain('6/6');
    expect(await page.getByTestId('attention-role_gaps').count()).toBe(0);
  });

  it('shows the same profile in English once the register is switched', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-save').waitFor();
    await page.locator('#settings-language').selectOption('en');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('language-undo').waitFor();
    await page.getByTestId('nav-add').click();
    await page.getByTestId('kind-activity').click();
    const roles = page.getByTestId('form-activity').getByTestId('field-admin_roles');
    expect(await roles.textContent()).toContain('Promoter of participation and empowerment');
    expect(await overflow(), 'English activity form').toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(tmpdir(), 'admin-roles-form-en.png'), fullPage: true });
    await page.getByTestId('nav-home').click();
    await expect.poll(() => page.getByTestId('figure-roles_exercised').textContent()).toContain('6/6');
    expect(await page.getByTestId('figure-roles_exercised').textContent()).toContain('Administrator roles');
  });
});
