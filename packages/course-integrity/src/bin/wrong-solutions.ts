// Grades the wrong-solution fixtures of a lab and shows which checks catch them:
//   node --import tsx packages/course-integrity/src/bin/wrong-solutions.ts lab-2 [fixture-id]
import { findLab, listLabs } from '@lambda-dojo/course';
import { gradeWrongSolution } from '../grade-wrong-solution.ts';
import { wrongSolutions } from '../wrong-solutions/index.ts';

const [query, only] = process.argv.slice(2);
const lab = findLab(listLabs(), query ?? '');
if (!lab) {
  process.stderr.write(`Expected a lab such as lab-1 but received ${query}\n`);
  process.exit(2);
}
let caught = 0;
const fixtures = (wrongSolutions[lab.manifest.id] ?? []).filter((f) => !only || f.id === only);
for (const fixture of fixtures) {
  const outcome = await gradeWrongSolution(lab, fixture);
  const ok = outcome.status !== 'pass' && outcome.status !== 'missing';
  if (ok) caught++;
  const mark = ok ? '✓ caught' : '✗ PASSES';
  process.stdout.write(
    `${mark} ${fixture.id}: ${fixture.failingCheck} is ${outcome.status} (failing: ${outcome.failing.join(', ') || 'none'})\n`,
  );
}
process.stdout.write(`${caught}/${fixtures.length} wrong solutions caught\n`);
process.exitCode = caught === fixtures.length ? 0 : 1;
