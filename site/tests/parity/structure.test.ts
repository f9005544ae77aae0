import { describe, expect, it } from 'vitest';
import { frontMatterId, headings, numbers } from './structure.ts';

describe('parity helpers', () => {
  it('reads heading levels and explicit ids, ignoring code blocks and front matter', () => {
    const doc =
      '---\nid: x\ntitle: "# not a heading"\n---\n# 제목\n\n## 콜드 스타트 {#cold-start}\n\n```bash\n# a comment\n```\n### 세부\n';
    expect(headings(doc).map((h) => [h.level, h.id])).toEqual([
      [1, null],
      [2, 'cold-start'],
      [3, null],
    ]);
    expect(frontMatterId(doc)).toBe('x');
  });

  it('normalises grouping commas and leading zeros but keeps decimals exact', () => {
    expect([...numbers('3,000,000건, 2018-12-01, $0.20, 1, 2')].sort()).toEqual(
      ['0.20', '1', '12', '2', '2018', '3000000'].sort(),
    );
  });

  it('sees a number written only in one language', () => {
    const ko = numbers('요청 100만 건');
    const en = numbers('1,000,000 requests');
    expect(ko.has('1000000')).toBe(false);
    expect(en.has('1000000')).toBe(true);
  });
});
