import { newLabMain } from '../new-lab/main.ts';

/** npm run new-lab -- <slug>: see src/new-lab/main.ts and docs/authoring-a-lab.md. */
process.exitCode = newLabMain(process.argv.slice(2));
