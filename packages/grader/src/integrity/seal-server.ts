import { createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { macInput, macOf, type SealFrame } from '@lambda-dojo/check-kit/seal-frames';

/** What the sealed channel says about one check. */
export interface SealedCheck {
  declared: number;
  result?: 'pass' | 'fail';
}

/** Why the sealed record cannot be trusted, said once per kind. */
export type SealBreach =
  | 'unknown-file'
  | 'second-hello'
  | 'bad-frame'
  | 'bad-signature'
  | 'out-of-order'
  | 'declared-twice'
  | 'ran-twice'
  | 'result-twice'
  | 'undeclared';

/**
 * The grader's side of the sealed results channel, in the run host: a Unix
 * socket in a folder only this user can open. Each check file's worker
 * connects once, before learner code loads; a second greeting for the same
 * file, a frame out of order or a bad signature is a breach.
 */
export class SealServer {
  readonly checks = new Map<string, SealedCheck>();
  readonly breaches = new Set<SealBreach>();
  readonly greeted = new Set<string>();
  /** What the worker guards caught learner code at (see impostor.ts). */
  readonly reported = new Set<string>();
  readonly path: string;
  readonly #dir: string;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #pending = new Set<Promise<void>>();

  private constructor(private readonly files: string[]) {
    this.#dir = mkdtempSync(join(tmpdir(), 'dojo-seal-'));
    this.path = join(this.#dir, 's');
    this.#server = createServer((socket) => this.#accept(socket));
  }

  static async open(files: string[]): Promise<SealServer> {
    const server = new SealServer(files);
    await new Promise<void>((resolve, reject) => {
      server.#server.once('error', reject);
      server.#server.listen(server.path, resolve);
    });
    return server;
  }

  #accept(socket: Socket): void {
    this.#sockets.add(socket);
    let key: KeyObject | undefined;
    let seq = 0;
    const lines = createInterface({ input: socket });
    const done = new Promise<void>((resolve) => lines.once('close', resolve));
    this.#pending.add(done);
    socket.on('error', () => {});
    lines.on('line', (line) => {
      let frame: SealFrame;
      try {
        frame = JSON.parse(line) as SealFrame;
      } catch {
        this.breaches.add('bad-frame');
        return;
      }
      if (!key) {
        key = this.#hello(frame);
        if (!key) socket.destroy();
        return;
      }
      if (frame.t === 'hello') return void this.breaches.add('second-hello');
      const status = frame.t === 'result' ? frame.status : undefined;
      const expected = Buffer.from(macOf(key, macInput(frame.seq, frame.t, frame.id, status)));
      const given = Buffer.from(String(frame.mac));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return void this.breaches.add('bad-signature');
      }
      if (frame.seq !== seq + 1) return void this.breaches.add('out-of-order');
      seq = frame.seq;
      this.#record(frame);
    });
  }

  #hello(frame: SealFrame): KeyObject | undefined {
    if (frame.t !== 'hello' || typeof frame.key !== 'string' || frame.key.length !== 64) {
      this.breaches.add('bad-frame');
      return undefined;
    }
    if (!this.files.includes(frame.file)) {
      this.breaches.add('unknown-file');
      return undefined;
    }
    if (this.greeted.has(frame.file)) {
      this.breaches.add('second-hello');
      return undefined;
    }
    this.greeted.add(frame.file);
    return createSecretKey(Buffer.from(frame.key, 'hex'));
  }

  #record(frame: Exclude<SealFrame, { t: 'hello' }>): void {
    const entry = this.checks.get(frame.id) ?? { declared: 0 };
    if (frame.t !== 'breach') this.checks.set(frame.id, entry);
    if (frame.t === 'declare') {
      entry.declared += 1;
      if (entry.declared > 1) this.breaches.add('declared-twice');
    } else if (frame.t === 'breach') {
      this.reported.add(frame.id);
    } else if (frame.t === 'rerun') {
      this.breaches.add('ran-twice');
    } else {
      if (entry.declared === 0) this.breaches.add('undeclared');
      if (entry.result) this.breaches.add('result-twice');
      entry.result = frame.status === 'pass' ? 'pass' : 'fail';
    }
  }

  /** Waits (briefly) for the workers' last frames, then closes the socket and its folder. */
  async close(): Promise<void> {
    await Promise.race([Promise.all(this.#pending), new Promise((r) => setTimeout(r, 1_000))]);
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
