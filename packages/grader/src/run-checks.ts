import { relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { TestError, UserConsoleLog } from 'vitest';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { createVitest } from 'vitest/node';
import { CHECK_TIMEOUT_MS } from './check.ts';
import { type CheckResult, type RunProblem, type RunResult, summarise } from './check-result.ts';
import type { Bilingual, CheckMeta } from './check-types.ts';
import { killTestWorkers } from './process-tree.ts';

export interface RunChecksOptions {
  repoRoot: string;
  /** Absolute paths of the lab's check files. */
  checkFiles: string[];
  /** The folder `@lab/...` imports resolve to: the lab's or the solution's `src/`. */
  srcDir: string;
  maxScore: number;
  /** Extra environment for the checks (e.g. the grading target). */
  env?: Record<string, string>;
  /**
   * Grace on top of a check's own timeout before the grader decides the
   * learner's code is stuck in a synchronous loop and stops the worker.
   */
  hangGraceMs?: number;
  /** What `--strict` adds to the run (see `src/integrity/strict-run.ts`). */
  hardening?: RunHardening;
}

/** Options of the Vitest run that `--strict` sets; each field is passed to Vitest as is. */
export interface RunHardening {
  /** Node flags of the worker processes that run learner code. */
  execArgv: string[];
  /** Run in each worker before the check files and the learner's code load. */
  setupFiles: string[];
  /** Vite plugins of the run, in the run host (out of learner code's reach). */
  plugins: VitePlugins;
}

type VitePlugins = NonNullable<NonNullable<Parameters<typeof createVitest>[2]>['plugins']>;

const OUTPUT_LIMIT = 500;

/**
 * How long loading the checks and the learner's code may stay silent. Loading
 * sharp or the AWS SDK on a busy machine takes seconds, so this is far above a
 * check's own timeout; it still ends a loop at the top level of learner code.
 */
const LOAD_TIMEOUT_MS = Number(process.env.LAMBDA_DOJO_LOAD_TIMEOUT_MS) || 30_000;

/** Runs a lab's checks in-process through Vitest's Node API and grades them. */
export async function runChecks(options: RunChecksOptions): Promise<RunResult> {
  const started = performance.now();
  const collector = new CheckCollector(options.hangGraceMs ?? 5_000, options.checkFiles);
  const vitest = await createVitest(
    'test',
    {
      root: options.repoRoot,
      config: false,
      watch: false,
      include: options.checkFiles.map((f) => relative(options.repoRoot, f)),
      reporters: [collector],
      pool: 'forks',
      testTimeout: CHECK_TIMEOUT_MS,
      hookTimeout: CHECK_TIMEOUT_MS,
      teardownTimeout: 1_000,
      passWithNoTests: true,
      env: options.env ?? {},
      ...(options.hardening
        ? { execArgv: options.hardening.execArgv, setupFiles: options.hardening.setupFiles }
        : {}),
    },
    {
      logLevel: 'silent',
      ...(options.hardening ? { plugins: options.hardening.plugins } : {}),
      resolve: { alias: [{ find: /^@lab\//, replacement: `${options.srcDir}/` }] },
    },
  );
  let hung = false;
  try {
    hung = (await Promise.race([vitest.start().then(() => false), collector.hang])) === true;
  } finally {
    collector.disarm();
    if (hung) killTestWorkers();
    await Promise.race([vitest.close(), delay(3_000)]);
    if (hung) killTestWorkers();
  }
  const problems = collector.problems;
  return summarise(
    collector.results(),
    problems,
    options.maxScore,
    Math.round(performance.now() - started),
  );
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function metaOf(testCase: TestCase): CheckMeta | undefined {
  return testCase.meta().check;
}

/** A Vitest reporter that keeps what the grader needs and prints nothing. */
class CheckCollector implements Reporter {
  readonly problems: RunProblem[] = [];
  readonly hang: Promise<true>;
  private signalHang: () => void = () => {};
  private readonly order: TestCase[] = [];
  private readonly outcome = new Map<string, { status: CheckResult['status']; message?: string }>();
  private readonly output = new Map<string, string>();
  private watchdog: NodeJS.Timeout | undefined;

  constructor(
    private readonly hangGraceMs: number,
    private readonly checkFiles: string[],
  ) {
    this.hang = new Promise<true>((resolve) => {
      this.signalHang = () => resolve(true);
    });
  }

  onTestModuleCollected(module: TestModule): void {
    this.arm(CHECK_TIMEOUT_MS);
    this.order.push(...module.children.allTests());
    // Files are collected in parallel; checks keep the manifest's file order.
    const rank = (t: TestCase) => this.checkFiles.indexOf(t.module.moduleId);
    this.order.sort((a, b) => rank(a) - rank(b));
  }

  onTestModuleEnd(module: TestModule): void {
    // Another check file may still be loading in another worker.
    this.arm(LOAD_TIMEOUT_MS);
    for (const error of module.errors()) {
      this.problems.push({
        kind: 'load',
        file: module.moduleId,
        message: error.message ?? String(error),
      });
    }
  }

  onTestRunStart(): void {
    this.arm(LOAD_TIMEOUT_MS);
  }

  onTestModuleStart(): void {
    this.arm(LOAD_TIMEOUT_MS);
  }

  onTestCaseReady(testCase: TestCase): void {
    this.arm(testCase.options.timeout || CHECK_TIMEOUT_MS);
  }

  /**
   * Learner code stuck in a synchronous loop blocks the worker, so it cannot
   * report anything, not even that a check started. The grader therefore
   * treats silence longer than a check's timeout (plus grace) as a hang.
   */
  disarm(): void {
    clearTimeout(this.watchdog);
  }

  private arm(timeoutMs: number): void {
    clearTimeout(this.watchdog);
    const limitMs = timeoutMs + this.hangGraceMs;
    this.watchdog = setTimeout(() => {
      const stuck = this.order.find((t) => !this.outcome.has(t.id));
      this.problems.push({
        kind: 'hang',
        checkId: stuck?.name ?? '',
        seconds: Math.round(limitMs / 1000),
      });
      if (stuck)
        this.record(stuck, 'fail', `did not finish within ${Math.round(limitMs / 1000)} s`);
      this.signalHang();
    }, limitMs);
  }

  onTestCaseResult(testCase: TestCase): void {
    this.arm(CHECK_TIMEOUT_MS);
    const result = testCase.result();
    if (result.state === 'passed') {
      this.record(testCase, 'pass');
    } else if (result.state === 'failed') {
      const message = (result.errors ?? []).map(describeError).join('\n');
      this.record(testCase, 'fail', message);
    }
  }

  onUserConsoleLog(log: UserConsoleLog): void {
    if (!log.taskId) return;
    this.output.set(log.taskId, (this.output.get(log.taskId) ?? '') + log.content);
  }

  onTestRunEnd(_modules: unknown, unhandledErrors: ReadonlyArray<unknown>): void {
    this.disarm();
    for (const error of unhandledErrors) {
      const message =
        error instanceof Error
          ? error.message
          : String((error as { message?: string })?.message ?? error);
      this.problems.push({ kind: 'unhandled', message });
    }
  }

  /** Every check in order; built at the end, once every check file has been collected. */
  results(): CheckResult[] {
    const tasks = taskIds(this.order);
    return this.order.flatMap((testCase) => {
      const meta = metaOf(testCase);
      if (!meta) return [];
      const { status, message } = this.outcome.get(testCase.id) ?? {
        status: 'fail',
        message: 'not run',
      };
      return [this.entry(testCase, meta, tasks, status, message)];
    });
  }

  private record(testCase: TestCase, status: CheckResult['status'], message?: string): void {
    if (!metaOf(testCase) || this.outcome.has(testCase.id)) return;
    this.outcome.set(testCase.id, { status, ...(message ? { message } : {}) });
  }

  private entry(
    testCase: TestCase,
    meta: CheckMeta,
    tasks: string[],
    status: CheckResult['status'],
    message?: string,
  ): CheckResult {
    const taskName = taskTitle(testCase);
    const output = this.output.get(testCase.id) ?? '';
    return {
      meta,
      status,
      ...(message ? { message } : {}),
      output: output.length > OUTPUT_LIMIT ? `${output.slice(0, OUTPUT_LIMIT)}…` : output,
      taskId: Math.max(1, tasks.indexOf(testCase.parent.id) + 1),
      taskName,
      durationMs: Math.round(testCase.diagnostic()?.duration ?? 0),
    };
  }
}

/** Ids of the tasks (`describe` blocks) in the order their checks run. */
function taskIds(tests: TestCase[]): string[] {
  const ids: string[] = [];
  for (const t of tests) {
    if (!ids.includes(t.parent.id)) ids.push(t.parent.id);
  }
  return ids;
}

function taskTitle(testCase: TestCase): Bilingual {
  const parent = testCase.parent;
  if (parent.type !== 'suite') return { ko: '', en: '' };
  return parent.meta().task ?? { ko: parent.name, en: parent.name };
}

const DIFF_LINES = 16;

/** An assertion's message, with the expected/received diff when Vitest has one. */
function describeError(error: TestError): string {
  const diff = error.diff ? stripVTControlCharacters(error.diff).split('\n') : [];
  const shown = diff.slice(0, DIFF_LINES);
  if (diff.length > DIFF_LINES) shown.push('…');
  return [error.message, ...shown].join('\n').trim();
}
