import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@lambda-dojo/course';
import type { ResultsFile } from '@lambda-dojo/grader';

export interface Graded {
  code: number;
  stdout: string;
  stderr: string;
  results: ResultsFile;
}

/**
 * Grades a lab through the real CLI, as a learner would run it. `env` may point the grader at
 * another course (LAMBDA_DOJO_COURSE_DIR), such as a patched copy of a solution.
 */
export function gradeWithCli(
  lab: string,
  args: string[] = [],
  env: Record<string, string> = {},
  timeoutMs = 110_000,
): Promise<Graded> {
  const out = join(mkdtempSync(join(tmpdir(), 'dojo-integrity-')), 'results.json');
  const cli = join(repoRoot, 'packages/grader/bin/cli.mjs');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, 'grade', lab, '--json', out, ...args],
      // A separate state dir: the learner's progress file is never touched by tests.
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          NO_COLOR: '1',
          LAMBDA_DOJO_STATE_DIR: join(out, '..'),
          ...env,
        },
        timeout: timeoutMs,
      },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 2) : 0;
        try {
          resolve({ code, stdout, stderr, results: JSON.parse(readFileSync(out, 'utf8')) });
        } catch (cause) {
          reject(
            new Error(`grading ${lab} produced no results (exit ${code}):\n${stderr}\n${stdout}`, {
              cause,
            }),
          );
        }
      },
    );
  });
}
