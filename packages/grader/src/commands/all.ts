import { relative } from 'node:path';
import type { CoursePaths, Lab } from '@lambda-dojo/course';
import { displayWidth } from '../display-width.ts';
import { messagesFor } from '../messages.ts';
import { bestOf, progressPath, readProgress } from '../progress.ts';
import { style } from '../style.ts';
import type { GradeOptions } from './grade.ts';

/** Prints the progress table of every lab from the learner's progress file. */
export function allCommand(labs: Lab[], options: GradeOptions, paths: CoursePaths): number {
  const m = messagesFor(options.lang);
  const progressFile = progressPath(paths.stateDir);
  const progress = readProgress(progressFile);
  const rows = labs.map((lab) => {
    const entry = progress[lab.manifest.id];
    // A lab once passed stays passed; the last grade is shown beside the best.
    const best = entry && bestOf(entry);
    const shown = best?.status === 'pass' ? best : entry;
    const status = !shown
      ? m.statusNone
      : shown.status === 'pass'
        ? m.statusPass
        : shown.status === 'error'
          ? m.statusError
          : m.statusFail;
    const score = (grade?: { score: number; maxScore: number }) =>
      grade ? `${grade.score}/${grade.maxScore}` : `-/${lab.manifest.points}`;
    return [
      lab.manifest.id,
      lab.manifest.title[options.lang],
      status,
      score(best),
      score(entry),
      entry ? localTime(entry.gradedAt) : '-',
    ];
  });
  const table = [m.progressHeader as readonly string[], ...rows];
  const widths = table[0]?.map((_, col) =>
    Math.max(...table.map((row) => displayWidth(row[col] ?? ''))),
  );
  const line = (row: readonly string[]) =>
    row.map((cell, col) => cell + ' '.repeat((widths?.[col] ?? 0) - displayWidth(cell))).join('  ');
  const out = [
    style.bold(m.progressTitle),
    '',
    style.bold(line(table[0] ?? [])),
    ...rows.map(line),
  ];
  out.push('', style.dim(m.progressNote(relative(paths.repoRoot, progressFile))));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

/** `2026-11-27 13:35` in the learner's own time zone. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '-';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
