import { createHash } from 'node:crypto';

/** Line endings as the repository stores them, so a Windows checkout hashes the same. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

export function sha256(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}

/** The id git gives this text as a blob (`git hash-object`), to find it in the history. */
export function gitBlobId(text: string): string {
  const body = Buffer.from(normaliseText(text), 'utf8');
  return createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex');
}
