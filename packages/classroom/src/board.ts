import type { BoardLab } from './course-labs.ts';
import type { Cell } from './store.ts';

export interface LabSummary {
  lab: string;
  submitted: number;
  passed: number;
  /** Mean of the latest scores, one decimal; null before the first submission. */
  averageScore: number | null;
}

export interface BoardRow {
  name: string;
  cells: Record<string, Cell>;
  updatedAt: string;
}

export interface Board {
  version: number;
  code: string;
  labs: BoardLab[];
  rows: BoardRow[];
  summary: LabSummary[];
}

/** The grid (one row per learner, one column per lab) and the per-lab summary. */
export function buildBoard(labs: BoardLab[], cells: Cell[], version: number, code: string): Board {
  const rows = new Map<string, BoardRow>();
  for (const cell of cells) {
    const key = cell.name.toLocaleLowerCase('en-US');
    const row = rows.get(key) ?? { name: cell.name, cells: {}, updatedAt: cell.updatedAt };
    row.cells[cell.lab] = cell;
    if (cell.updatedAt >= row.updatedAt) {
      row.updatedAt = cell.updatedAt;
      row.name = cell.name;
    }
    rows.set(key, row);
  }
  const summary = labs.map((lab) => {
    const own = cells.filter((c) => c.lab === lab.id);
    const total = own.reduce((sum, c) => sum + c.score, 0);
    return {
      lab: lab.id,
      submitted: own.length,
      passed: own.filter((c) => c.status === 'pass').length,
      averageScore: own.length ? Math.round((total / own.length) * 10) / 10 : null,
    };
  });
  const sorted = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'ko'));
  return { version, code, labs, rows: sorted, summary };
}
