import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../../sheets-addon/local/registerFolder';
import { type DemoRegisterPage, openDemoRegisterPage } from './demoRegisterPage';

/** A person in the demo register, with a name, email, phone and LINE ID. */
const PERSON = {
  id: 'C-0003',
  name: 'ผศ.ดร.อนุชา วงศ์ใหญ่',
  email: 'anucha.w@cmu.ac.th',
  phone: '089-111-2222',
};

let dir = '';
let host: DemoRegisterPage | undefined;
let page: Page;

beforeAll(async () => {
  host = await openDemoRegisterPage({ tempPrefix: 'netreg-remove-person-' });
  ({ dir, page } = host);
}, 60_000);

afterAll(async () => {
  await host?.close();
});

async function folderText(): Promise<string> {
  const files = (await readdir(dir)).filter((file) => /\.(csv|json)$/.test(file));
  return (await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))).join('\n');
}

describe('removing a person from the sidebar (PDPA)', () => {
  it('finds the contact, explains the erasure before doing it, and a cancel changes nothing', async () => {
    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-query').fill('อนุชา');
    await page.getByTestId('search-query').press('Enter');
    await expect.poll(() => page.getByTestId('search-results').textContent()).toContain(PERSON.name);

    await page.getByTestId(`remove-person-${PERSON.id}`).click();
    const dialog = page.getByTestId('remove-person-confirm');
    expect(await dialog.textContent()).toContain('PDPA');
    expect(await dialog.textContent()).toContain('ย้อนกลับไม่ได้');
    await page.getByTestId('remove-person-no').click();
    expect(await page.getByTestId('remove-person-confirm').count()).toBe(0);
    expect(await folderText()).toContain(PERSON.email);
  });

  it('erases the person from the register folder once confirmed, and says what it did', async () => {
    await page.getByTestId(`remove-person-${PERSON.id}`).click();
    await page.getByTestId('remove-person-yes').click();
    await expect.poll(() => page.getByTestId('remove-person-done').textContent()).toContain(PERSON.name);
    expect(await page.getByTestId('remove-person-done').textContent()).not.toMatch(/\b[A-Z]{1,3}-\d{3,}\b/);
    expect(await page.getByTestId('search-results').textContent()).not.toContain(PERSON.name);

    const { register } = await loadRegister(dir);
    expect(register.tables.contacts.map((row) => row.id)).not.toContain(PERSON.id);
    expect(register.tables.contacts.length).toBeGreaterThan(0);
    const text = await folderText();
    for (const value of [PERSON.name, PERSON.email, PERSON.phone]) expect(text).not.toContain(value);
  });
});
