import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from 'aws-lambda';
import { buildLookupTable, createStorageClient, sendAuditEvent } from './services.ts';

export interface ThumbnailEvent {
  userId: string;
  /** Image keys to make thumbnails for. */
  images: string[];
  size: 'small' | 'medium' | 'large';
}

export interface ThumbnailResponse {
  /** True when this invocation started a new execution environment. */
  cold: boolean;
  userId: string;
  /** Thumbnail keys for this request's images only. */
  thumbnails: string[];
  /** Size of the watermark applied to the thumbnails. */
  watermarkBytes: number;
}

// Solution: module scope runs once per execution environment, during INIT. Top-level await
// lets the slow setup finish before the first invocation, and warm invocations reuse it.
const widths = await buildLookupTable();
const storage = createStorageClient();

// Solution: a module-scope flag is true only until the first invocation of this environment.
let coldStart = true;

/** The watermark from this environment's /tmp, downloaded on the first use only. */
async function loadWatermark(): Promise<Uint8Array> {
  // Solution: tmpdir() is /tmp on Lambda; it survives warm invocations but not the environment.
  const file = join(tmpdir(), 'watermark.png');
  if (existsSync(file)) return new Uint8Array(await readFile(file));
  const bytes = await storage.download('watermark.png');
  await writeFile(file, bytes);
  return bytes;
}

export const handler = async (
  event: ThumbnailEvent,
  context: Context,
): Promise<ThumbnailResponse> => {
  const cold = coldStart;
  coldStart = false;

  const watermark = await loadWatermark();

  // Solution: request data lives in the handler, so it is gone when the request ends.
  const width = widths.get(event.size) ?? 128;
  const thumbnails = event.images.map((key) => `thumbnails/${event.userId}/${width}/${key}`);

  // Solution: await, so the event is delivered before Lambda freezes the environment.
  await sendAuditEvent(context.awsRequestId, event.userId);

  return { cold, userId: event.userId, thumbnails, watermarkBytes: watermark.length };
};
