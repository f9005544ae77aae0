import type { LabManifest } from '@lambda-dojo/course';
import type { Lang } from '@lambda-dojo/lang';
import type { GradeOptions } from './commands/grade.ts';

export interface OpenTarget {
  /** Env vars for the checks: which target, and how to reach it. */
  env: Record<string, string>;
  /** Deletes what the run created and stops what it started. */
  cleanup: () => Promise<void>;
}

/**
 * Sets up what the checks grade against. `mock` needs nothing; `local` starts
 * lambda-local (or uses --endpoint) and `aws` prints its plan first. Their
 * code is loaded only when asked for, so plain grading stays quick.
 */
export async function openTarget(
  options: GradeOptions,
  labId: string,
  srcDir: string,
  print: (text: string) => void,
  deploy?: LabManifest['deploy'],
): Promise<OpenTarget> {
  if (options.target === 'mock') {
    const { DEFAULT_PREFIX, settingsToEnv } = await import('@lambda-dojo/deploy/settings');
    const env = settingsToEnv({
      kind: 'mock',
      region: 'us-east-1',
      prefix: DEFAULT_PREFIX,
      runId: 'mock',
      labId,
      srcDir,
    });
    return { env, cleanup: async () => {} };
  }
  const { prepareTarget } = await import('@lambda-dojo/deploy');
  const lang: Lang = options.lang;
  if (deploy) {
    // A lab with its own package: the grader deploys it once, and the checks invoke it.
    const { openLabTarget } = await import('@lambda-dojo/deploy');
    return openLabTarget({
      kind: options.target,
      lang,
      labId,
      srcDir,
      print,
      deploy,
      ...(options.region ? { region: options.region } : {}),
      ...(options.prefix ? { prefix: options.prefix } : {}),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    });
  }
  return prepareTarget({
    kind: options.target,
    lang,
    labId,
    srcDir,
    print,
    ...(options.region ? { region: options.region } : {}),
    ...(options.prefix ? { prefix: options.prefix } : {}),
    ...(options.roleArn ? { roleArn: options.roleArn } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
}
