import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { CHECK_TIMEOUT_MS, HINTS_PROPERTY } from '@lambda-dojo/check-kit';
import {
  CHECK_EVENTS_ENV,
  type CheckEvent,
  CheckEventReader,
  SKIP_CHECKS_ENV,
} from '@lambda-dojo/check-kit/events';
import type { Bilingual, CheckMeta, TieredHints } from '@lambda-dojo/check-kit/types';
import type { TestError, UserConsoleLog } from 'vitest';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { createVitest } from 'vitest/node';
import { type NotedAssertion, notedAssertion } from './assertion-text.ts';
import {
  type CheckResult,
  type Failure,
  type RunProblem,
  type RunResult,
  summarise,
} from './check-result.ts';
import { learnerLocation } from './error-location.ts';

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
  /** Ids of checks not to run (they hung in an earlier run). */
  skipChecks?: string[];
  /**
   * How long loading the checks and the learner's code may stay silent; by
   * default `LAMBDA_DOJO_LOAD_TIMEOUT_MS` or 30 s.
   */
  loadTimeoutMs?: number;
  /** Called as checks start and end, for a progress display. */
  onCheckEvent?: (event: CheckEvent) => void;
}

/** Options of the Vitest run that `--strict` sets; each field is passed to Vitest as is. */
export interface RunHardening {
  /** Node flags of the worker processes that run learner code. */
  execArgv: string[];
  /** Run in each worker before the check files and the learner's code load. */
  setupFiles: string[];
  /** Vite plugins of the run, in the run host (out of learner code's reach). */
  plugins: VitePlugins;
  /** The one folder the workers may write in (their TMPDIR). */
  scratchDir: string;
}

type VitePlugins = NonNullable<NonNullable<Parameters<typeof createVitest>[2]>['plugins']>;

const OUTPUT_LIMIT = 500;

/**
 * How long loading the checks and the learner's code may stay silent. Loading
 * sharp or the AWS SDK on a busy machine takes seconds, so this is far above a
 * check's own timeout; it still ends a loop at the top level of learner code.
 */
function defaultLoadTimeoutMs(): number {
  return Number(process.env.LAMBDA_DOJO_LOAD_TIMEOUT_MS) || 30_000;
}

/**
 * Grace on top of a check's own timeout before it counts as hung. The clock
 * starts when the check itself says it started (see check-events.ts), so this
 * only has to cover a busy machine's delay in reporting the check's end.
 */
const HANG_GRACE_MS = 3_000;

