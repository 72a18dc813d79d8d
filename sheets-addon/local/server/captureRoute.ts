import { MAX_BODY_BYTES } from '../../../shared/capture/limits';
import {
  type CaptureReply,
  type IndexReply,
  type PingReply,
  PROTOCOL_VERSION,
} from '../../../shared/capture/protocol';
import { handleGet, handlePost } from '../../core/capture/captureHandler';
import { registerFormulaLayer } from '../../core/registerFormulaLayer';
import { readFileWorkbook, withFileWorkbook } from '../fileWorkbook';
import { RegisterFolderError } from '../registerFolder';

/**
 * The capture endpoint at /exec, as the Apps Script web app answers it: the same handler, a
 * workbook opened per request under the folder's lock. Bodies past the protocol's MAX_BODY_BYTES
 * stop being read one byte later; the handler refuses them before opening the register.
 */
export const CAPTURE_READ_LIMIT = MAX_BODY_BYTES + 1;

/**
 * A capture is acknowledged only after its rows and the capture log are committed together; when
 * the folder cannot be written (a full disk, no permission, a busy lock) the whole batch is
 * answered with that reason and nothing acknowledged, so the extension keeps it and retries.
 */
export async function postCaptures(dir: string, body: string, registerName: string): Promise<CaptureReply> {
  try {
    return await withFileWorkbook(dir, (workbook) =>
      handlePost(body, {
        workbook,
        layer: registerFormulaLayer,
        now: () => new Date().toISOString(),
        registerName,
      }),
    );
  } catch (error) {
    if (!(error instanceof RegisterFolderError)) throw error;
    return { version: PROTOCOL_VERSION, ok: false, error: error.reason, results: [] };
  }
}

export function getCaptureIndex(
  dir: string,
  params: Record<string, string | undefined>,
  registerName: string,
): Promise<IndexReply | PingReply> {
  // A GET only reads: no lock, nothing written (so it also answers on a full disk).
  return readFileWorkbook(dir, (workbook) =>
    handleGet(params, {
      workbook,
      layer: registerFormulaLayer,
      now: () => new Date().toISOString(),
      registerName,
    }),
  );
}
