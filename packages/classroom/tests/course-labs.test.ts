import { repoRoot } from '@lambda-dojo/course';
import { describe, expect, test } from 'vitest';
import { courseLabs } from '../src/course-labs.ts';

describe('courseLabs', () => {
  test('reads the columns of the board from the course manifests, in order', () => {
    const { labs } = courseLabs(repoRoot);

    expect(labs[0]).toEqual({
      id: 'lab-1',
      title: { ko: 'Hello Lambda', en: 'Hello Lambda' },
      points: 100,
    });
    expect(labs.map((lab) => Number(lab.id.slice(4)))).toEqual(labs.map((_, index) => index + 1));
  });
});
