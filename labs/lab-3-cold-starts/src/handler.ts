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

// TODO: this array lives in module scope, so it outlives the request and every later request
//       in this environment sees it (another user's images included). Keep request data inside
//       the handler.
const thumbnails: string[] = [];

export const handler = async (
  event: ThumbnailEvent,
  context: Context,
): Promise<ThumbnailResponse> => {
  // TODO: building the table and creating the client run on every invocation. Move them to
  //       module scope (top-level await) so they run once per environment, during INIT.
  const widths = await buildLookupTable();
  const storage = createStorageClient();

  // TODO: the watermark is downloaded on every invocation. Cache it in this environment's
  //       /tmp: join(tmpdir(), 'watermark.png') from 'node:os' and 'node:path'. Read it from
  //       there when it exists; otherwise download it and write it there.
  const watermark = await storage.download('watermark.png');

  const width = widths.get(event.size) ?? 128;
  for (const key of event.images) thumbnails.push(`thumbnails/${event.userId}/${width}/${key}`);

  // TODO: nobody waits for this promise. When the handler returns, Lambda freezes the
  //       environment and the event stays undelivered until some later invocation thaws it.
  void sendAuditEvent(context.awsRequestId, event.userId);

  // TODO: report whether this invocation was a cold start (the first in its environment).
  return { cold: true, userId: event.userId, thumbnails, watermarkBytes: watermark.length };
};
