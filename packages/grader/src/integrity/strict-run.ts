import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PRELOAD_VARIABLE,
  SEAL_SOCKET_VARIABLE,
  TRUSTED_MATCHERS,
} from '@lambda-dojo/check-kit/seal-frames';
import type { CheckResult, RunResult } from '../check-result.ts';
import { summarise } from '../check-result.ts';
import type { RunHardening } from '../run-checks.ts';
import type { StrictPlan } from '../runner/host-protocol.ts';
import { type SealBreach, SealServer } from './seal-server.ts';

const guardFile = fileURLToPath(new URL('./worker-guard.ts', import.meta.url));

/** Node's permission model for the workers: what learner code may not do under `--strict`. */
export function permissionFlags(
  scratchDir: string,
  flags = process.allowedNodeEnvironmentFlags,
): string[] {
  const permission = flags.has('--permission') ? '--permission' : '--experimental-permission';
  const quiet = flags.has('--disable-warning')
    ? ['--disable-warning=ExperimentalWarning', '--disable-warning=SecurityWarning']
    : [];
  // No child processes, no worker threads, no inspector; files may be read
  // anywhere but written only in this run's own scratch folder (the workers'
  // TMPDIR), never in the system's temporary folder as a whole, which may hold
  // the course itself (a clone in /tmp). Native addons stay
  // allowed: lab-9 uses sharp. The network stays open where Node can close
  // it (25+): the sealed channel is a socket, and --target local is HTTP.
  return [
    permission,
    '--allow-fs-read=*',
    `--allow-fs-write=${scratchDir}`,
    '--allow-addons',
    ...(flags.has('--allow-net') ? ['--allow-net'] : []),
    ...quiet,
  ];
}

/**
 * A Vite plugin of the run (in the run host, out of learner code's reach)
 * that serves each protected file from the text verified before the run,
 * whatever is on the disk by the time Vitest loads it.
 */
function servedChecks(served: Record<string, string>) {
  return {
    name: 'lambda-dojo-strict-checks',
    enforce: 'pre' as const,
    load(id: string) {
      const file = id.split('?')[0] ?? id;
      return Object.hasOwn(served, file) ? served[file] : undefined;
    },
  };
}

export interface StrictRun {
  hardening: RunHardening;
  env: Record<string, string>;
  /** Combines Vitest's outcome with the sealed record; a breach makes the run an error. */
  judge(run: RunResult): Promise<RunResult>;
}

export async function strictHardening(plan: StrictPlan, checkFiles: string[]): Promise<StrictRun> {
  const seal = await SealServer.open(checkFiles);
  const scratchDir = mkdtempSync(join(tmpdir(), 'lambda-dojo-strict-'));
  return {
    hardening: {
      execArgv: permissionFlags(scratchDir),
      scratchDir,
      setupFiles: [guardFile],
      plugins: [servedChecks(plan.served)],
    },
    env: {
      TMPDIR: scratchDir,
      TMP: scratchDir,
      TEMP: scratchDir,
      [SEAL_SOCKET_VARIABLE]: seal.path,
      [PRELOAD_VARIABLE]: TRUSTED_MATCHERS.filter((name) =>
        Object.values(plan.served).some((text) => text.includes(`'${name}'`)),
      ).join(','),
    },
    async judge(run) {
      await seal.close();
      rmSync(scratchDir, { recursive: true, force: true });
      return judgeRun(run, seal.checks, new Set([...seal.breaches, ...seal.reported]));
    },
  };
}

/** A check passes only when Vitest and the sealed record both say so. */
export function judgeRun(
  run: RunResult,
  sealed: Map<string, { result?: 'pass' | 'fail' }>,
  found: Set<SealBreach | string>,
): RunResult {
  const breaches = new Set<string>(found);
  for (const check of run.checks) {
    if (check.status === 'pass' && sealed.get(check.meta.id)?.result !== 'pass') {
      breaches.add('results-disagree');
    }
  }
  if (breaches.size === 0) return run;
  const checks: CheckResult[] = run.checks.map((check) => ({
    ...check,
    status: 'fail',
    message: 'tampered',
    failure: { reason: 'tampered' },
  }));
  return summarise(
    checks,
    [...run.problems, { kind: 'tampered', breaches: [...breaches].sort() }],
    run.maxScore,
    run.durationMs,
  );
}
