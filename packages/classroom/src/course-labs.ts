import { join } from 'node:path';
import { loadCourse, snapshotChecks } from '@lambda-dojo/course';

export interface BoardLab {
  id: string;
  title: { ko: string; en: string };
  points: number;
}

/**
 * The course's labs in order, read from their manifests: the board's columns.
 * Lab folders that cannot be read are left out and listed in `skipped`.
 */
export function courseLabs(courseDir: string): { labs: BoardLab[]; skipped: string[] } {
  const course = loadCourse(join(courseDir, 'labs'), join(courseDir, 'solutions'));
  return {
    labs: course.labs.map(({ manifest }) => ({
      id: manifest.id,
      title: manifest.title,
      points: manifest.points,
    })),
    skipped: course.broken.map((lab) => `${lab.folder}: ${lab.error}`),
  };
}

/**
 * The board's own copy of each lab's checks, as the grader's `--strict`
 * verifies them against git: lab id → digest. Labs whose checks differ from
 * the commit (or a course that is not a git checkout) have none, and their
 * results never show as verified; they are listed in `unverifiable`.
 */
export function courseChecks(courseDir: string): {
  checks: Record<string, string>;
  unverifiable: string[];
} {
  const course = loadCourse(join(courseDir, 'labs'), join(courseDir, 'solutions'));
  const checks: Record<string, string> = {};
  const unverifiable: string[] = [];
  for (const lab of course.labs) {
    const verified = snapshotChecks(lab, courseDir);
    if ('snapshot' in verified) checks[lab.manifest.id] = verified.snapshot.digest;
    else unverifiable.push(lab.manifest.id);
  }
  return { checks, unverifiable };
}
