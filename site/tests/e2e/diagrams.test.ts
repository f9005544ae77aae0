import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath, lessonPath, phonePage, siteDir, useSite } from './harness.ts';

/** Lessons that draw a Mermaid diagram, from their source (same files in both languages). */
const diagramLessons = readdirSync(join(siteDir, 'docs/lessons')).filter(
  (f) =>
    f.endsWith('.mdx') &&
    readFileSync(join(siteDir, 'docs/lessons', f), 'utf8').includes('```mermaid'),
);

/** Smallest text on the page's diagrams as the reader sees it (CSS px), and each diagram's height. */
function measure(page: Page, selector: string) {
  return page.evaluate((sel) => {
    return Array.from(document.querySelectorAll<SVGSVGElement>(sel)).map((svg) => {
      const box = svg.getBoundingClientRect();
      const viewWidth = svg.viewBox.baseVal?.width || box.width;
      const scale = box.width / viewWidth;
      let smallest = Number.POSITIVE_INFINITY;
      for (const el of Array.from(svg.querySelectorAll('text, .nodeLabel, .edgeLabel, span'))) {
        if (!(el.textContent ?? '').trim()) continue;
        const size = Number.parseFloat(getComputedStyle(el).fontSize) * scale;
        if (size > 0) smallest = Math.min(smallest, size);
      }
      return { height: Math.round(box.height), width: Math.round(box.width), smallest };
    });
  }, selector);
}

const MERMAID = '.docusaurus-mermaid-container svg';

describe.runIf(chromiumPath)('diagrams', () => {
  const site = useSite();

  it('has diagrams on the lessons that promise them', () => {
    expect(diagramLessons.length).toBeGreaterThanOrEqual(8);
  });

  for (const prefix of ['', '/en']) {
    it(`keeps every diagram shorter than a desktop screen (${prefix || '/ko'})`, async () => {
      const tall: string[] = [];
      for (const file of diagramLessons) {
        await site.open(`${prefix}${lessonPath(file)}`);
        await expect.poll(() => site.page.locator(MERMAID).count()).toBeGreaterThan(0);
        for (const [i, d] of (await measure(site.page, MERMAID)).entries()) {
          if (d.height > 800) tall.push(`${file} #${i + 1}: ${d.height} px`);
        }
      }
      expect(tall, 'diagrams taller than 800 px at desktop size').toEqual([]);
    });

    it(`keeps diagram labels readable on a 390 px phone (${prefix || '/ko'})`, async () => {
      const phone = await phonePage(site);
      const small: string[] = [];
      for (const file of diagramLessons) {
        await site.open(`${prefix}${lessonPath(file)}`, phone);
        await expect.poll(() => phone.locator(MERMAID).count()).toBeGreaterThan(0);
        for (const [i, d] of (await measure(phone, MERMAID)).entries()) {
          if (d.smallest < 11) small.push(`${file} #${i + 1}: ${d.smallest.toFixed(1)} px`);
        }
      }
      await phone.close();
      expect(small, 'diagram text smaller than 11 px on a phone').toEqual([]);
    });
  }

  it('draws the console screens readably on a phone, with a title and a description', async () => {
    const phone = await phonePage(site);
    await site.open(lessonPath('02-console-walkthrough.mdx'), phone);
    const sketches = phone.locator('[data-console-sketch] svg');
    expect(await sketches.count()).toBe(3);
    for (const d of await measure(phone, '[data-console-sketch] svg')) {
      expect(d.smallest).toBeGreaterThanOrEqual(11);
      expect(d.width).toBeLessThanOrEqual(390);
    }
    for (let i = 0; i < 3; i++) {
      const svg = sketches.nth(i);
      expect((await svg.locator(':scope > title').textContent())?.trim().length).toBeGreaterThan(5);
      expect((await svg.locator(':scope > desc').textContent())?.trim().length).toBeGreaterThan(40);
    }
    await phone.close();
  });
});
