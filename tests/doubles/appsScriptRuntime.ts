import vm from 'node:vm';
import type { AppsScriptDouble, ExecutionContext } from './appsScriptDouble';

/**
 * Globals a fresh V8 context has that Apps Script does not document: Apps Script's V8 runtime
 * offers the ECMAScript built-ins, not browser or Node APIs
 * (https://developers.google.com/apps-script/guides/v8-runtime); a context from `node:vm`
 * already lacks `structuredClone`, `URL`, `URLSearchParams`, `TextEncoder`/`TextDecoder`,
 * `setTimeout`, `fetch`, `crypto`, `Buffer` and `process`; these go too.
 */
const NOT_IN_APPS_SCRIPT = ['WebAssembly', 'SharedArrayBuffer', 'Atomics', 'FinalizationRegistry', 'WeakRef'];

/** Browser and Node globals a test asserts are absent from the runtime. */
export const BROWSER_AND_NODE_GLOBALS = [
  'structuredClone',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'setTimeout',
  'setInterval',
  'queueMicrotask',
  'fetch',
  'crypto',
  'Buffer',
  'process',
  'require',
  'module',
  'window',
  'document',
  'atob',
  'btoa',
] as const;

/** Built Code.js loaded into a context holding only what Apps Script gives a script. */
export interface AppsScriptRuntime {
  context: Record<string, unknown>;
  /** `typeof name` as the script sees it (built-ins live inside the context, not on `context`). */
  typeOf(name: string): string;
  /** Runs one top-level function as Apps Script would in `as`: a fresh execution of that kind. */
  run<T = unknown>(as: ExecutionContext, name: string, ...args: unknown[]): T;
}

/**
 * Loads `code` (a built Code.js) in a new V8 context with only ECMAScript built-ins, `console`
 * and the double's services. `Date` reads the double's clock, so `new Date()` and `Date.now()`
 * are the double's "now" (and `Utilities.sleep` moves them on) — no test depends on today.
 */
export function loadInAppsScript(code: string, double: AppsScriptDouble): AppsScriptRuntime {
  const context = vm.createContext({});
  for (const name of NOT_IN_APPS_SCRIPT) vm.runInContext(`delete globalThis.${name}`, context);
  const RealDate = vm.runInContext('Date', context) as DateConstructor;
  const clock = () => double.world.now;
  const WorldDate = vm.runInContext(
    `(function (RealDate, clock) {
      function WorldDate(...args) {
        if (!new.target) return new RealDate(clock()).toString();
        return args.length === 0 ? new RealDate(clock()) : new RealDate(...args);
      }
      WorldDate.prototype = RealDate.prototype;
      WorldDate.now = () => clock();
      WorldDate.parse = RealDate.parse;
      WorldDate.UTC = RealDate.UTC;
      return WorldDate;
    })`,
    context,
  )(RealDate, clock);
  Object.assign(context, {
    Date: WorldDate,
    SpreadsheetApp: double.SpreadsheetApp,
    PropertiesService: double.PropertiesService,
    LockService: double.LockService,
    ScriptApp: double.ScriptApp,
    Utilities: double.Utilities,
    Session: double.Session,
    ContentService: double.ContentService,
    // https://developers.google.com/apps-script/guides/logging: console.* goes to the execution log.
    console: Object.fromEntries(
      ['log', 'info', 'warn', 'error'].map((level) => [
        level,
        (...args: unknown[]) => double.logged.push(`${level}: ${args.map(String).join(' ')}`),
      ]),
    ),
    Logger: { log: (...args: unknown[]) => double.logged.push(`log: ${args.map(String).join(' ')}`) },
  });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const globals = context as Record<string, unknown>;
  return {
    context: globals,
    typeOf: (name: string) => vm.runInContext(`typeof ${name}`, context) as string,
    run<T>(as: ExecutionContext, name: string, ...args: unknown[]): T {
      const fn = globals[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      double.runAs(as);
      return fn(...args) as T;
    },
  };
}
