import type { BoardLab } from './course-labs.ts';
import { learnerKey } from './names.ts';
import type { Cell } from './store.ts';

export interface LabSummary {
  lab: string;
  submitted: number;
  passed: number;
  /** Passes the board verified (verification.ts); the rest of `passed` is self-reported. */
  verifiedPassed: number;
  /** Mean of the latest scores, one decimal; null before the first submission. */
  averageScore: number | null;
}

export interface BoardRow {
  /** The learner id of the checkout: one row each, whatever the name. */
  learner: string;
  name: string;
  /** Set when another row shows the same name: the start of the learner id, to tell them apart. */
  tag?: string;
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
    const key = cell.learner;
    const row = rows.get(key) ?? {
      learner: cell.learner,
      name: cell.name,
      cells: {},
      updatedAt: cell.updatedAt,
    };
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
      verifiedPassed: own.filter((c) => c.status === 'pass' && c.verification === 'verified')
        .length,
      averageScore: own.length ? Math.round((total / own.length) * 10) / 10 : null,
    };
  });
  const named = new Map<string, number>();
  for (const row of rows.values()) {
    named.set(learnerKey(row.name), (named.get(learnerKey(row.name)) ?? 0) + 1);
  }
  for (const row of rows.values()) {
    if ((named.get(learnerKey(row.name)) ?? 0) > 1) row.tag = `#${row.learner.slice(0, 6)}`;
  }
  const sorted = [...rows.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'ko') || a.learner.localeCompare(b.learner),
  );
  return { version, code, labs, rows: sorted, summary };
}
