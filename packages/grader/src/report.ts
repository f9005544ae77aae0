import { relative } from 'node:path';
import type { Lang } from '@lambda-dojo/lang';
import type { CheckResult, RunResult } from './check-result.ts';
import { explainFailure, explainProblem } from './explain.ts';
import { messagesFor } from './messages.ts';
import { style } from './style.ts';

export interface ReportOptions {
  lang: Lang;
  /** How many hint tiers to show for the first failing check (1 = the gentlest). */
  hintTier: number;
  /** Whether to suggest the `--hint N+1` command (`npm run hint` says its own next step). */
  suggestMoreHints?: boolean;
  labId: string;
  nextLabId?: string;
  /** Paths in the report are shown relative to this folder. */
  repoRoot?: string;
}

const TYPE_PROBLEMS_SHOWN = 8;

const mark = (check: CheckResult) => (check.status === 'pass' ? style.green('✓') : style.red('✗'));

/** The grade as a learner reads it in the terminal. */
export function formatReport(run: RunResult, options: ReportOptions): string {
  const m = messagesFor(options.lang);
  const lines: string[] = [];
  let task = 0;
  for (const check of run.checks) {
    if (check.taskId !== task) {
      task = check.taskId;
      const title = check.taskName[options.lang];
      if (title) lines.push('', style.bold(title));
    }
    const points = `${check.status === 'pass' ? check.meta.points : 0}/${check.meta.points}`;
    lines.push(`  ${mark(check)} ${check.meta.title[options.lang]} ${style.dim(`(${points})`)}`);
  }
  for (const problem of run.problems) {
    // A hung check says so under "Fix this first" (or in its own line), not twice.
    if (problem.kind === 'hang' && run.checks.some((c) => c.meta.id === problem.checkId)) continue;
    lines.push('', style.red(explainProblem(problem, m)));
  }
  const failing = run.checks.filter((c) => c.status !== 'pass');
  const first = failing[0];
  if (first) {
    lines.push('', style.bold(m.failedCount(failing.length, run.checks.length)));
    lines.push(style.yellow(m.firstFailure(first.meta.title[options.lang])));
    const why = explainFailure(first, m);
    if (why) lines.push(`  ${style.dim(`${m.whatHappened}:`)} ${indent(why)}`);
    if (first.output.trim())
      lines.push(`  ${style.dim(`${m.output}:`)} ${indent(first.output.trim())}`);
    // A check stopped in a loop gets advice about the loop, not the check's own hints.
    const stuck = first.failure?.reason === 'loop' || first.failure?.reason === 'hang';
    const hints = stuck ? [m.loopHint] : (first.hints ?? first.meta.hints)[options.lang];
    const shown = Math.min(Math.max(1, options.hintTier), hints.length);
    for (let tier = 1; tier <= shown; tier++) {
      lines.push(`  ${style.cyan(`💡 ${m.hint(tier, hints.length)}:`)} ${hints[tier - 1]}`);
    }
    if (shown < hints.length && options.suggestMoreHints !== false) {
      lines.push(
        style.dim(`  ${m.moreHints(`npm run grade -- ${options.labId} --hint ${shown + 1}`)}`),
      );
    }
  }
  if (run.typeProblems?.length) {
    lines.push('', style.yellow(m.typeErrors(run.typeProblems.length)));
    for (const p of run.typeProblems.slice(0, TYPE_PROBLEMS_SHOWN)) {
      const file = relative(options.repoRoot ?? process.cwd(), p.file);
      lines.push(`  ${file}:${p.line}:${p.column} ${style.dim(`TS${p.code}`)} ${p.message}`);
    }
    if (run.typeProblems.length > TYPE_PROBLEMS_SHOWN) {
      lines.push(style.dim(`  ${m.moreTypeErrors(run.typeProblems.length - TYPE_PROBLEMS_SHOWN)}`));
    }
  }
  if (run.typeCheckLate) {
    const dir = relative(options.repoRoot ?? process.cwd(), run.typeCheckLate) || '.';
    lines.push('', style.dim(m.typeCheckLate(`npx tsc --noEmit -p ${dir}`)));
  }
  lines.push('', style.bold(m.score(run.score, run.maxScore)));
  if (run.status === 'pass') {
    lines.push(style.green(m.allPassed));
    if (options.nextLabId) lines.push(m.nextLab(`npm run grade ${options.nextLabId}`));
  }
  return lines.join('\n');
}

function indent(text: string): string {
  return text.split('\n').join('\n    ');
}
