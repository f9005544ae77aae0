export const inputPrefix = 'uploads/';
export const outputPrefix = 'processed/';

/** The object key as S3 stored it; S3 events carry it URL-encoded, with "+" for spaces. */
export function decodeS3Key(rawKey: string): string {
  // TODO: S3 events URL-encode the key: "+" stands for a space, %XX for the bytes of UTF-8
  //       characters, and a real "+" arrives as %2B. Decode it (decodeURIComponent), minding
  //       the order.
  return rawKey;
}

/** Whether the function should process this key: a file under uploads/. */
export function isUpload(key: string): boolean {
  // TODO: only files under uploads/ are input. Everything else (processed/, where this function
  //       writes, above all) must be ignored, or the function triggers itself in a loop.
  //       A key ending in "/" is a folder placeholder made by the console, not a file.
  return true;
}

/** Where the summary of an upload goes: uploads/a/b.txt → processed/a/b.txt.json. */
export function outputKey(key: string): string {
  return `${outputPrefix}${key.slice(inputPrefix.length)}.json`;
}
