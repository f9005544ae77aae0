import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FixtureLabOptions {
  id: string;
  slug: string;
  /** The manifest's check files, relative to the lab's folder. */
  checks: string[];
  /** The files the learner edits; `src/handler.ts` unless given. */
  edit?: string[];
  title?: { ko: string; en: string };
  points?: number;
}

/** The lab.json of a fixture lab: the fields every manifest needs, with test-sized values. */
export const fixtureManifest = ({
  id,
  slug,
  checks,
  edit = ['src/handler.ts'],
  title = { ko: `${slug} 랩`, en: `${slug} lab` },
  points = 100,
}: FixtureLabOptions) => ({
  version: 1,
  id,
  slug,
  title,
  objectives: { ko: ['목표'], en: ['objective'] },
  minutes: 5,
  points,
  instructions: { ko: 'README.ko.md', en: 'README.md' },
  files: { edit, checks },
});

/**
 * A fresh folder for a fixture course under tests/.fixture-courses/: inside the repository, so
 * its checks resolve '@lambda-dojo/grader' like real labs do.
 */
export function fixtureCourseDir(prefix: string): string {
  const parent = fileURLToPath(new URL('./.fixture-courses/', import.meta.url));
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}
