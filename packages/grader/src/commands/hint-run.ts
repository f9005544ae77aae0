import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type CoursePaths, type Lab, labRenames } from '@lambda-dojo/course';
import { messagesFor } from '../messages.ts';
import { formatReport } from '../report.ts';
import { runLab } from '../run-lab.ts';
import { style } from '../style.ts';
import type { ToolContext } from './catch-up-run.ts';
import { defaultGradeOptions } from './grade.ts';
import { toolLab } from './lab-choice.ts';
import { type LabToolOptions, printLine } from './lab-tool.ts';

/** What `npm run hint <lab>` does once its options are read. */
export async function runHint(options: LabToolOptions, paths: CoursePaths): Promise<number> {
  const found = toolLab('hint', options, paths);
  if (!found) return 2;
  const { lab, labs } = found;
  const nextLabId = labs[labs.indexOf(lab) + 1]?.manifest.id;
  return hintCommand(lab, {
    courseDir: paths.courseDir,
    stateDir: paths.stateDir,
    repoRoot: paths.repoRoot,
    lang: options.lang,
    out: printLine,
    ...(nextLabId ? { nextLabId } : {}),
  });
}

/** Hint tiers already shown, per lab and check: `{ "lab-1": { "check-id": 2 } }`. */
export type HintState = Record<string, Record<string, number>>;

export function readHintState(file: string): HintState {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as HintState) : {};
  } catch {
    return {};
  }
}

/**
 * Moves to `labId` the hint tiers a learner saw under the lab's id before the course was
 * renumbered (lab-renames.ts: the image lab's tiers kept under lab-7 belong to lab-9). hints.json
 * keeps no slug, so a tier moves when its check is one of this lab's (`checkIds`, from the run):
 * the old and new labs under one id have no check id in common. Returns whether anything moved.
 */
export function adoptRenamedHints(
  state: HintState,
  labId: string,
  checkIds: readonly string[],
): boolean {
  let moved = false;
  for (const { from, to } of labRenames) {
    const old = state[from];
    if (to !== labId || !old) continue;
    for (const id of checkIds) {
      const tier = old[id];
      if (tier === undefined) continue;
      state[to] = { ...state[to], [id]: Math.max(tier, state[to]?.[id] ?? 0) };
      delete old[id];
      moved = true;
    }
    if (Object.keys(old).length === 0) delete state[from];
  }
  return moved;
}

function writeHintState(file: string, state: HintState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

/**
 * Grades the learner's lab and shows the first failing check with one more
 * hint tier than the last time this was run for that check.
 */
export async function hintCommand(
  lab: Lab,
  ctx: ToolContext & { repoRoot: string; nextLabId?: string },
): Promise<number> {
  const m = messagesFor(ctx.lang);
  const { manifest } = lab;
  ctx.out(style.bold(m.grading(manifest.id, manifest.title[ctx.lang], 'mock')));
  const options = defaultGradeOptions(manifest.id, ctx.lang);
  const srcDir = join(lab.labDir, 'src');
  const run = await runLab(lab, srcDir, options, ctx, ctx.out);
  const first = run.checks.find((check) => check.status !== 'pass');
  if (!first) {
    ctx.out(formatReport(run, { lang: ctx.lang, hintTier: 1, labId: manifest.id }));
    if (run.status === 'pass') ctx.out(m.hintAllPass(manifest.id));
    return run.status === 'pass' ? 0 : 1;
  }
  const file = join(ctx.stateDir, 'hints.json');
  const state = readHintState(file);
  adoptRenamedHints(
    state,
    manifest.id,
    run.checks.map((check) => check.meta.id),
  );
  const seen = state[manifest.id]?.[first.meta.id] ?? 0;
  const total = (first.hints ?? first.meta.hints)[ctx.lang].length;
  const tier = Math.min(seen + 1, total);
  state[manifest.id] = { ...state[manifest.id], [first.meta.id]: tier };
  writeHintState(file, state);
  ctx.out(
    formatReport(run, {
      lang: ctx.lang,
      hintTier: tier,
      labId: manifest.id,
      suggestMoreHints: false,
    }),
  );
  ctx.out('');
  const again = `npm run hint ${manifest.id}`;
  const catchUp = ctx.nextLabId ? `npm run catch-up ${ctx.nextLabId}` : undefined;
  ctx.out(tier < total ? m.hintNext(again) : m.hintLast(catchUp));
  return 1;
}
