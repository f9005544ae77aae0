import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { currentLabId } from '@lambda-dojo/course';
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
  /** The lab's slug; absent in entries written before the course was renumbered. */
  slug?: string;
}

export type Progress = Record<string, ProgressEntry>;

/** The learner's progress file in a state folder. */
export function progressPath(stateDir: string): string {
  return join(stateDir, 'progress.json');
}

/**
 * Reads the learner's progress file; a missing or damaged file means no progress yet.
 * Entries kept under a lab's old id (@lambda-dojo/course, lab-renames.ts) come back under its new one.
 */
export function readProgress(file: string): Progress {
  const stored = readJsonObject(file) as Progress;
  const progress: Progress = {};
  for (const [id, entry] of Object.entries(stored)) {
    const current = currentLabId(id, entry?.slug);
    const other = progress[current];
    progress[current] = other ? merged(other, entry) : entry;
  }
  return progress;
}

/** One entry from two of the same lab (an old id and the new one): the later last, the better best. */
function merged(a: ProgressEntry, b: ProgressEntry): ProgressEntry {
  const [earlier, later] = a.gradedAt <= b.gradedAt ? [a, b] : [b, a];
  const best = [bestOf(earlier), bestOf(later)].reduce((x, y) => (y.score > x.score ? y : x));
  const last = { ...withoutBest(later), ...(later.slug ? { slug: later.slug } : {}) };
  return best.score > later.score ? { ...last, best: withoutBest(best) } : last;
}

/** The best grade of an entry: a passed lab stays passed after a worse try. */
export function bestOf(entry: ProgressEntry): Grade {
  return entry.best ?? entry;
}

/** Records a graded run of the learner's own code (never of the solution). */
export function recordProgress(file: string, labId: string, grade: Grade, slug?: string): void {
  const progress = readProgress(file);
  const before = progress[labId];
  const best = before ? bestOf(before) : undefined;
  const last = { ...withoutBest(grade), ...(slug ? { slug } : {}) };
  progress[labId] = best && best.score > grade.score ? { ...last, best: withoutBest(best) } : last;
  writeJsonObject(file, progress);
}

/** Forgets a lab's grades and hint tiers (after `npm run reset`). */
export function forgetLab(stateDir: string, labId: string): void {
  const progressFile = progressPath(stateDir);
  const progress = readProgress(progressFile);
  if (labId in progress) {
    delete progress[labId];
    writeJsonObject(progressFile, progress);
  }
  const hintsFile = join(stateDir, 'hints.json');
  const hints = readJsonObject(hintsFile);
  if (labId in hints) {
    delete hints[labId];
    writeJsonObject(hintsFile, hints);
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
