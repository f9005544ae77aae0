import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '@lambda-dojo/grader';

export interface BoardLab {
  id: string;
  title: { ko: string; en: string };
  points: number;
}

const labFolder = /^lab-([1-9][0-9]*)-[a-z0-9-]+$/;

/** The course's labs in order, read from their manifests: the board's columns. */
export function courseLabs(labsDir: string): BoardLab[] {
  if (!existsSync(labsDir)) return [];
  return readdirSync(labsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && labFolder.test(entry.name))
    .map((entry) => ({
      number: Number(labFolder.exec(entry.name)?.[1]),
      manifest: readManifest(join(labsDir, entry.name, 'lab.json')),
    }))
    .sort((a, b) => a.number - b.number)
    .map(({ manifest }) => ({ id: manifest.id, title: manifest.title, points: manifest.points }));
}
