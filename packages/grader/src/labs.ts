import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type LabManifest, readManifest } from './manifest.ts';
import { labsDir, solutionsDir } from './paths.ts';

export interface Lab {
  manifest: LabManifest;
  /** Folder name, e.g. `lab-1-hello-lambda`. */
  folder: string;
  number: number;
  labDir: string;
  solutionDir: string;
}

const labFolder = /^lab-([1-9][0-9]*)-[a-z0-9-]+$/;

/** Every lab under `labs/`, in course order. */
export function listLabs(root = labsDir, solutionsRoot = solutionsDir): Lab[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && labFolder.test(entry.name))
    .map((entry) => {
      const labDir = join(root, entry.name);
      return {
        manifest: readManifest(join(labDir, 'lab.json')),
        folder: entry.name,
        number: Number(labFolder.exec(entry.name)?.[1]),
        labDir,
        solutionDir: join(solutionsRoot, entry.name),
      };
    })
    .sort((a, b) => a.number - b.number);
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
