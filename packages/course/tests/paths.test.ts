import { describe, expect, test } from 'vitest';
import { coursePaths, repoRoot } from '../src/paths.ts';

describe('coursePaths', () => {
  test('without the variables, the course and its state are in this repository', () => {
    expect(coursePaths({})).toEqual({
      repoRoot,
      courseDir: repoRoot,
      labsDir: `${repoRoot}/labs`,
      solutionsDir: `${repoRoot}/solutions`,
      stateDir: `${repoRoot}/.lambda-dojo`,
    });
  });

  test('LAMBDA_DOJO_COURSE_DIR and LAMBDA_DOJO_STATE_DIR move the course and the state', () => {
    const paths = coursePaths({
      LAMBDA_DOJO_COURSE_DIR: '/tmp/course',
      LAMBDA_DOJO_STATE_DIR: '/tmp/state',
    });
    expect(paths).toEqual({
      repoRoot,
      courseDir: '/tmp/course',
      labsDir: '/tmp/course/labs',
      solutionsDir: '/tmp/course/solutions',
      stateDir: '/tmp/state',
    });
  });
});
