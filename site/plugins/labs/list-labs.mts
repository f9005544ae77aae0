/**
 * Prints every lab under labs/ as JSON, each manifest validated by the course model's schema (@lambda-dojo/course).
 * The labs plugin runs this with tsx in a child process: Docusaurus loads plugins with jiti,
 * which cannot import the course model's zod schema.
 * Usage: node --import tsx plugins/labs/list-labs.mts <labs dir>
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCourse } from '@lambda-dojo/course';

const [labsDir] = process.argv.slice(2);
if (!labsDir) {
  process.stderr.write('Expected: list-labs.mts <labs dir>\n');
  process.exit(2);
}
// The course model reads the lab folders; the site adds two rules of its own. A folder without
// lab.json is a lab still being written: no page yet. A broken lab.json fails the build.
const course = loadCourse(labsDir, labsDir);
const broken = course.broken.find((b) => existsSync(join(labsDir, b.folder, 'lab.json')));
if (broken) {
  process.stderr.write(`${broken.error}\n`);
  process.exit(1);
}
const labs = course.labs.map(({ folder, number, labDir, manifest }) => ({
  folder,
  number,
  labDir,
  manifest,
}));
process.stdout.write(JSON.stringify(labs));
