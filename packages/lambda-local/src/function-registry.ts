import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  InvalidParameterValueError,
  ResourceConflictError,
  ResourceNotFoundError,
  ZipFormatError,
} from './errors.ts';
import type { FunctionSettings } from './function-config.ts';
import { limits } from './limits.ts';
import { readZip } from './zip.ts';

export type FunctionState = 'Pending' | 'Active' | 'Failed';
export type UpdateStatus = 'InProgress' | 'Successful' | 'Failed';

/** One function version: `$LATEST` or a published number. */
export interface FunctionVersion {
  name: string;
  version: string;
  settings: FunctionSettings;
  /** Folder the code zip is extracted to; a new one per code upload. */
  codeDir: string;
  codeSha256: string;
  codeSize: number;
  /** Changes whenever code or settings change; environments of an older revision are retired. */
  revision: string;
  lastModified: string;
  state: FunctionState;
  stateReason?: string;
  lastUpdateStatus: UpdateStatus;
  lastUpdateReason?: string;
}

export interface FunctionRecord {
  name: string;
  latest: FunctionVersion;
  versions: Map<string, FunctionVersion>;
  nextVersion: number;
  tags: Record<string, string>;
}

/** Holds the functions of one lambda-local service and their extracted code. */
export class FunctionRegistry {
  readonly #functions = new Map<string, FunctionRecord>();
  readonly #root: string;
  readonly #activationDelayMs: number;
  #codeCounter = 0;

  constructor(root: string, activationDelayMs: number) {
    this.#root = root;
    this.#activationDelayMs = activationDelayMs;
  }

  list(): FunctionRecord[] {
    return [...this.#functions.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(name: string, arnForError: string): FunctionRecord {
    const record = this.#functions.get(name);
    if (!record) throw new ResourceNotFoundError(`Function not found: ${arnForError}`);
    return record;
  }

  /** Resolves a qualifier (`$LATEST` when absent) to a version of a function. */
  resolve(name: string, qualifier: string | undefined, arnForError: string): FunctionVersion {
    const record = this.get(name, arnForError);
    if (qualifier === undefined || qualifier === '$LATEST') return record.latest;
    const version = record.versions.get(qualifier);
    if (!version) throw new ResourceNotFoundError(`Function not found: ${arnForError}`);
    return version;
  }

  create(
    name: string,
    settings: FunctionSettings,
    zip: Buffer,
    tags: Record<string, string>,
    publish: boolean,
  ): FunctionRecord {
    if (this.#functions.has(name)) {
      throw new ResourceConflictError(`Function already exist: ${name}`);
    }
    const code = this.#unpack(zip);
    const latest: FunctionVersion = {
      name,
      version: '$LATEST',
      settings,
      codeDir: '',
      codeSha256: code.sha256,
      codeSize: zip.length,
      revision: randomUUID(),
      lastModified: now(),
      state: 'Pending',
      stateReason: 'The function is being created.',
      lastUpdateStatus: 'InProgress',
    };
    const record: FunctionRecord = { name, latest, versions: new Map(), nextVersion: 1, tags };
    this.#functions.set(name, record);
    this.#extract(code.entries).then(
      (dir) => {
        latest.codeDir = dir;
        latest.state = 'Active';
        latest.stateReason = undefined;
        latest.lastUpdateStatus = 'Successful';
        if (publish) this.publish(record);
      },
      (error: unknown) => {
        latest.state = 'Failed';
        latest.stateReason = `Could not extract the code: ${String(error)}`;
        latest.lastUpdateStatus = 'Failed';
      },
    );
    return record;
  }

  updateCode(record: FunctionRecord, zip: Buffer, publish: boolean): void {
    this.#assertIdle(record);
    const code = this.#unpack(zip);
    const latest = record.latest;
    latest.lastUpdateStatus = 'InProgress';
    latest.lastUpdateReason = 'The function is being created.';
    latest.codeSha256 = code.sha256;
    latest.codeSize = zip.length;
    latest.lastModified = now();
    this.#extract(code.entries).then(
      (dir) => {
        latest.codeDir = dir;
        latest.revision = randomUUID();
        latest.lastUpdateStatus = 'Successful';
        latest.lastUpdateReason = undefined;
        if (publish) this.publish(record);
      },
      (error: unknown) => {
        latest.lastUpdateStatus = 'Failed';
        latest.lastUpdateReason = `Could not extract the code: ${String(error)}`;
      },
    );
  }

  updateSettings(record: FunctionRecord, settings: FunctionSettings): void {
    this.#assertIdle(record);
    record.latest.settings = settings;
    record.latest.revision = randomUUID();
    record.latest.lastModified = now();
  }

  /** Freezes `$LATEST` as the next numbered version. */
  publish(record: FunctionRecord): FunctionVersion {
    const version = String(record.nextVersion++);
    const snapshot: FunctionVersion = { ...record.latest, version, revision: randomUUID() };
    record.versions.set(version, snapshot);
    return snapshot;
  }

  delete(name: string, arnForError: string): FunctionRecord {
    const record = this.get(name, arnForError);
    this.#functions.delete(name);
    return record;
  }

  #assertIdle(record: FunctionRecord): void {
    if (record.latest.state === 'Pending' || record.latest.lastUpdateStatus === 'InProgress') {
      throw new ResourceConflictError(
        `The operation cannot be performed at this time. An update is in progress for resource: ${record.name}`,
      );
    }
  }

  #unpack(zip: Buffer): { entries: ReturnType<typeof readZip>; sha256: string } {
    if (zip.length > limits.zippedCodeBytes) {
      throw new InvalidParameterValueError(
        `Unzipped size must be smaller than ${limits.zippedCodeBytes} bytes`,
      );
    }
    try {
      return { entries: readZip(zip), sha256: createHash('sha256').update(zip).digest('base64') };
    } catch (cause) {
      const reason = cause instanceof ZipFormatError ? cause.message : 'it is not a zip file';
      throw new InvalidParameterValueError(`Could not unzip uploaded file: ${reason}`, { cause });
    }
  }

  /** Unpacks the code now; the state changes on a timer, as on AWS where it takes a moment. */
  #extract(entries: ReturnType<typeof readZip>): Promise<string> {
    try {
      const dir = join(this.#root, 'code', String(++this.#codeCounter));
      mkdirSync(dir, { recursive: true });
      for (const entry of entries) {
        const target = join(dir, entry.path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, entry.data);
      }
      return new Promise((resolve) =>
        setTimeout(() => resolve(dir), this.#activationDelayMs).unref(),
      );
    } catch (error) {
      return Promise.reject(error);
    }
  }
}

function now(): string {
  return new Date().toISOString().replace('Z', '+0000');
}
