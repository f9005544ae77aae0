import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allFacts } from '@lambda-dojo/lambda-facts';
import { describe, expect, it } from 'vitest';

const siteDir = join(import.meta.dirname, '../..');
const hangul = /[\u3131-\u318e\uac00-\ud7a3]/;

type Messages = Record<string, { message: string }>;
const readJson = (rel: string) => JSON.parse(readFileSync(join(siteDir, rel), 'utf8')) as Messages;
const enCode = readJson('i18n/en/code.json');
const koCode = readJson('i18n/ko/code.json');

/** Every translation id used in src/ (`<Translate id="...">` and `translate({ id: '...' })`). */
function idsUsedInSource(): string[] {
  const ids = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = readFileSync(full, 'utf8');
        for (const m of text.matchAll(/\bid(?:=|:\s*)["']([a-zA-Z][\w.-]*)["']/g))
          ids.add(m[1] ?? '');
      }
    }
  };
  walk(join(siteDir, 'src'));
  return [...ids].filter((id) => id.includes('.')).sort();
}

describe('interface translations', () => {
  it('has an English message for every label the components use', () => {
    const missing = idsUsedInSource().filter((id) => !(id in enCode));
    expect(
      missing,
      'Run "npx docusaurus write-translations --locale en" in site/ and translate the new entries',
    ).toEqual([]);
  });

  it('has no Korean left in the English messages', () => {
    const files = [
      'i18n/en/code.json',
      'i18n/en/docusaurus-theme-classic/navbar.json',
      'i18n/en/docusaurus-theme-classic/footer.json',
      'i18n/en/docusaurus-plugin-content-docs/current.json',
    ];
    const untranslated = files.flatMap((f) =>
      Object.entries(readJson(f))
        .filter(([, v]) => hangul.test(v.message))
        .map(([k]) => `${f}: ${k}`),
    );
    expect(untranslated, 'Translate these messages into English').toEqual([]);
  });

  it('labels every fact that FactsTable shows, in both languages', () => {
    const withHistory = allFacts()
      .filter(({ fact }) => (fact.history?.length ?? 0) > 0)
      .map(({ path }) => `fact.label.${path}`);
    const missing = withHistory.filter((id) => !(id in koCode) || !(id in enCode));
    expect(
      missing,
      'Add a label for these facts to site/i18n/ko/code.json and site/i18n/en/code.json',
    ).toEqual([]);
  });

  it('has an English label for every sidebar category (and its index description)', () => {
    const sidebar = readJson('i18n/en/docusaurus-plugin-content-docs/current.json');
    const folders = readdirSync(join(siteDir, 'docs'), { withFileTypes: true }).filter((e) =>
      e.isDirectory(),
    );
    const missing: string[] = [];
    for (const folder of folders) {
      const file = join(siteDir, 'docs', folder.name, '_category_.json');
      let category: { label?: string; link?: { type?: string } };
      try {
        category = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        continue;
      }
      if (!category.label) continue;
      const key = `sidebar.course.category.${category.label}`;
      if (!sidebar[key]) missing.push(key);
      if (
        category.link?.type === 'generated-index' &&
        !sidebar[`${key}.link.generated-index.description`]
      ) {
        missing.push(`${key}.link.generated-index.description`);
      }
    }
    expect(
      missing,
      'Add these keys to site/i18n/en/docusaurus-plugin-content-docs/current.json',
    ).toEqual([]);
  });
});
