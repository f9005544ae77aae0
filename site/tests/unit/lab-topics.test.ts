import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labsShownIn, topicsByLab } from '../../plugins/labs/topics.ts';

const siteDir = join(import.meta.dirname, '../..');

describe('lab topics', () => {
  it('finds the labs whose card a lesson shows', () => {
    expect(labsShownIn('text\n<LabCard lab="lab-2" />\n<LabCard  lab="lab-10"/>')).toEqual([
      'lab-2',
      'lab-10',
    ]);
    expect(labsShownIn('`<LabCard lab="x" />` and <Lab lab="lab-1" />')).toEqual([]);
  });

  it('takes each lab topic from the lessons that show its card, in both languages', () => {
    const topics = topicsByLab(siteDir);
    expect(topics.get('lab-2')?.map((t) => t.id)).toEqual(['limits', 'pricing']);
    expect(topics.get('lab-9')?.map((t) => t.title.en)).toHaveLength(2);
    expect(topics.get('lab-3')?.map((t) => t.title)).toEqual([
      {
        ko: '실행 환경의 생명 주기와 콜드 스타트',
        en: 'Execution environment lifecycle and cold starts',
      },
    ]);
    expect(topics.has('lab-5')).toBe(false);
  });
});
