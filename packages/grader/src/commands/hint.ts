import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { courseDir, type Lab, labRenames, repoRoot, stateDir } from '@lambda-dojo/course';
import { messagesFor } from '../messages.ts';
import { formatReport } from '../report.ts';
import { runLab } from '../run-lab.ts';
import { style } from '../style.ts';
import type { ToolContext } from './catch-up.ts';
import type { Command } from './command.ts';
import { defaultGradeOptions } from './grade.ts';
import {
  helpFlag,
  type LabToolOptions,
  labToolOptions,
  langFlag,
  printLine,
  toolLab,
} from './lab-tool.ts';

/** `npm run hint <lab>`: one more hint tier of the first failing check on each run. */
export const hint: Command<LabToolOptions> = {
  name: 'hint',
  // `--yes` means nothing here; it is accepted, as it always was, and not shown in the help.
  flags: { lang: langFlag, yes: { type: 'boolean', short: 'y' }, help: helpFlag },
  help: {
    usage: {
      ko: '사용법: npm run hint <랩> [-- --lang ko|en]',
      en: 'Usage: npm run hint <lab> [-- --lang ko|en]',
    },
    about: {
      ko: `<랩>을 채점하고, 처음으로 실패한 체크의 힌트를 실행할 때마다 한 단계씩 더 보여 줘요.
어디까지 봤는지는 .lambda-dojo/hints.json에 기록해요.`,
      en: `Grades <lab> and shows one more hint tier of the first failing check each time you
run it. The tiers you have seen are kept in .lambda-dojo/hints.json.`,
    },
  },
  onUsageError: 'help',
  options: labToolOptions,
  async run(options) {
    const found = toolLab('hint', options);
    if (!found) return 2;
    const { lab, labs } = found;
    const nextLabId = labs[labs.indexOf(lab) + 1]?.manifest.id;
    return hintCommand(lab, {
      courseDir,
      stateDir,
      repoRoot,
      lang: options.lang,
      out: printLine,
      ...(nextLabId ? { nextLabId } : {}),
    });
  },
};

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
  const run = await runLab(lab, srcDir, options, ctx.repoRoot, ctx.out);
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
