import { createHash } from 'node:crypto';

/** What the function writes for each upload. */
export interface Summary {
  /** The decoded key of the upload. */
  source: string;
  bytes: number;
  /** Lines of text: newline characters, plus one for a last line without a newline. */
  lines: number;
  /** SHA-256 of the content, hex. */
  sha256: string;
}

/** Reads a body chunk by chunk, never holding the whole object in memory. */
export async function summarize(source: string, body: AsyncIterable<Uint8Array>): Promise<Summary> {
  // Solution: a stream arrives in chunks of any size. Hash, count bytes and count newline bytes
  // per chunk; none of these cares where a chunk ends (even inside a Hangul character).
  const hash = createHash('sha256');
  let bytes = 0;
  let newlines = 0;
  let last = -1;
  for await (const chunk of body) {
    hash.update(chunk);
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 0x0a) newlines += 1;
    if (chunk.byteLength > 0) last = chunk[chunk.byteLength - 1] ?? -1;
  }
  const lines = newlines + (bytes > 0 && last !== 0x0a ? 1 : 0);
  return { source, bytes, lines, sha256: hash.digest('hex') };
}
