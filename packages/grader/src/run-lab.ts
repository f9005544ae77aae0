import { join } from 'node:path';
import type { RunResult } from './check-result.ts';
import type { Lab } from './labs.ts';
import { liveStatus } from './live-status.ts';
import { openTarget } from './open-target.ts';
import type { CliOptions } from './options.ts';
import { runChecksPastHangs } from './run-past-hangs.ts';

/**
 * Grades a lab's code in `srcDir` against the target the options name, and
 * cleans up what the target created, whatever happens.
 */
export async function runLab(
  lab: Lab,
  srcDir: string,
  options: CliOptions,
  repoRoot: string,
  print: (text: string) => void,
): Promise<RunResult> {
  const { manifest } = lab;
  const target = await openTarget(options, manifest.id, srcDir, print);
  // The live line goes to the terminal only, never into --json output on stdout.
  const tty = Boolean(process.stdout.isTTY) && options.json !== '-';
  const status = liveStatus(options.lang, print, tty);
  try {
    return await runChecksPastHangs({
      repoRoot,
      checkFiles: manifest.files.checks.map((file) => join(lab.labDir, file)),
      srcDir,
      maxScore: manifest.points,
      env: target.env,
      onCheckEvent: status.onEvent,
    });
  } finally {
    status.stop();
    await target.cleanup();
  }
}
