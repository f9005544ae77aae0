import { loadCourse } from '@lambda-dojo/course';
import { describe, expect, test } from 'vitest';
import { gradeWrongSolution } from '../src/grade-wrong-solution.ts';
import { wrongSolutions } from '../src/wrong-solutions/index.ts';

const { labs } = loadCourse();

describe.each(labs.map((lab) => [lab.manifest.id, lab] as const))('%s', (id, lab) => {
  const fixtures = wrongSolutions[id] ?? [];

  test('has at least 5 wrong solutions, with unique ids, each naming a real check', async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    const ids = fixtures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const fixture of fixtures) {
      expect(fixture.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(fixture.mistake.en && fixture.mistake.ko, fixture.id).toBeTruthy();
      for (const edit of fixture.patch)
        expect(lab.manifest.files.edit, fixture.id).toContain(edit.file);
    }
  });

  test.each(fixtures.map((f) => [f.id, f] as const))(
    'the wrong solution "%s" fails its check',
    async (_name, fixture) => {
      const outcome = await gradeWrongSolution(lab, fixture);
      expect(outcome.status, `no check ${fixture.failingCheck} in ${id}`).not.toBe('missing');
      expect(outcome.status, `${fixture.failingCheck} passed: ${fixture.mistake.en}`).not.toBe(
        'pass',
      );
    },
  );
});
