import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RunStatus } from './check-result.ts';

export interface Grade {
  status: RunStatus;
  score: number;
  maxScore: number;
  gradedAt: string;
}

/** The last grade of a lab, and its best grade so far (`best` is absent where it is the last). */
export interface ProgressEntry extends Grade {
  best?: Grade;
}

export type Progress = Record<string, ProgressEntry>;

/** Reads the learner's progress file; a missing or damaged file means no progress yet. */
export function readProgress(file: string): Progress {
  return readJsonObject(file) as Progress;
}

/** The best grade of an entry: a passed lab stays passed after a worse try. */
export function bestOf(entry: ProgressEntry): Grade {
  return entry.best ?? entry;
}

/** Records a graded run of the learner's own code (never of the solution). */
export function recordProgress(file: string, labId: string, grade: Grade): void {
  const progress = readProgress(file);
  const before = progress[labId];
  const best = before ? bestOf(before) : undefined;
  const last = withoutBest(grade);
  progress[labId] = best && best.score > grade.score ? { ...last, best: withoutBest(best) } : last;
  writeJsonObject(file, progress);
}

/** Forgets a lab's grades and hint tiers (after `npm run reset`). */
export function forgetLab(stateDir: string, labId: string): void {
  for (const name of ['progress.json', 'hints.json']) {
    const file = join(stateDir, name);
    const data = readJsonObject(file);
    if (!(labId in data)) continue;
    delete data[labId];
    writeJsonObject(file, data);
  }
}

function withoutBest(grade: ProgressEntry | Grade): Grade {
  const { status, score, maxScore, gradedAt } = grade;
  return { status, score, maxScore, gradedAt };
}

function readJsonObject(file: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function writeJsonObject(file: string, data: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(temporary, file);
}
