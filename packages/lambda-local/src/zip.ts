import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Zippable, zipSync } from 'fflate';
import yauzl, { type Entry } from 'yauzl';
import { ZipFormatError, ZipTooLargeError } from './errors.ts';

/** One file of a zip archive: a relative path with `/` separators, its bytes, and its Unix mode. */
export interface ZipEntry {
  path: string;
  data: Uint8Array;
  /** Permission bits, e.g. 0o755 for a custom runtime's `bootstrap`; default 0o644. */
  mode?: number;
}

/**
 * Writes a zip archive (deflated entries, Unix modes) holding the given files,
 * with fflate's synchronous writer so callers can build a package inline.
 * `level: 0` stores the files uncompressed (fast for data that does not compress).
 */
export function writeZip(
  entries: readonly ZipEntry[],
  options: { level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 } = {},
): Buffer {
  const files: Zippable = {};
  for (const entry of entries) {
    const mode = 0o100000 | (entry.mode ?? 0o644);
    files[entry.path] = [entry.data, { os: 3, attrs: (mode << 16) >>> 0, mtime: 315532800000 }];
  }
  return Buffer.from(zipSync(files, { level: options.level ?? 6 }));
}

export interface ExtractLimits {
  /** Bytes all files may take once inflated (AWS: 250 MB, code and layers together). */
  maxUnzippedBytes: number;
  /** Entries (files and folders) an archive may list. */
  maxEntries: number;
}

export interface Extracted {
  files: number;
  unzippedBytes: number;
}

/**
 * Extracts a zip archive into `dir` with yauzl, streaming each entry to disk.
 * It counts the bytes it really inflates (not the sizes the archive declares)
 * and stops at `maxUnzippedBytes`; it refuses archives with more than
 * `maxEntries` entries, entries whose data overlap (one compressed stream
 * listed many times) and paths that leave `dir`. Files keep their executable
 * bit; symbolic links are written as plain files.
 */
export async function extractZip(
  archive: Buffer,
  dir: string,
  limits: ExtractLimits,
): Promise<Extracted> {
  const zip = await open(archive);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ZipFormatError(
        `The zip lists ${zip.entryCount} entries; lambda-local accepts at most ${limits.maxEntries}.`,
      );
    }
    const entries = await listEntries(zip);
    assertNoOverlap(entries);
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > limits.maxUnzippedBytes) throw tooLarge(limits.maxUnzippedBytes);
    let inflated = 0;
    let files = 0;
    mkdirSync(dir, { recursive: true });
    for (const entry of entries) {
      const target = join(dir, entry.fileName);
      if (entry.fileName.endsWith('/')) {
        mkdirSync(target, { recursive: true });
        continue;
      }
      if (entry.isEncrypted())
        throw new ZipFormatError(`The zip entry ${entry.fileName} is encrypted.`);
      mkdirSync(dirname(target), { recursive: true });
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          inflated += chunk.length;
          if (inflated > limits.maxUnzippedBytes) done(tooLarge(limits.maxUnzippedBytes));
          else done(null, chunk);
        },
      });
      const source = await zip.openReadStreamPromise(entry).catch((cause: unknown) => {
        throw new ZipFormatError(`The zip entry ${entry.fileName} cannot be read.`, { cause });
      });
      await pipeline(source, counter, createWriteStream(target, { mode: modeOf(entry) })).catch(
        (cause: unknown) => {
          if (cause instanceof ZipTooLargeError) throw cause;
          throw new ZipFormatError(`The zip entry ${entry.fileName} could not be inflated.`, {
            cause,
          });
        },
      );
      files++;
    }
    return { files, unzippedBytes: inflated };
  } finally {
    zip.close();
  }
}

async function open(archive: Buffer): Promise<yauzl.ZipFile> {
  try {
    return await yauzl.fromBufferPromise(archive, {
      lazyEntries: true,
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (cause) {
    throw new ZipFormatError(`The data is not a zip archive (${(cause as Error).message}).`, {
      cause,
    });
  }
}

async function listEntries(zip: yauzl.ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch (cause) {
    // yauzl refuses absolute paths, `..` and backslashes in names here.
    throw new ZipFormatError(`The zip is damaged or unsafe: ${(cause as Error).message}.`, {
      cause,
    });
  }
  return entries;
}

/** Two entries whose local data overlap share one compressed stream: a zip bomb's trick. */
function assertNoOverlap(entries: readonly Entry[]): void {
  const byOffset = [...entries].sort(
    (a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader,
  );
  for (let i = 1; i < byOffset.length; i++) {
    const previous = byOffset[i - 1] as Entry;
    const current = byOffset[i] as Entry;
    // A local header is at least 30 bytes plus the file name, then the compressed data.
    const previousEnd =
      previous.relativeOffsetOfLocalHeader + 30 + previous.fileNameLength + previous.compressedSize;
    if (current.relativeOffsetOfLocalHeader < previousEnd) {
      throw new ZipFormatError(
        `The zip entries ${previous.fileName} and ${current.fileName} overlap.`,
      );
    }
  }
}

function modeOf(entry: Entry): number {
  const unixMode = (entry.externalFileAttributes >>> 16) & 0o777;
  const madeOnUnix = entry.versionMadeBy >> 8 === 3;
  return madeOnUnix && unixMode !== 0 ? unixMode | 0o600 : 0o644;
}

function tooLarge(max: number): ZipTooLargeError {
  return new ZipTooLargeError(`Unzipped size must be smaller than ${max} bytes`);
}
