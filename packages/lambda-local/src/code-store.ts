import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  InvalidParameterValueError,
  RequestTooLargeError,
  ZipFormatError,
  ZipTooLargeError,
} from './errors.ts';
import { limits } from './limits.ts';
import { extractZip } from './zip.ts';

/** One uploaded deployment package, extracted. */
export interface Code {
  /** Folder the files are extracted to (`LAMBDA_TASK_ROOT`). */
  dir: string;
  /** The zip as uploaded, for GetFunction's `Code.Location`. */
  zipPath: string;
  sha256: string;
  size: number;
  /** Unguessable part of the download URL, like a presigned S3 URL. */
  token: string;
}

/**
 * The extracted packages of a service on disk. Function versions and running
 * environments hold a package; its folder is removed when the last one lets go.
 */
export class CodeStore {
  readonly #root: string;
  readonly #holders = new Map<string, number>();
  readonly #byToken = new Map<string, Code>();

  constructor(root: string) {
    this.#root = root;
  }

  /** Checks and extracts a zip; throws InvalidParameterValueException as AWS does. */
  async add(zip: Buffer): Promise<Code> {
    if (zip.length > limits.zippedCodeBytes) {
      const max = Math.ceil((limits.zippedCodeBytes * 4) / 3);
      throw new RequestTooLargeError(
        `Request must be smaller than ${max} bytes for this operation`,
      );
    }
    const base = join(this.#root, 'code', randomUUID());
    const dir = join(base, 'task');
    try {
      await extractZip(zip, dir, {
        maxUnzippedBytes: limits.unzippedCodeBytes,
        maxEntries: limits.maxZipEntries,
      });
    } catch (cause) {
      rmSync(base, { recursive: true, force: true });
      if (cause instanceof ZipTooLargeError) {
        throw new InvalidParameterValueError(cause.message, { cause });
      }
      const reason = cause instanceof ZipFormatError ? cause.message : String(cause);
      throw new InvalidParameterValueError(`Could not unzip uploaded file: ${reason}`, { cause });
    }
    const zipPath = join(base, 'code.zip');
    mkdirSync(base, { recursive: true });
    writeFileSync(zipPath, zip);
    const code: Code = {
      dir,
      zipPath,
      sha256: createHash('sha256').update(zip).digest('base64'),
      size: zip.length,
      token: randomUUID(),
    };
    this.#byToken.set(code.token, code);
    // Held by the caller until it hands the package to a version, then releases it.
    this.#holders.set(code.dir, 1);
    return code;
  }

  byToken(token: string): Code | undefined {
    return this.#byToken.get(token);
  }

  hold(code: Code): void {
    this.#holders.set(code.dir, (this.#holders.get(code.dir) ?? 0) + 1);
  }

  /** Lets go of a package; the last holder's release removes it from disk. */
  release(code: Code): void {
    const left = (this.#holders.get(code.dir) ?? 1) - 1;
    if (left > 0) {
      this.#holders.set(code.dir, left);
      return;
    }
    this.#holders.delete(code.dir);
    this.#byToken.delete(code.token);
    rmSync(join(code.dir, '..'), { recursive: true, force: true });
  }

  /** Packages on disk now (for tests: nothing is left after DeleteFunction). */
  get count(): number {
    return this.#holders.size;
  }
}
