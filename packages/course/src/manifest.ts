import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ManifestError } from './errors.ts';

const bilingual = z.object({ ko: z.string().min(1), en: z.string().min(1) }).strict();
const bilingualList = z
  .object({ ko: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) })
  .strict()
  .refine((v) => v.ko.length === v.en.length, {
    message: 'ko and en must have the same number of items',
  });

/** The shape of every `labs/lab-N-<slug>/lab.json`. */
export const labManifestSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    id: z.string().regex(/^lab-[1-9][0-9]*$/, 'id must look like "lab-1"'),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be kebab-case'),
    title: bilingual,
    objectives: bilingualList,
    minutes: z.number().int().positive(),
    points: z.number().int().positive(),
    instructions: z.object({ ko: z.string(), en: z.string() }).strict(),
    files: z
      .object({
        /** Files the learner edits, relative to the lab folder (`src/...`). */
        edit: z.array(z.string().startsWith('src/')).min(1),
        /** Check files, relative to the lab folder. */
        checks: z.array(z.string().regex(/\.check\.ts$/)).min(1),
      })
      .strict(),
    /** Grading targets this lab supports besides the default `mock`. */
    targets: z.array(z.enum(['mock', 'local', 'aws'])).default(['mock']),
    /**
     * A lab whose function is deployed from the learner's SAM template as one package with native
     * modules (local and aws): the grader builds and deploys it before the checks run.
     */
    deploy: z
      .object({
        /** The learner's SAM template, relative to the lab folder. */
        template: z.string().startsWith('src/'),
        /** The handler's source file, relative to the lab folder. */
        entry: z.string().startsWith('src/'),
        /** Packages left out of the bundle and installed by npm for the function's platform. */
        nativeModules: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();

export type LabManifest = z.infer<typeof labManifestSchema>;

export { ManifestError } from './errors.ts';

/** Reads and validates a manifest; the error lists every problem with its path. */
export function readManifest(file: string): LabManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new ManifestError(`Expected valid JSON in ${file}`, { cause });
  }
  const parsed = labManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`,
    );
    throw new ManifestError(`Invalid lab manifest ${file}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
