import { randomUUID } from 'node:crypto';
import { pairingTokenFromUuids } from '../../../shared/capture/token';
import { type Reason, reason } from '../../../shared/i18n/reason';
import type { SidebarApi } from '../../core/contract';
import { registerFormulaLayer } from '../../core/registerFormulaLayer';
import { createSidebarApi, type SidebarHost } from '../../core/sidebarApi';
import { SIDEBAR_METHODS } from '../../core/sidebarMethods';
import { fileSystemReason } from '../fileSystemReason';
import type { FileWorkbook } from '../fileWorkbook';
import { RegisterFolderError } from '../registerFolder';
import { SERVER_MESSAGES } from './serverMessages';

/** Whether the local host answers `POST /api/<name>`: every contract method, nothing else. */
export function isSidebarMethod(name: string): name is keyof SidebarApi {
  return (SIDEBAR_METHODS as readonly string[]).includes(name);
}

/** What the add-on's server functions need from the local host, for one opened workbook. */
export function localSidebarHost(workbook: FileWorkbook, endpoint: string): SidebarHost {
  return {
    workbook,
    layer: registerFormulaLayer,
    now: () => new Date().toISOString(),
    endpoint: () => endpoint,
    newToken: () => pairingTokenFromUuids(randomUUID(), randomUUID()),
  };
}

/** Runs one contract method on an opened workbook: the same createSidebarApi the Apps Script entry uses. */
export function callSidebarMethod(
  workbook: FileWorkbook,
  endpoint: string,
  method: keyof SidebarApi,
  args: unknown[],
): unknown {
  const api = createSidebarApi(localSidebarHost(workbook, endpoint));
  return (api[method] as (...a: unknown[]) => unknown)(...args);
}

/** A thrown error as a Reason: the add-on words its own failures "ไทย / English". */
export function reasonOfError(error: unknown): Reason {
  if (error instanceof RegisterFolderError) return error.reason;
  const refused = fileSystemReason(error);
  if (refused) return refused;
  const text = error instanceof Error ? error.message : String(error);
  if (text.includes(' / ')) {
    const [th, en] = text.split(' / ', 2);
    return { code: 'server.error', message: { th, en } };
  }
  return reason('server.error', SERVER_MESSAGES.failed, { detail: text });
}
