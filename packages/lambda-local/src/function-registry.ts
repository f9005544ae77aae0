import { randomUUID } from 'node:crypto';
import type { Code, CodeStore } from './code-store.ts';
import { ResourceConflictError, ResourceNotFoundError } from './errors.ts';
import type { FunctionSettings } from './function-config.ts';

export type FunctionState = 'Pending' | 'Active' | 'Failed';
export type UpdateStatus = 'InProgress' | 'Successful' | 'Failed';

/** One function version: `$LATEST` or a published number. */
export interface FunctionVersion {
  name: string;
  version: string;
  settings: FunctionSettings;
  code: Code;
  /** Changes whenever code or settings change; environments of an older revision are retired. */
  revision: string;
  lastModified: string;
  /** Until then the function is `Pending` (after CreateFunction). */
  activeAt: number;
  /** Until then `LastUpdateStatus` is `InProgress` (after an update). */
  updatedAt: number;
}

export interface FunctionRecord {
  name: string;
  arn: string;
  latest: FunctionVersion;
  versions: Map<string, FunctionVersion>;
  nextVersion: number;
  /** `$LATEST`'s revision when the last version was published from it. */
  publishedRevision?: string;
  tags: Record<string, string>;
}

export function stateOf(v: FunctionVersion, now = Date.now()): FunctionState {
  return now < v.activeAt ? 'Pending' : 'Active';
}

export function updateStatusOf(v: FunctionVersion, now = Date.now()): UpdateStatus {
  return now < Math.max(v.activeAt, v.updatedAt) ? 'InProgress' : 'Successful';
}

/**
 * Holds the functions of one lambda-local service. States change with time as
 * on AWS: `Pending` for `stateDelayMs` after CreateFunction, `InProgress` for
 * as long after an update; another update meanwhile is a ResourceConflictException.
 */
export class FunctionRegistry {
  readonly #functions = new Map<string, FunctionRecord>();
  readonly #store: CodeStore;
  readonly #stateDelayMs: number;

  constructor(store: CodeStore, stateDelayMs: number) {
    this.#store = store;
    this.#stateDelayMs = stateDelayMs;
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

  /** Registers a function whose code is already extracted; it is Pending for a moment. */
  create(
    name: string,
    arn: string,
    settings: FunctionSettings,
    code: Code,
    tags: Record<string, string>,
  ): FunctionRecord {
    this.assertNew(name);
    const now = Date.now();
    this.#store.hold(code);
    const latest: FunctionVersion = {
      name,
      version: '$LATEST',
      settings,
      code,
      revision: randomUUID(),
      lastModified: timestamp(now),
      activeAt: now + this.#stateDelayMs,
      updatedAt: now,
    };
    const record: FunctionRecord = { name, arn, latest, versions: new Map(), nextVersion: 1, tags };
    this.#functions.set(name, record);
    return record;
  }

  /** Throws ResourceConflictException if a function of that name exists. */
  assertNew(name: string): void {
    if (this.#functions.has(name)) {
      throw new ResourceConflictError(`Function already exist: ${name}`);
    }
  }

  /** Throws ResourceConflictException while the function is Pending or an update runs. */
  assertIdle(record: FunctionRecord): void {
    if (stateOf(record.latest) === 'Pending' || updateStatusOf(record.latest) === 'InProgress') {
      throw new ResourceConflictError(
        `The operation cannot be performed at this time. An update is in progress for resource: ${record.arn}`,
      );
    }
  }

  updateCode(record: FunctionRecord, code: Code, settings: FunctionSettings): void {
    this.assertIdle(record);
    const latest = record.latest;
    this.#store.hold(code);
    this.#store.release(latest.code);
    latest.code = code;
    latest.settings = settings;
    this.#touch(latest);
  }

  updateSettings(record: FunctionRecord, settings: FunctionSettings): void {
    this.assertIdle(record);
    record.latest.settings = settings;
    this.#touch(record.latest);
  }

  /**
   * Freezes `$LATEST` as the next numbered version; when nothing changed since
   * the last one, AWS returns that version instead of making a new one.
   */
  publish(record: FunctionRecord, description?: string): FunctionVersion {
    const last = record.versions.get(String(record.nextVersion - 1));
    if (last && record.publishedRevision === record.latest.revision) return last;
    const version = String(record.nextVersion++);
    const snapshot: FunctionVersion = {
      ...record.latest,
      settings: {
        ...record.latest.settings,
        description: description ?? record.latest.settings.description,
      },
      version,
      revision: randomUUID(),
    };
    this.#store.hold(snapshot.code);
    record.versions.set(version, snapshot);
    record.publishedRevision = record.latest.revision;
    return snapshot;
  }

  deleteVersion(record: FunctionRecord, version: string): FunctionVersion | undefined {
    const removed = record.versions.get(version);
    if (!removed) return undefined;
    record.versions.delete(version);
    this.#store.release(removed.code);
    return removed;
  }

  /** Removes a function and every version; their code leaves the disk once no environment runs it. */
  delete(name: string, arnForError: string): FunctionRecord {
    const record = this.get(name, arnForError);
    this.#functions.delete(name);
    this.#store.release(record.latest.code);
    for (const version of record.versions.values()) this.#store.release(version.code);
    return record;
  }

  #touch(v: FunctionVersion): void {
    const now = Date.now();
    v.revision = randomUUID();
    v.lastModified = timestamp(now);
    v.updatedAt = now + this.#stateDelayMs;
  }
}

function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}
