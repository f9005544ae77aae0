import { courseDir, stateDir } from '@lambda-dojo/course';
import { catchUpCommand, catchUpReplacements } from '../commands/catch-up.ts';
import { confirmReplacing } from '../confirm.ts';
import { exitWith, toolMain } from './tool-main.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);

await exitWith(
  toolMain('catch-up', process.argv.slice(2), async ({ lab, labs, lang, yes }) => {
    const ctx = { courseDir, stateDir, lang, out };
    const command = `npm run catch-up ${lab.manifest.id}`;
    const replacements = catchUpReplacements(lab, labs, ctx);
    if (!(await confirmReplacing(replacements, { courseDir, lang, yes, command, out }))) return 1;
    return catchUpCommand(lab, labs, ctx);
  }),
);
