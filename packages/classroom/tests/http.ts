import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BoardLab } from '../src/course-labs.ts';
import { buildServer, type Limits } from '../src/server.ts';
import { BoardStore } from '../src/store.ts';

export const labs: BoardLab[] = [
  { id: 'lab-1', title: { ko: '첫 랩', en: 'First lab' }, points: 100 },
  { id: 'lab-2', title: { ko: '둘째 랩', en: 'Second lab' }, points: 50 },
];

export const CODE = 'K7QM2P';
/** The digest of the board's own copy of lab-1's checks in these tests. */
export const LAB_1_CHECKS = 'c'.repeat(64);
export const KEY = 'instructor-secret';

/** A class board on 127.0.0.1 and a random port, with its SQLite file in a temporary folder. */
export class TestBoard {
  readonly dir = mkdtempSync(join(tmpdir(), 'dojo-board-'));
  readonly dbFile = join(this.dir, 'board.sqlite');
  store!: BoardStore;
  app!: FastifyInstance;
  url = '';

  constructor(readonly limits: Partial<Limits> = {}) {}

  async start(): Promise<this> {
    this.store = new BoardStore(this.dbFile);
    this.app = buildServer({
      store: this.store,
      labs,
      code: CODE,
      instructorKey: KEY,
      lang: 'ko',
      submitUrl: 'http://127.0.0.1:4848',
      checks: { 'lab-1': LAB_1_CHECKS },
      limits: this.limits,
    });
    this.url = await this.app.listen({ host: '127.0.0.1', port: 0 });
    return this;
  }

  async stop(): Promise<void> {
    await this.app.close();
    this.store.close();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  submit(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.url}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  join(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
      body: JSON.stringify(body),
    });
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.url}${path}`, { headers });
  }
}

/** What `npm run grade lab-N -- --json` prints, trimmed to what matters here. */
export function results(overrides: Record<string, unknown> = {}) {
  return {
    version: 3,
    status: 'fail',
    message: null,
    tests: [
      {
        name: 'answers',
        status: 'pass',
        message: null,
        output: null,
        task_id: 1,
        check_id: 'answers',
        points: 60,
      },
      {
        name: 'again',
        status: 'fail',
        message: 'no',
        output: null,
        task_id: 2,
        check_id: 'again',
        points: 40,
      },
    ],
    lab: 'lab-1',
    target: 'mock',
    solution: false,
    score: 60,
    max_score: 100,
    grader_version: '0.1.0',
    timestamp: '2026-11-27T10:00:00.000Z',
    lang: 'ko',
    ...overrides,
  };
}

/** A learner id as the grader makes one; by default the same for names that differ only in case. */
export function learnerId(name: string): string {
  return `id-${Buffer.from(name.toLowerCase()).toString('hex')}`.padEnd(16, '0').slice(0, 64);
}

export function submission(
  name: string,
  overrides: Record<string, unknown> = {},
  learner = learnerId(name),
) {
  return { name, code: CODE, learner, results: results(overrides) };
}

export interface Answer {
  ok: boolean;
  error?: string;
  message?: string;
  name?: string;
  lab?: string;
}

export async function answer(res: Response): Promise<Answer> {
  return (await res.json()) as Answer;
}
