import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CoursePaths, Lab } from '@lambda-dojo/course';
import type { RunResult } from '../check-result.ts';
import { GraderError } from '../errors.ts';
import { messagesFor } from '../messages.ts';
import { progressPath, recordProgress } from '../progress.ts';
import { formatReport } from '../report.ts';
import { toResultsFile } from '../results-json.ts';
import { runLab } from '../run-lab.ts';
import { style } from '../style.ts';
import { strictSubmitContext } from '../submission/strict-context.ts';
import type { GradeOptions } from './grade.ts';
import { strictProblem, submitResults } from './submit.ts';

/** Grades one lab once, prints the report, and returns the exit code (0 pass, 1 fail). */
export async function gradeLab(
  lab: Lab,
  labs: Lab[],
  options: GradeOptions,
  paths: CoursePaths,
): Promise<{ run: RunResult; exitCode: number }> {
  const m = messagesFor(options.lang);
  const { manifest } = lab;
  if (!manifest.targets.includes(options.target)) {
    throw new GraderError(
      m.targetUnsupported(manifest.id, options.target, manifest.targets.join(', ')),
    );
  }
  const srcDir = join(options.solution ? lab.solutionDir : lab.labDir, 'src');
  if (!existsSync(srcDir)) throw new GraderError(m.missingSolution(srcDir));
  const jsonToStdout = options.json === '-';
  const say = (text: string) => {
    if (!jsonToStdout) process.stdout.write(`${text}\n`);
  };
  say(style.bold(m.grading(manifest.id, manifest.title[options.lang], options.target)));
  if (options.solution) say(style.dim(m.solutionNote));
  if (options.strict) {
    const problem = strictProblem(lab, paths.courseDir, options);
    if (problem) throw new GraderError(problem);
    say(style.dim(m.strictOk(manifest.id)));
  }

  const run = await runLab(lab, srcDir, options, paths, say);

  const index = labs.indexOf(lab);
  const nextLab = labs[index + 1];
  say(
    formatReport(run, {
      lang: options.lang,
      hintTier: options.hintTier,
      labId: manifest.id,
      repoRoot: paths.repoRoot,
      ...(nextLab ? { nextLabId: nextLab.manifest.id } : {}),
    }),
  );

  const results = toResultsFile(run, {
    lab: manifest.id,
    slug: manifest.slug,
    target: options.target,
    solution: options.solution,
    lang: options.lang,
  });
  if (options.json) {
    const text = `${JSON.stringify(results, null, 2)}\n`;
    if (jsonToStdout) {
      process.stdout.write(text);
    } else {
      const file = resolve(options.json);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      say(m.jsonWritten(file));
    }
  }
  if (options.submit) {
    say(m.submitting(options.submit));
    const outcome = await submitResults(
      results,
      options,
      fetch,
      strictSubmitContext(lab, options, paths),
    );
    if (outcome.ok) say(style.green(outcome.message));
    else process.stderr.write(`${style.red(outcome.message)}\n`);
  }
  if (!options.solution) {
    recordProgress(
      progressPath(paths.stateDir),
      manifest.id,
      {
        status: run.status,
        score: run.score,
        maxScore: run.maxScore,
        gradedAt: new Date().toISOString(),
      },
      manifest.slug,
    );
  }
  return { run, exitCode: run.status === 'pass' ? 0 : 1 };
}
