import { describe, expect, it } from 'vitest';
import { sidebarPageAt } from '../../../sheets-addon/appsscript/sidebarPage';

const PAGE =
  '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="app"></div></body></html>';

describe('the sidebar page opened at a view', () => {
  it('still starts with the doctype, so the page stays in standards mode', () => {
    expect(sidebarPageAt(PAGE, 'capture')).toMatch(/^<!doctype html>/i);
  });

  it('sets the view first thing in the head, before any script of the page runs', () => {
    const page = sidebarPageAt(PAGE, 'capture');
    expect(page).toContain('<head><script>window.NETREG_VIEW="capture";</script><meta charset="utf-8">');
    expect(page.replace('<script>window.NETREG_VIEW="capture";</script>', '')).toBe(PAGE);
  });

  it('finds a head that carries attributes', () => {
    const page = sidebarPageAt('<!DOCTYPE html><html><head lang="th"></head></html>', 'home');
    expect(page).toBe(
      '<!DOCTYPE html><html><head lang="th"><script>window.NETREG_VIEW="home";</script></head></html>',
    );
  });

  it('puts it right after the doctype when the page has no head', () => {
    expect(sidebarPageAt('<!doctype html><p>hi</p>', 'home')).toBe(
      '<!doctype html><script>window.NETREG_VIEW="home";</script><p>hi</p>',
    );
  });

  it('cannot be closed early by a view name carrying markup', () => {
    const page = sidebarPageAt(PAGE, '</script><script>alert(1)</script>');
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(page).toContain('"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"');
  });
});
