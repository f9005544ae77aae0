import { catchUpCommand } from '../commands/catch-up.ts';
import { courseDir, stateDir } from '../paths.ts';
import { exitWith, toolMain } from './tool-main.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);

await exitWith(
  toolMain('catch-up', process.argv.slice(2), ({ lab, labs, lang }) =>
    catchUpCommand(lab, labs, { courseDir, stateDir, lang, out }),
  ),
);
