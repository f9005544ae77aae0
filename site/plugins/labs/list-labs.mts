/**
 * Prints every lab under labs/ as JSON, each manifest validated by the grader's schema.
 * The labs plugin runs this with tsx in a child process: Docusaurus loads plugins with jiti,
 * which cannot import the grader's zod schema.
 * Usage: node --import tsx plugins/labs/list-labs.mts <labs dir>
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '@lambda-dojo/grader';

/** Lab folders are named `lab-<n>-<slug>`, as the grader expects. */
const labFolder = /^lab-([1-9][0-9]*)-[a-z0-9-]+$/;

const [labsDir] = process.argv.slice(2);
if (!labsDir) {
  process.stderr.write('Expected: list-labs.mts <labs dir>\n');
  process.exit(2);
}
try {
  const labs = existsSync(labsDir)
    ? readdirSync(labsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && labFolder.test(e.name))
        // A folder without lab.json is a lab still being written: no page yet. A broken lab.json fails.
        .filter((e) => existsSync(join(labsDir, e.name, 'lab.json')))
        .map((e) => ({
          folder: e.name,
          number: Number(labFolder.exec(e.name)?.[1]),
          labDir: join(labsDir, e.name),
          manifest: readManifest(join(labsDir, e.name, 'lab.json')),
        }))
        .sort((a, b) => a.number - b.number)
    : [];
  process.stdout.write(JSON.stringify(labs));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
