// This file is provided: you do not need to change it.
// It stands for the slow things a real function talks to: building a lookup table from
// a data set, creating an AWS SDK client, downloading a file from S3, and sending an audit
// event to another service. Each one takes real time and counts how often it ran.

/** How long building the lookup table takes, in ms. */
export const TABLE_BUILD_MS = 150;
/** How long downloading the watermark takes, in ms. */
export const DOWNLOAD_MS = 40;
/** How long delivering an audit event takes, in ms. */
export const AUDIT_MS = 20;

/** How often each expensive step ran in this execution environment. */
export const stats = { tableBuilds: 0, clientsCreated: 0, downloads: 0 };

/** Request ids whose audit event has been delivered, oldest first. */
export const deliveredAuditEvents: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the table of thumbnail widths by size name. Slow: do it once per environment. */
export async function buildLookupTable(): Promise<Map<string, number>> {
  stats.tableBuilds++;
  await sleep(TABLE_BUILD_MS);
  return new Map([
    ['small', 128],
    ['medium', 512],
    ['large', 1024],
  ]);
}

export interface StorageClient {
  /** Downloads an object's bytes. Slow: cache what you can. */
  download(key: string): Promise<Uint8Array>;
}

/** Creates a storage client (think `new S3Client()`): create it once per environment. */
export function createStorageClient(): StorageClient {
  stats.clientsCreated++;
  return {
    async download(key: string): Promise<Uint8Array> {
      stats.downloads++;
      await sleep(DOWNLOAD_MS);
      return new TextEncoder().encode(`${key}:${'#'.repeat(1_000)}`);
    },
  };
}

/** Sends an audit event for a request. Resolves once the event is delivered. */
export async function sendAuditEvent(requestId: string, userId: string): Promise<void> {
  await sleep(AUDIT_MS);
  void userId;
  deliveredAuditEvents.push(requestId);
}
