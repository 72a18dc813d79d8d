import type { IncomingMessage } from 'node:http';

/** A request body read as UTF-8, or the size that went past the limit (reading stops there). */
export type BodyRead = { ok: true; text: string } | { ok: false; size: number };

/** Reads at most `limit` bytes; a longer body is not kept in memory. */
export function readRequestBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    request.on('end', () =>
      resolve(over ? { ok: false, size } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }),
    );
    request.on('error', reject);
  });
}
