import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labsShownIn, topicsByLab } from '../../plugins/labs/topics.ts';

const siteDir = join(import.meta.dirname, '../..');
const lessonsDir = join(siteDir, 'docs/lessons');
/** Lesson ids in file (= sidebar) order. */
const lessonIds = readdirSync(lessonsDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(join(lessonsDir, f), 'utf8'))?.[1] ?? f);

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
    expect(topics.get('lab-9')?.map((t) => t.id)).toEqual(['image-processing-service']);
    expect(topics.get('lab-3')?.map((t) => t.title)).toEqual([
      {
        ko: '실행 환경의 생명 주기와 콜드 스타트',
        en: 'Execution environment lifecycle and cold starts',
      },
    ]);
  });

  it('shows the lab cards in lesson order, lab-1 to lab-9, the capstone last', () => {
    const order = [...topicsByLab(siteDir)]
      .flatMap(([lab, lessons]) => lessons.map((l) => ({ lab: Number(lab.slice(4)), id: l.id })))
      .sort((a, b) => lessonIds.indexOf(a.id) - lessonIds.indexOf(b.id) || a.lab - b.lab)
      .map((c) => c.lab);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect([...new Set(order)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
