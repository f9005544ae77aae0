import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { labRenames } from '@lambda-dojo/course';
import Database from 'better-sqlite3';
import type { Submission } from './submission.ts';
import type { Verification } from './verification.ts';

/** The latest result of one learner in one lab. */
export interface Cell {
  /** The learner id the grader keeps per checkout; the name is only a label. */
  learner: string;
  name: string;
  lab: string;
  status: Submission['status'];
  score: number;
  maxScore: number;
  bestScore: number;
  strict: boolean;
  /** What the board could verify about the latest result (verification.ts). */
  verification: Verification;
  submissions: number;
  updatedAt: string;
}

interface CellRow {
  learner_key: string;
  name: string;
  lab: string;
  status: Submission['status'];
  score: number;
  max_score: number;
  best_score: number;
  strict: number;
  verification: Verification;
  submissions: number;
  updated_at: string;
}

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS submissions (
  id INTEGER PRIMARY KEY,
  learner_key TEXT NOT NULL,
  name TEXT NOT NULL,
  lab TEXT NOT NULL,
  status TEXT NOT NULL,
  score INTEGER NOT NULL,
  max_score INTEGER NOT NULL,
  strict INTEGER NOT NULL,
  grader_version TEXT NOT NULL,
  passed_checks INTEGER NOT NULL,
  total_checks INTEGER NOT NULL,
  address TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS learners (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  joined_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS latest (
  learner_key TEXT NOT NULL,
  lab TEXT NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL,
  score INTEGER NOT NULL,
  max_score INTEGER NOT NULL,
  best_score INTEGER NOT NULL,
  strict INTEGER NOT NULL,
  submissions INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (learner_key, lab)
);
`;

/**
 * Every submission in one SQLite file: the full history, and the latest cell
 * per learner and lab for the grid. Writes are synchronous and durable
 * (WAL, synchronous=FULL), so a restart loses nothing that was acknowledged.
 */
export class BoardStore {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;
  readonly #upsert: Database.Statement;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = FULL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec(schema);
    // Boards made before learner ids and verification: add the column, old rows count as unsigned.
    for (const table of ['submissions', 'latest']) {
      const columns = this.#db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
      if (!columns.some((c) => c.name === 'verification')) {
        this.#db.exec(
          `ALTER TABLE ${table} ADD COLUMN verification TEXT NOT NULL DEFAULT 'unsigned'`,
        );
      }
    }
    this.#renumberLabs();
    this.#insert = this.#db.prepare(
      `INSERT INTO submissions (learner_key, name, lab, status, score, max_score, strict,
         grader_version, passed_checks, total_checks, address, received_at, verification)
       VALUES (@key, @name, @lab, @status, @score, @maxScore, @strict,
         @graderVersion, @passedChecks, @totalChecks, @address, @at, @verification)`,
    );
    this.#upsert = this.#db.prepare(
      `INSERT INTO latest (learner_key, lab, name, status, score, max_score, best_score, strict,
         submissions, updated_at, verification)
       VALUES (@key, @lab, @name, @status, @score, @maxScore, @score, @strict, 1, @at, @verification)
       ON CONFLICT (learner_key, lab) DO UPDATE SET
         name = excluded.name, status = excluded.status, score = excluded.score,
         max_score = excluded.max_score, best_score = max(best_score, excluded.score),
         strict = excluded.strict, submissions = submissions + 1, updated_at = excluded.updated_at,
         verification = excluded.verification`,
    );
  }

  /**
   * Boards made before the course was renumbered (issue 16) hold results under the
   * old ids: move them once to the new ones (lab-7 image-processing is lab-9 now).
   * A board made since records the numbering when it is created, so nothing moves.
   */
  #renumberLabs(): void {
    const numbering = 'lab-numbering';
    const marked = this.#db.prepare('SELECT value FROM meta WHERE key = ?').get(numbering);
    if (marked) return;
    const move = this.#db.transaction(() => {
      for (const { from, to } of labRenames) {
        for (const table of ['submissions', 'latest']) {
          this.#db.prepare(`UPDATE ${table} SET lab = ? WHERE lab = ?`).run(to, from);
        }
      }
      this.#db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(numbering, '2');
    });
    move();
  }

  /** A stored setting such as the join code, created on first use. */
  setting(key: string, create: () => string): string {
    const row = this.#db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
      | { value: string }
      | undefined;
    if (row) return row.value;
    const value = create();
    this.#db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, value);
    return value;
  }

  replaceSetting(key: string, value: string): void {
    this.#db
      .prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?',
      )
      .run(key, value, value);
  }

  /** Records a submission and returns the board's new version. */
  record(submission: Submission, address: string, at = new Date()): number {
    const row = {
      ...submission,
      key: submission.learner,
      strict: submission.strict ? 1 : 0,
      address,
      at: at.toISOString(),
    };
    const write = this.#db.transaction(() => {
      const { lastInsertRowid } = this.#insert.run(row);
      this.#upsert.run(row);
      return Number(lastInsertRowid);
    });
    return write();
  }

  /** Grows with every submission, also across restarts: the page refreshes when it changes. */
  version(): number {
    const row = this.#db.prepare('SELECT max(id) AS v FROM submissions').get() as {
      v: number | null;
    };
    return row.v ?? 0;
  }

  cells(): Cell[] {
    const rows = this.#db
      .prepare('SELECT * FROM latest ORDER BY learner_key, lab')
      .all() as CellRow[];
    return rows.map((r) => ({
      learner: r.learner_key,
      name: r.name,
      lab: r.lab,
      status: r.status,
      score: r.score,
      maxScore: r.max_score,
      bestScore: r.best_score,
      strict: r.strict === 1,
      verification: r.verification,
      submissions: r.submissions,
      updatedAt: r.updated_at,
    }));
  }

  /** The key this board issued to a learner id when it joined, if it did. */
  learnerKey(id: string): string | undefined {
    const row = this.#db.prepare('SELECT key FROM learners WHERE id = ?').get(id) as
      | { key: string }
      | undefined;
    return row?.key;
  }

  /** Registers a learner id with its key; false when the id already joined (its key is never re-issued). */
  join(id: string, name: string, key: string, at = new Date()): boolean {
    const result = this.#db
      .prepare(
        'INSERT INTO learners (id, name, key, joined_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
      )
      .run(id, name, key, at.toISOString());
    return result.changes === 1;
  }

  submissionCount(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
  }

  close(): void {
    this.#db.close();
  }
}
