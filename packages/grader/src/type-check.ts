import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from '@lambda-dojo/lang';

/** One TypeScript error in the learner's code. */
export interface TypeProblem {
  file: string;
  line: number;
  column: number;
  code: number;
  message: string;
}

export interface TypeCheckRequest {
  /** The folder whose tsconfig.json applies (the lab's or the solution's). */
  configDir: string;
  /** Absolute paths of the files the learner edits. */
  files: string[];
  lang: Lang;
  /** Where TypeScript keeps what it learnt, so the next grade checks faster. */
  buildInfoFile: string;
}

/**
 * Type-checks the learner's files in a worker thread while the checks run.
 * Type errors cost no points, but a learner must see them: `const n: number = 'x'`
 * runs fine and still is a bug. Resolves to undefined if it fails or is cut short.
 */
export function startTypeCheck(request: TypeCheckRequest): {
  result: Promise<TypeProblem[] | undefined>;
  stop: () => void;
} {
  const worker = new Worker(new URL('./type-check-worker.mjs', import.meta.url), {
    workerData: request,
  });
  worker.unref();
  const result = new Promise<TypeProblem[] | undefined>((resolve) => {
    worker.once('message', (problems: TypeProblem[]) => resolve(problems));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { result, stop: () => void worker.terminate() };
}

/**
 * How long a grade waits for the type check once the checks are done. On a
 * free machine it has finished by then; on a busy one the report says so.
 */
export const TYPE_CHECK_WAIT_MS = Number(process.env.LAMBDA_DOJO_TYPECHECK_WAIT_MS) || 5_000;

/** Waits for the type check at most `ms` more; undefined when it is not done by then. */
export async function typeCheckWithin(
  check: ReturnType<typeof startTypeCheck>,
  ms: number,
): Promise<TypeProblem[] | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  const problems = await Promise.race([check.result, late]);
  clearTimeout(timer);
  check.stop();
  return problems;
}

export function buildInfoPath(stateDir: string, labId: string, solution: boolean): string {
  return join(stateDir, 'typecheck', `${labId}${solution ? '-solution' : ''}.tsbuildinfo`);
}
