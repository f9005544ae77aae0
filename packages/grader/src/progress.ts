import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RunStatus } from './check-result.ts';

export interface ProgressEntry {
  status: RunStatus;
  score: number;
  maxScore: number;
  gradedAt: string;
}

export type Progress = Record<string, ProgressEntry>;

/** Reads the learner's progress file; a missing or damaged file means no progress yet. */
export function readProgress(file: string): Progress {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Progress) : {};
  } catch {
    return {};
  }
}

/** Records a graded run of the learner's own code (never of the solution). */
export function recordProgress(file: string, labId: string, entry: ProgressEntry): void {
  const progress = readProgress(file);
  progress[labId] = entry;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(progress, null, 2)}\n`);
  renameSync(temporary, file);
}
