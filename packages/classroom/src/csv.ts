import type { Cell } from './store.ts';

/**
 * One CSV cell. Text a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe (OWASP CSV
 * injection advice); every cell is quoted.
 */
export function csvCell(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

const header = [
  'name',
  'learner',
  'lab',
  'status',
  'score',
  'max_score',
  'best_score',
  'submissions',
  'strict',
  'verification',
  'updated_at',
];

/** Every learner × lab cell as CSV, with a BOM so spreadsheets read Hangul as UTF-8. */
export function toCsv(cells: Cell[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const c of cells) {
    lines.push(
      [
        c.name,
        c.learner,
        c.lab,
        c.status,
        c.score,
        c.maxScore,
        c.bestScore,
        c.submissions,
        c.strict,
        c.verification,
        c.updatedAt,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
