import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newLabError } from './messages.ts';
import type { NewLab } from './templates.ts';
import * as template from './templates.ts';

/** The slug rule of lab.schema.json. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A lab or solution folder: `lab-<n>-<slug>`, as the grader reads them. */
const LAB_FOLDER = /^lab-([1-9][0-9]*)-([a-z0-9-]+)$/;

export interface NewLabRequest {
  slug: string;
  title?: string;
  titleKo?: string;
}

/** "step-functions" → "Step functions" */
function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function labFolders(courseDir: string): string[] {
  return ['labs', 'solutions'].flatMap((root) => {
    const dir = join(courseDir, root);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => LAB_FOLDER.test(name))
          .map((name) => `${root}/${name}`)
      : [];
  });
}

/** Checks the slug against the course and picks the next free number. */
export function planLab(courseDir: string, request: NewLabRequest): NewLab {
  const { slug } = request;
  if (!existsSync(join(courseDir, 'labs')) || !existsSync(join(courseDir, 'solutions'))) {
    throw newLabError({ reason: 'no-course', dir: courseDir });
  }
  const numbered = /^lab-[0-9]+-(.+)$/.exec(slug);
  if (numbered?.[1] && SLUG.test(numbered[1])) {
    throw newLabError({ reason: 'numbered-slug', slug, suggestion: numbered[1] });
  }
  if (!SLUG.test(slug)) throw newLabError({ reason: 'bad-slug', slug });
  const folders = labFolders(courseDir);
  const taken = folders.find((path) => LAB_FOLDER.exec(path.split('/')[1] as string)?.[2] === slug);
  if (taken) throw newLabError({ reason: 'slug-taken', slug, folder: taken });
  const numbers = folders.map((path) => Number(LAB_FOLDER.exec(path.split('/')[1] as string)?.[1]));
  const number = Math.max(0, ...numbers) + 1;
  const en = request.title?.trim() || titleFromSlug(slug);
  return {
    id: `lab-${number}`,
    number,
    slug,
    folder: `lab-${number}-${slug}`,
    title: { en, ko: request.titleKo?.trim() || en },
  };
}

/** Course-relative path → text of every file of the new lab and its solution. */
export function labFiles(lab: NewLab): Record<string, string> {
  const labDir = `labs/${lab.folder}`;
  const solutionDir = `solutions/${lab.folder}`;
  return {
    [`${labDir}/lab.json`]: template.manifest(lab),
    [`${labDir}/README.md`]: template.readme(lab, 'en'),
    [`${labDir}/README.ko.md`]: template.readme(lab, 'ko'),
    [`${labDir}/package.json`]: template.packageJson(lab, 'lab'),
    [`${labDir}/tsconfig.json`]: template.tsconfig(lab, 'lab'),
    [`${labDir}/src/handler.ts`]: template.starterHandler,
    [`${labDir}/checks/handler.check.ts`]: template.checkFile(lab),
    [`${solutionDir}/package.json`]: template.packageJson(lab, 'solution'),
    [`${solutionDir}/tsconfig.json`]: template.tsconfig(lab, 'solution'),
    [`${solutionDir}/src/handler.ts`]: template.solutionHandler,
  };
}

/**
 * Writes the lab and its solution. The two folders are created without `recursive`, so a folder
 * that appeared since `planLab` is an error, never overwritten.
 */
export function writeLab(courseDir: string, lab: NewLab): string[] {
  mkdirSync(join(courseDir, 'labs', lab.folder));
  mkdirSync(join(courseDir, 'solutions', lab.folder));
  const files = labFiles(lab);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(courseDir, path)), { recursive: true });
    writeFileSync(join(courseDir, path), text, { flag: 'wx' });
  }
  return Object.keys(files);
}
