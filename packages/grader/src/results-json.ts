import type { Lang } from '@lambda-dojo/lang';
import type { RunResult } from './check-result.ts';
import { explainFailure, explainProblem } from './explain.ts';
import { messagesFor } from './messages.ts';

export const GRADER_VERSION = '0.1.0';

/** One test in Exercism's test-runner results format, version 3. */
export interface ResultsTest {
  name: string;
  status: 'pass' | 'fail' | 'error';
  message: string | null;
  output: string | null;
  task_id: number;
  check_id: string;
  points: number;
}

/** Exercism's test-runner results v3, plus what the course needs (lab, score). */
export interface ResultsFile {
  version: 3;
  status: 'pass' | 'fail' | 'error';
  message: string | null;
  tests: ResultsTest[];
  lab: string;
  /** The lab's slug, so a reader can tell the lab from an id it had before the renumbering. */
  slug?: string;
  target: string;
  solution: boolean;
  score: number;
  max_score: number;
  grader_version: string;
  timestamp: string;
  lang: Lang;
}

export interface ResultsContext {
  lab: string;
  slug?: string;
  target: string;
  solution: boolean;
  lang: Lang;
  now?: Date;
}

export function toResultsFile(run: RunResult, context: ResultsContext): ResultsFile {
  const m = messagesFor(context.lang);
  const runMessage = run.problems.map((p) => explainProblem(p, m)).join('\n\n');
  return {
    version: 3,
    status: run.status,
    message: run.status === 'error' ? runMessage || m.loadError : runMessage || null,
    tests: run.checks.map((check) => ({
      name: check.meta.title[context.lang],
      status: check.status,
      message: check.status === 'pass' ? null : explainFailure(check, m),
      output: check.output || null,
      task_id: check.taskId,
      check_id: check.meta.id,
      points: check.meta.points,
    })),
    lab: context.lab,
    ...(context.slug ? { slug: context.slug } : {}),
    target: context.target,
    solution: context.solution,
    score: run.score,
    max_score: run.maxScore,
    grader_version: GRADER_VERSION,
    timestamp: (context.now ?? new Date()).toISOString(),
    lang: context.lang,
  };
}
