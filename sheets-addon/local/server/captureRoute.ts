import { MAX_BODY_BYTES } from '../../../shared/capture/limits';
import type { CaptureReply, IndexReply, PingReply } from '../../../shared/capture/protocol';
import { handleGet, handlePost } from '../../core/capture/captureHandler';
import { registerFormulaLayer } from '../../core/registerFormulaLayer';
import { withFileWorkbook } from '../fileWorkbook';

/**
 * The capture endpoint at /exec, as the Apps Script web app answers it: the same handler, a
 * workbook opened per request under the folder's lock. Bodies past the protocol's MAX_BODY_BYTES
 * stop being read one byte later; the handler refuses them before opening the register.
 */
export const CAPTURE_READ_LIMIT = MAX_BODY_BYTES + 1;

export function postCaptures(dir: string, body: string, registerName: string): Promise<CaptureReply> {
  return withFileWorkbook(dir, (workbook) =>
    handlePost(body, {
      workbook,
      layer: registerFormulaLayer,
      now: () => new Date().toISOString(),
      registerName,
    }),
  );
}

export function getCaptureIndex(
  dir: string,
  params: Record<string, string | undefined>,
  registerName: string,
): Promise<IndexReply | PingReply> {
  return withFileWorkbook(dir, (workbook) =>
    handleGet(params, {
      workbook,
      layer: registerFormulaLayer,
      now: () => new Date().toISOString(),
      registerName,
    }),
  );
}
