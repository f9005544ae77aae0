import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDir, chromiumPath, lessonPath, useSite } from './harness.ts';

/**
 * Page-weight budgets in bytes (uncompressed, as the static server sends them), about 10% above
 * what was measured when they were set (see site/README.md). Raise one only on purpose.
 */
const budgets = {
  home: 950_000,
  lessonWithoutDiagram: 2_250_000,
  lessonWithDiagram: 3_100_000,
  lessonWithPlayground: 2_800_000,
  // Raised on purpose with issue 16's four new lessons and two labs (9 lessons to 13).
  searchIndexKo: 1_650_000,
  searchIndexEn: 1_250_000,
};

/**
 * The chunks that hold Mermaid's diagram code: large ones that name its diagram types
 * (a lesson's own page chunk may quote "sequenceDiagram" too, but is small).
 */
function mermaidChunks(): Set<string> {
  return largeChunksWith('sequenceDiagram');
}

/** The chunks that hold CodeMirror's editor view (its base theme styles `.cm-gutters`). */
function codeMirrorChunks(): Set<string> {
  return largeChunksWith('.cm-gutters');
}

function largeChunksWith(text: string): Set<string> {
  const dir = join(buildDir, 'assets/js');
  return new Set(
    readdirSync(dir).filter(
      (f) =>
        f.endsWith('.js') &&
        statSync(join(dir, f)).size > 100_000 &&
        readFileSync(join(dir, f), 'utf8').includes(text),
    ),
  );
}

/** Every byte the page loaded: the document and each resource, by file name. */
async function weigh(page: Page): Promise<{ total: number; files: string[] }> {
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      total: nav.encodedBodySize + resources.reduce((sum, r) => sum + r.encodedBodySize, 0),
      files: resources.map((r) => new URL(r.name).pathname.split('/').pop() ?? ''),
    };
  });
}

describe.runIf(chromiumPath)('page weight', () => {
  const site = useSite();

  it('loads Mermaid only on pages with diagrams, and stays within budget', async () => {
    const mermaid = mermaidChunks();
    expect(mermaid.size, 'no Mermaid chunk found in build/assets/js').toBeGreaterThan(0);

    await site.open(lessonPath('04-limits.mdx'));
    const plain = await weigh(site.page);
    expect(plain.files.filter((f) => mermaid.has(f))).toEqual([]);
    expect(plain.total).toBeLessThanOrEqual(budgets.lessonWithoutDiagram);

    await site.open(lessonPath('07-invocation-paths.mdx'));
    await expect.poll(() => site.page.locator('.docusaurus-mermaid-container svg').count()).toBe(1);
    const diagram = await weigh(site.page);
    expect(diagram.files.some((f) => mermaid.has(f))).toBe(true);
    expect(diagram.total).toBeLessThanOrEqual(budgets.lessonWithDiagram);

    await site.open('/');
    const home = await weigh(site.page);
    expect(home.files.filter((f) => mermaid.has(f))).toEqual([]);
    expect(home.total).toBeLessThanOrEqual(budgets.home);
    console.info(
      `page weight: home ${home.total}, lesson ${plain.total}, lesson with diagram ${diagram.total} bytes`,
    );
  });

  it('loads CodeMirror only on pages with a playground', async () => {
    const codeMirror = codeMirrorChunks();
    expect(codeMirror.size, 'no CodeMirror chunk found in build/assets/js').toBeGreaterThan(0);
    for (const path of ['/', lessonPath('04-limits.mdx')]) {
      await site.open(path);
      const { files } = await weigh(site.page);
      expect(
        files.filter((f) => codeMirror.has(f)),
        path,
      ).toEqual([]);
    }
    await site.open(lessonPath('02-console-walkthrough.mdx'));
    await expect.poll(() => site.page.locator('.cm-editor').count()).toBe(1);
    const playground = await weigh(site.page);
    expect(playground.files.some((f) => codeMirror.has(f))).toBe(true);
    expect(playground.total).toBeLessThanOrEqual(budgets.lessonWithPlayground);
    console.info(`page weight: lesson with the playground ${playground.total} bytes`);
  });

  it('keeps the search indexes within budget', () => {
    expect(statSync(join(buildDir, 'search-index.json')).size).toBeLessThanOrEqual(
      budgets.searchIndexKo,
    );
    expect(statSync(join(buildDir, 'en/search-index.json')).size).toBeLessThanOrEqual(
      budgets.searchIndexEn,
    );
  });
});
