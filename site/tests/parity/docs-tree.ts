import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const siteDir = join(import.meta.dirname, '../..');
export const koDocsDir = join(siteDir, 'docs');
export const enDocsDir = join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current');

/** Folders generated at build time from a single source (lab pages); they are not translated docs. */
const generated = new Set(['labs']);

/** Every .md/.mdx doc under `dir`, as paths relative to it. */
export function listDocs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      const rel = relative(dir, full);
      if (entry.isDirectory()) {
        if (!generated.has(rel)) walk(full);
      } else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) {
        out.push(rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

export function read(dir: string, rel: string): string {
  return readFileSync(join(dir, rel), 'utf8');
}
