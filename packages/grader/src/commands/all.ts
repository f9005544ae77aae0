import { relative } from 'node:path';
import type { Lab } from '@lambda-dojo/course';
import { messagesFor } from '../messages.ts';
import type { CliOptions } from '../options.ts';
import { bestOf, readProgress } from '../progress.ts';
import { style } from '../style.ts';
import { progressFile } from './grade.ts';

/** Prints the progress table of every lab from the learner's progress file. */
export function allCommand(labs: Lab[], options: CliOptions, repoRoot: string): number {
  const m = messagesFor(options.lang);
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
  const widths = table[0]?.map((_, col) => Math.max(...table.map((row) => width(row[col] ?? ''))));
  const line = (row: readonly string[]) =>
    row.map((cell, col) => cell + ' '.repeat((widths?.[col] ?? 0) - width(cell))).join('  ');
  const out = [
    style.bold(m.progressTitle),
    '',
    style.bold(line(table[0] ?? [])),
    ...rows.map(line),
  ];
  out.push('', style.dim(m.progressNote(relative(repoRoot, progressFile))));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

/** Display width: Hangul and other wide characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

/** `2026-11-27 13:35` in the learner's own time zone. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '-';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
