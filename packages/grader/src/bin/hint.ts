import { courseDir, repoRoot, stateDir } from '@lambda-dojo/course';
import { hintCommand } from '../commands/hint.ts';
import { exitWith, toolMain } from './tool-main.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);

await exitWith(
  toolMain('hint', process.argv.slice(2), ({ lab, labs, lang }) => {
    const nextLabId = labs[labs.indexOf(lab) + 1]?.manifest.id;
    return hintCommand(lab, {
      courseDir,
      stateDir,
      repoRoot,
      lang,
      out,
      ...(nextLabId ? { nextLabId } : {}),
    });
  }),
);
