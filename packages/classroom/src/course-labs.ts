import { join } from 'node:path';
import { loadCourse } from '@lambda-dojo/grader';

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
