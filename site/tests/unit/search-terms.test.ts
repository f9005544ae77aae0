import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spacedKoreanTerms, spaceKoreanTerms, tokenize } from '../../src/lib/search-terms.ts';

const docsDir = join(import.meta.dirname, '../../docs');

function koreanDocs(): string[] {
  return readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && !file.startsWith('labs'))
    .map((file) => join(docsDir, file));
}

describe('search terms', () => {
  it('splits Korean course terms typed without a space as the lessons write them', () => {
    expect(tokenize('콜드스타트', ['en', 'ko'])).toEqual(['콜드', '스타트']);
    expect(tokenize('콜드스타트 시간', ['en', 'ko'])).toEqual(['콜드', '스타트', '시간']);
    expect(tokenize('프로비저닝된동시성', ['en', 'ko'])).toEqual(['프로비저닝된', '동시성']);
    expect(spaceKoreanTerms('웜스타트와 콜드 스타트')).toBe('웜 스타트와 콜드 스타트');
  });

  it('tokenizes everything else as the search plugin does: lower case, split on spaces and hyphens', () => {
    expect(tokenize('Cold-Start  Lambda', ['en', 'ko'])).toEqual(['cold', 'start', 'lambda']);
    expect(tokenize('람다 함수', ['en', 'ko'])).toEqual(['람다', '함수']);
    expect(tokenize('   ', ['en', 'ko'])).toEqual([]);
  });

  it('matches how the lessons write each term (with its space, never without)', () => {
    const text = koreanDocs()
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    for (const term of spacedKoreanTerms) {
      expect(text, `no lesson writes "${term}": remove it from src/lib/search-terms.ts`).toContain(
        term,
      );
      expect(
        text,
        `a lesson writes "${term.replaceAll(' ', '')}": write "${term}" as the other lessons do`,
      ).not.toContain(term.replaceAll(' ', ''));
    }
  });
});
