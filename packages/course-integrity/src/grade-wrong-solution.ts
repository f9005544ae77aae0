import type { Lab } from '@lambda-dojo/course';
import { gradeWithCli } from './grade-cli.ts';
import { patchedCourse } from './patched-course.ts';
import type { WrongSolution } from './wrong-solution.ts';

export interface WrongSolutionOutcome {
  fixture: WrongSolution;
  /** The named check's status: anything but `pass` means the checks caught the mistake. */
  status: string;
  /** Every check the patched solution fails. */
  failing: string[];
}

/** Grades the reference solution with the fixture's patch applied, through the real grader. */
export async function gradeWrongSolution(
  lab: Lab,
  fixture: WrongSolution,
): Promise<WrongSolutionOutcome> {
  const course = patchedCourse(lab, fixture.patch);
  try {
    const { results } = await gradeWithCli(lab.manifest.id, ['--solution', '--lang', 'en'], {
      LAMBDA_DOJO_COURSE_DIR: course.courseDir,
    });
    const named = results.tests.find((t) => t.check_id === fixture.failingCheck);
    return {
      fixture,
      status: named?.status ?? 'missing',
      failing: results.tests.filter((t) => t.status !== 'pass').map((t) => t.check_id ?? t.name),
    };
  } finally {
    course.remove();
  }
}
