import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface NodeRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment a CLI test runs in: a fixture course, its own state folder, plain output. */
export function courseEnv(courseDir: string, state = 'state'): Record<string, string> {
  return {
    NO_COLOR: '1',
    LANG: 'en_US.UTF-8',
    LAMBDA_DOJO_COURSE_DIR: courseDir,
    LAMBDA_DOJO_STATE_DIR: join(courseDir, state),
  };
}

/** Runs `node <args>` to its end and resolves with its exit code and output. */
export function runNode(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 110_000,
): Promise<NodeRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { env: { ...process.env, ...env }, timeout: timeoutMs },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
