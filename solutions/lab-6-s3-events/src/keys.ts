export const inputPrefix = 'uploads/';
export const outputPrefix = 'processed/';

/** The object key as S3 stored it; S3 events carry it URL-encoded, with "+" for spaces. */
export function decodeS3Key(rawKey: string): string {
  // Solution: "+" means a space here (form encoding), so replace it before decoding;
  // a real "+" arrives as %2B and survives. decodeURIComponent turns %XX into UTF-8 text.
  return decodeURIComponent(rawKey.replaceAll('+', ' '));
}

/** Whether the function should process this key: a file under uploads/. */
export function isUpload(key: string): boolean {
  // Solution: only uploads/ is input. Anything else (above all processed/, where the function
  // writes) is ignored, so its own output can never trigger it again in a loop. A key ending
  // in "/" is a folder placeholder the console creates, not a file.
  return key.startsWith(inputPrefix) && !key.endsWith('/');
}

/** Where the summary of an upload goes: uploads/a/b.txt → processed/a/b.txt.json. */
export function outputKey(key: string): string {
  return `${outputPrefix}${key.slice(inputPrefix.length)}.json`;
}
