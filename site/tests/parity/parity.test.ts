import { describe, expect, it } from 'vitest';
import { enDocsDir, koDocsDir, listDocs, read } from './docs-tree.ts';
import { describeHeading, frontMatterId, headings, numbers } from './structure.ts';

const koDocs = listDocs(koDocsDir);
const enDocs = listDocs(enDocsDir);
const both = koDocs.filter((d) => enDocs.includes(d));

describe('Korean and English docs', () => {
  it('every Korean doc has an English counterpart at the mirrored path', () => {
    const missing = koDocs.filter((d) => !enDocs.includes(d));
    expect(
      missing,
      `Add the English version under site/i18n/en/docusaurus-plugin-content-docs/current/: ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('every English doc has a Korean source at the mirrored path', () => {
    const orphans = enDocs.filter((d) => !koDocs.includes(d));
    expect(
      orphans,
      `Add the Korean source under site/docs/ or remove: ${orphans.join(', ')}`,
    ).toEqual([]);
  });

  it('finds docs to compare', () => {
    expect(both.length).toBeGreaterThan(0);
  });

  describe.each(both)('%s', (doc) => {
    const ko = read(koDocsDir, doc);
    const en = read(enDocsDir, doc);

    it('has the same front matter id in both languages', () => {
      expect(frontMatterId(en), 'front matter `id` must be the same in both languages').toBe(
        frontMatterId(ko),
      );
    });

    it('has the same headings (levels, order and explicit ids) in both languages', () => {
      const k = headings(ko);
      const e = headings(en);
      const problems: string[] = [];
      for (let i = 0; i < Math.max(k.length, e.length); i++) {
        const a = k[i];
        const b = e[i];
        if (!a || !b || a.level !== b.level || a.id !== b.id) {
          problems.push(
            `heading ${i + 1}: ko ${a ? describeHeading(a) : '(none)'} vs en ${b ? describeHeading(b) : '(none)'}`,
          );
        }
      }
      expect(problems, 'Make both languages use the same heading levels, order and {#ids}').toEqual(
        [],
      );
    });

    it('has the same numbers in both languages', () => {
      const k = numbers(ko);
      const e = numbers(en);
      const onlyKo = [...k].filter((n) => !e.has(n));
      const onlyEn = [...e].filter((n) => !k.has(n));
      expect(
        { onlyKo, onlyEn },
        'A number in one language is missing from the other: fix the translation (or the number)',
      ).toEqual({ onlyKo: [], onlyEn: [] });
    });
  });
});