/** Runs a lab's checks in-process through Vitest's Node API and grades them. */
export async function runChecks(options: RunChecksOptions): Promise<RunResult> {
  const started = performance.now();
  const eventsDir = mkdtempSync(
    join(options.hardening?.scratchDir ?? tmpdir(), 'lambda-dojo-events-'),
  );
  const eventsFile = join(eventsDir, 'events.ndjson');
  const collector = new CheckCollector(
    options.hangGraceMs ?? HANG_GRACE_MS,
    options.loadTimeoutMs ?? defaultLoadTimeoutMs(),
    options.checkFiles,
    new CheckEventReader(eventsFile),
    options.repoRoot,
    options.srcDir,
    options.onCheckEvent,
  );
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
      env: {
        ...options.env,
        [CHECK_EVENTS_ENV]: eventsFile,
        [SKIP_CHECKS_ENV]: (options.skipChecks ?? []).join(','),
      },
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
    // A hung worker never answers Vitest's close: do not wait with it. The worker
    // is ended with the run host's process group once this result is sent
    // (runner/run-isolated.ts), so this function runs only in a run host.
    await Promise.race([vitest.close(), delay(hung ? 300 : 3_000)]);
    rmSync(eventsDir, { recursive: true, force: true });
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
  private readonly outcome = new Map<
    string,
    {
      status: CheckResult['status'];
      message?: string;
      failure?: Failure;
      assertion?: NotedAssertion;
      hints?: TieredHints;
    }
  >();
  private readonly output = new Map<string, string>();
  private watchdog: NodeJS.Timeout | undefined;
  /** Checks that said they started and have not ended, by id. */
  private readonly running = new Map<string, CheckEvent>();
  private readonly eventPoll: NodeJS.Timeout;
  /** The check found stuck in a loop, once one is. */
  private hungId: string | undefined;

  constructor(
    private readonly hangGraceMs: number,
    private readonly loadTimeoutMs: number,
    private readonly checkFiles: string[],
    private readonly events: CheckEventReader,
    private readonly repoRoot: string,
    private readonly srcDir: string,
    private readonly onCheckEvent?: (event: CheckEvent) => void,
  ) {
    this.hang = new Promise<true>((resolve) => {
      this.signalHang = () => resolve(true);
    });
    this.eventPoll = setInterval(() => this.pollEvents(), 100);
  }

  /** Reads the checks' own start and end lines and stops a check that runs past its limit. */
  private pollEvents(): void {
    for (const event of this.events.read()) {
      if (event.event === 'start') this.running.set(event.id, event);
      else this.running.delete(event.id);
      this.onCheckEvent?.(event);
    }
    if (this.hungId) return;
    for (const check of this.running.values()) {
      const limitMs = check.timeoutMs + this.hangGraceMs;
      if (Date.now() - check.at < limitMs) continue;
      this.hungId = check.id;
      this.problems.push({ kind: 'hang', checkId: check.id, seconds: Math.round(limitMs / 1000) });
      this.hungSeconds = Math.round(limitMs / 1000);
      this.signalHang();
      return;
    }
  }

  private hungSeconds = 0;

  onTestModuleCollected(module: TestModule): void {
    this.arm(CHECK_TIMEOUT_MS);
    this.order.push(...module.children.allTests());
    // Files are collected in parallel; checks keep the manifest's file order.
    const rank = (t: TestCase) => this.checkFiles.indexOf(t.module.moduleId);
    this.order.sort((a, b) => rank(a) - rank(b));
  }

  onTestModuleEnd(module: TestModule): void {
    // Another check file may still be loading in another worker.
    this.arm(this.loadTimeoutMs);
    for (const error of module.errors()) {
      const where = learnerLocation(error, this.srcDir, this.repoRoot);
      this.problems.push({
        kind: 'load',
        file: module.moduleId,
        message: [errorLine(error), where].filter(Boolean).join('\n'),
        ...(error.name ? { errorName: error.name } : {}),
      });
    }
  }

  onTestRunStart(): void {
    this.arm(this.loadTimeoutMs);
  }

  onTestModuleStart(): void {
    this.arm(this.loadTimeoutMs);
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
    clearInterval(this.eventPoll);
  }

  private arm(timeoutMs: number): void {
    clearTimeout(this.watchdog);
    const limitMs = timeoutMs + this.hangGraceMs;
    this.watchdog = setTimeout(() => {
      // A check that said it started is timed by its own clock, in pollEvents.
      if (this.running.size > 0 || this.hungId) return;
      const stuck = this.order.find((t) => !this.outcome.has(t.id));
      this.problems.push({
        kind: 'hang',
        checkId: stuck?.name ?? '',
        seconds: Math.round(limitMs / 1000),
      });
      const seconds = Math.round(limitMs / 1000);
      if (stuck) {
        this.record(stuck, 'fail', `did not finish within ${seconds} s`, {
          reason: 'stalled',
          seconds,
        });
      }
      this.signalHang();
    }, limitMs);
  }

  onTestCaseResult(testCase: TestCase): void {
    this.arm(CHECK_TIMEOUT_MS);
    // A check that timed out on a promise never reaches its end line.
    this.running.delete(testCase.name);
    const result = testCase.result();
    if (result.state === 'passed') {
      this.record(testCase, 'pass');
    } else if (result.state === 'failed') {
      const loop = result.errors?.find((e) => e.name === 'EndlessLoopError');
      if (loop) {
        // The loop guard stopped learner code; its message is where it looped.
        const where = (loop.message ?? '').replaceAll(`${this.repoRoot}/`, '');
        this.record(testCase, 'fail', where, { reason: 'loop' });
        return;
      }
      const message = (result.errors ?? [])
        .map((error) => describeError(error, this.srcDir, this.repoRoot))
        .join('\n');
      this.record(testCase, 'fail', message, failureOf(result.errors ?? [], message));
      const noted = result.errors?.map(notedAssertion).find(Boolean);
      const outcome = this.outcome.get(testCase.id);
      if (noted && outcome) outcome.assertion = noted;
      // because(hints, ...) in the check: hints about the assertion that failed.
      const hints = result.errors?.map((e) => e[HINTS_PROPERTY]).find(isTieredHints);
      if (hints && outcome) outcome.hints = hints;
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
      const { status, message, failure, assertion, hints } =
        this.outcome.get(testCase.id) ??
        (testCase.name === this.hungId
          ? {
              status: 'fail' as const,
              message: `did not finish within ${this.hungSeconds} s`,
              failure: { reason: 'stalled' as const, seconds: this.hungSeconds },
            }
          : {
              status: 'fail' as const,
              message: 'not run',
              failure: { reason: 'not-run' as const },
            });
      const result = this.entry(testCase, meta, tasks, status, message);
      return [
        {
          ...result,
          ...(failure ? { failure } : {}),
          ...(assertion ? { assertion } : {}),
          ...(hints ? { hints } : {}),
        },
      ];
    });
  }

  private record(
    testCase: TestCase,
    status: CheckResult['status'],
    message?: string,
    failure?: Failure,
  ): void {
    if (!metaOf(testCase) || this.outcome.has(testCase.id)) return;
    this.outcome.set(testCase.id, {
      status,
      ...(message ? { message } : {}),
      ...(failure ? { failure } : {}),
    });
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

function isTieredHints(value: unknown): value is TieredHints {
  const hints = value as TieredHints | undefined;
  return (
    Array.isArray(hints?.ko) &&
    Array.isArray(hints?.en) &&
    hints.ko.length > 0 &&
    hints.ko.length === hints.en.length &&
    [...hints.ko, ...hints.en].every((h) => typeof h === 'string')
  );
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

/** `SyntaxError: "undefined" is not valid JSON`: the kind of error tells a learner a lot. */
function errorLine(error: TestError): string {
  const message = error.message ?? String(error);
  const name = error.name && error.name !== 'Error' ? error.name : '';
  return name && !message.startsWith(name) ? `${name}: ${message}` : message;
}

const DIFF_LINES = 16;

/** An assertion's message, with the expected/received diff when Vitest has one. */
/**
 * Why Vitest failed a check. Timeouts and \`process.exit\` are known only by Vitest's own
 * wording, so it is read here, once, where Vitest reports the failure.
 */
function failureOf(errors: readonly TestError[], message: string): Failure {
  const text = stripVTControlCharacters(message);
  const timedOut = /Test timed out in (\d+)ms/.exec(text);
  if (timedOut) return { reason: 'timeout', ms: Number(timedOut[1]) };
  const exited = /process\.exit unexpectedly called with "([^"]*)"/.exec(text);
  if (exited) return { reason: 'exit', code: exited[1] ?? '' };
  return errors.some((e) => e.name === 'AssertionError')
    ? { reason: 'assertion' }
    : { reason: 'error' };
}

function describeError(error: TestError, srcDir: string, repoRoot: string): string {
  const diff = error.diff ? stripVTControlCharacters(error.diff).split('\n') : [];
  const shown = diff.slice(0, DIFF_LINES);
  if (diff.length > DIFF_LINES) shown.push('…');
  // An exception thrown by the learner's code (not a check's assertion) says where.
  const where =
    error.name === 'AssertionError' ? undefined : learnerLocation(error, srcDir, repoRoot);
  // "// Object.is equality" is how the matcher compared, not what a learner needs to know.
  const message = (error.message ?? '').replace(/ \/\/ Object\.is equality$/, '');
  return [message, ...shown, ...(where ? [where] : [])].join('\n').trim();
}
