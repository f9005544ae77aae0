import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type LabManifest, readManifest } from './manifest.ts';
import { coursePaths } from './paths.ts';

export interface Lab {
  manifest: LabManifest;
  /** Folder name, e.g. `lab-1-hello-lambda`. */
  folder: string;
  number: number;
  labDir: string;
  solutionDir: string;
}

const labFolder = /^lab-([1-9][0-9]*)-[a-z0-9-]+$/;

export interface Course {
  labs: Lab[];
  /** Lab folders whose manifest is missing or invalid, with the reason. */
  broken: { folder: string; error: string }[];
}

/**
 * Every lab under `labs/`, in course order, and the lab folders that cannot be read. Without
 * folders, those of `coursePaths()` (the environment when called).
 */
export function loadCourse(
  root = coursePaths().labsDir,
  solutionsRoot = coursePaths().solutionsDir,
): Course {
  const course: Course = { labs: [], broken: [] };
  if (!existsSync(root)) return course;
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || !labFolder.test(entry.name)) continue;
    const labDir = join(root, entry.name);
    try {
      course.labs.push({
        manifest: readManifest(join(labDir, 'lab.json')),
        folder: entry.name,
        number: Number(labFolder.exec(entry.name)?.[1]),
        labDir,
        solutionDir: join(solutionsRoot, entry.name),
      });
    } catch (error) {
      course.broken.push({ folder: entry.name, error: (error as Error).message });
    }
  }
  course.labs.sort((a, b) => a.number - b.number);
  return course;
}

/** Every readable lab under `labs/`, in course order. */
export function listLabs(
  root = coursePaths().labsDir,
  solutionsRoot = coursePaths().solutionsDir,
): Lab[] {
  return loadCourse(root, solutionsRoot).labs;
}

/** Finds a lab by `lab-1`, `1`, its folder name `lab-1-hello-lambda` or its slug `hello-lambda`. */
export function findLab(labs: Lab[], query: string): Lab | undefined {
  const q = query
    .trim()
    .toLowerCase()
    .replace(/\/$/, '')
    .replace(/^labs\//, '');
  return labs.find(
    (lab) =>
      q === lab.manifest.id ||
      q === String(lab.number) ||
      q === lab.folder ||
      q === lab.manifest.slug,
  );
}
