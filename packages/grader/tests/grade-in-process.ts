import { join } from 'node:path';
import { type Lab, listLabs, repoRoot } from '@lambda-dojo/course';
import { DEFAULT_PREFIX, settingsToEnv } from '@lambda-dojo/deploy/settings';
import type { Lang } from '@lambda-dojo/lang';
import type { RunResult } from '../src/check-result.ts';
import { formatReport } from '../src/report.ts';
import { type ResultsFile, toResultsFile } from '../src/results-json.ts';
import { runIsolated } from '../src/runner/run-isolated.ts';

// Each run host pipes its output to this process's standard error; tests run several at once.
process.stderr.setMaxListeners(50);

export interface Graded {
  run: RunResult;
  /** The report as `npm run grade` prints it, in English at the first hint tier. */
  report: string;
  /** The report for other options (`--lang ko`, `--hint 2`). */
  reportWith: (options: { lang?: Lang; hintTier?: number }) => string;
  /** What `--json` writes. */
  results: ResultsFile;
}

/**
 * Grades one lab of a fixture course as `npm run grade -- <lab>` does, without
 * starting the CLI: the checks run in a real run host (its own process group,
 * Vitest and its worker), and the result goes through the same report and
 * results file. The CLI itself keeps a few smoke tests in cli.test.ts.
 */
export async function gradeInProcess(
  courseDir: string,
  labId: string,
  options: { env?: Record<string, string>; loadTimeoutMs?: number } = {},
): Promise<Graded> {
  const labs = listLabs(join(courseDir, 'labs'), join(courseDir, 'solutions'));
  const lab = labs.find((l) => l.manifest.id === labId);
  if (!lab) throw new Error(`Expected ${labId} in the fixture course ${courseDir}`);
  const srcDir = join(lab.labDir, 'src');
  const run = await runIsolated({
    repoRoot,
    checkFiles: lab.manifest.files.checks.map((file) => join(lab.labDir, file)),
    srcDir,
    maxScore: lab.manifest.points,
    env: { ...mockTarget(lab, srcDir), ...options.env },
    ...(options.loadTimeoutMs ? { loadTimeoutMs: options.loadTimeoutMs } : {}),
  });
  const nextLab = labs[labs.indexOf(lab) + 1];
  const reportWith = ({ lang = 'en', hintTier = 1 }: { lang?: Lang; hintTier?: number }) =>
    formatReport(run, {
      lang,
      hintTier,
      labId,
      repoRoot,
      ...(nextLab ? { nextLabId: nextLab.manifest.id } : {}),
    });
  const results = toResultsFile(run, {
    lab: labId,
    slug: lab.manifest.slug,
    target: 'mock',
    solution: false,
    lang: 'en',
  });
  return { run, report: reportWith({}), reportWith, results };
}

/** The environment `--target mock` gives the checks (src/open-target.ts). */
function mockTarget(lab: Lab, srcDir: string): Record<string, string> {
  return settingsToEnv({
    kind: 'mock',
    region: 'us-east-1',
    prefix: DEFAULT_PREFIX,
    runId: 'mock',
    labId: lab.manifest.id,
    srcDir,
  });
}
