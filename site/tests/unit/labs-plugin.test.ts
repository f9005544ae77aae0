import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labsPageDirs, writeLabPages } from '../../plugins/labs/index.ts';
import type { LabInfo } from '../../plugins/labs/lab-info.ts';
import { isLabReadme, stripLeadingTitle, unlinkRelativePaths } from '../../plugins/labs/readme.ts';
import { labPageSource, labsIndexSource } from '../../plugins/labs/stubs.ts';

const lab: LabInfo = {
  id: 'lab-1',
  number: 1,
  folder: 'lab-1-hello-lambda',
  title: { ko: 'Hello Lambda', en: 'Hello Lambda' },
  objectives: { ko: ['핸들러를 작성한다'], en: ['Write a handler'] },
  minutes: 25,
  points: 100,
  instructions: {
    ko: '/repo/labs/lab-1-hello-lambda/README.ko.md',
    en: '/repo/labs/lab-1-hello-lambda/README.md',
  },
  ready: true,
  topics: [],
};

describe('lab pages', () => {
  it('imports the README from its lab folder instead of copying it', () => {
    const ko = labPageSource(lab, 'ko', '/repo/site/docs/labs');
    expect(ko).toContain(
      "import Instructions from '../../../labs/lab-1-hello-lambda/README.ko.md';",
    );
    expect(ko).toContain('<LabIntro lab="lab-1" />');
    expect(ko).toContain('id: lab-1');
    expect(ko).toContain('title: "Hello Lambda"');
    expect(ko).toContain('description: "핸들러를 작성한다"');
    const en = labPageSource(
      lab,
      'en',
      '/repo/site/i18n/en/docusaurus-plugin-content-docs/current/labs',
    );
    expect(en).toContain(
      "import Instructions from '../../../../../../labs/lab-1-hello-lambda/README.md';",
    );
  });

  it('gives the labs index the /docs/labs slug in both languages', () => {
    expect(labsIndexSource('ko')).toContain('slug: /labs');
    expect(labsIndexSource('en')).toContain('title: "Labs"');
  });
});

describe('lab READMEs', () => {
  it('recognises README files of lab folders only', () => {
    expect(isLabReadme('/repo/labs/lab-1-hello-lambda/README.ko.md')).toBe(true);
    expect(isLabReadme('/repo/labs/lab-1-hello-lambda/README.md')).toBe(true);
    expect(isLabReadme('/repo/site/docs/lessons/README.md')).toBe(false);
    expect(isLabReadme('/repo/labs/lab-1-hello-lambda/src/notes.md')).toBe(false);
  });

  it('drops only the leading title', () => {
    expect(stripLeadingTitle('# 랩 1: Hello Lambda\n\n본문\n\n# 다른 제목\n')).toBe(
      '본문\n\n# 다른 제목\n',
    );
    expect(stripLeadingTitle('본문만\n')).toBe('본문만\n');
  });

  it('turns links to files next to the README into text, keeping web links and anchors', () => {
    const md = [
      'Edit [the handler](src/handler.ts) or read [English](README.md).',
      'See [AWS](https://docs.aws.amazon.com/lambda/) and [below](#tasks).',
      '```md',
      '[kept](src/in-code.ts)',
      '```',
    ].join('\n');
    expect(unlinkRelativePaths(md).split('\n')).toEqual([
      'Edit the handler (`src/handler.ts`) or read English (`README.md`).',
      'See [AWS](https://docs.aws.amazon.com/lambda/) and [below](#tasks).',
      '```md',
      '[kept](src/in-code.ts)',
      '```',
    ]);
  });
});

describe('writeLabPages', () => {
  it('writes a page per ready lab in both languages and removes pages of labs that are gone', () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'dojo-site-'));
    const dirs = labsPageDirs(siteDir);
    mkdirSync(dirs.ko, { recursive: true });
    writeFileSync(join(dirs.ko, 'lab-9.mdx'), 'stale');

    writeLabPages(siteDir, [lab, { ...lab, id: 'lab-2', number: 2, ready: false }]);

    expect(readdirSync(dirs.ko).sort()).toEqual(['_category_.json', 'index.mdx', 'lab-1.mdx']);
    expect(readdirSync(dirs.en).sort()).toEqual(['index.mdx', 'lab-1.mdx']);
    expect(existsSync(join(dirs.ko, 'lab-9.mdx'))).toBe(false);
  });
});
