import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A lesson that shows a lab's card: the lab's topic, as the site names and links it. */
export interface LabTopic {
  /** The lesson's front matter id: its page is /docs/lessons/<id>. */
  id: string;
  /** The lesson's `# heading` in each language. */
  title: { ko: string; en: string };
}

const LAB_CARD = /<LabCard\s+lab="(lab-[1-9][0-9]*)"/g;

/** The labs whose card a lesson shows (`<LabCard lab="lab-N" />`). */
export function labsShownIn(source: string): string[] {
  return [...source.matchAll(LAB_CARD)].map((m) => m[1] as string);
}

function heading(file: string, source: string): string {
  const title = /^# (.+)$/m.exec(source)?.[1]?.trim();
  if (!title) throw new Error(`[lambda-dojo-labs] ${file} has no "# heading"`);
  return title;
}

/**
 * Each lab's topics: the lessons that show its card, in lesson order. lab.json has no topics, and
 * the lessons already say which lab goes with which subject, so the site reads them from there.
 */
export function topicsByLab(siteDir: string): Map<string, LabTopic[]> {
  const koDir = join(siteDir, 'docs/lessons');
  const enDir = join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current/lessons');
  const topics = new Map<string, LabTopic[]>();
  for (const file of readdirSync(koDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const ko = readFileSync(join(koDir, file), 'utf8');
    const id = /^id:\s*(\S+)/m.exec(ko)?.[1];
    if (!id) throw new Error(`[lambda-dojo-labs] docs/lessons/${file} has no front matter id`);
    const en = readFileSync(join(enDir, file), 'utf8');
    const topic = { id, title: { ko: heading(file, ko), en: heading(file, en) } };
    for (const lab of new Set(labsShownIn(ko))) {
      topics.set(lab, [...(topics.get(lab) ?? []), topic]);
    }
  }
  return topics;
}
