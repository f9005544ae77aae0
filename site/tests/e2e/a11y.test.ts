import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDir, chromiumPath, lessonPath, useSite } from './harness.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Every page of the built site, both languages, from its sitemaps, plus the search pages. */
function builtPages(): string[] {
  const paths = new Set<string>();
  for (const sitemap of ['sitemap.xml', 'en/sitemap.xml']) {
    const file = join(buildDir, sitemap);
    if (!existsSync(file)) continue;
    for (const [, url] of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      paths.add(new URL(url as string).pathname);
    }
  }
  if (paths.size > 0) paths.add('/search?q=람다').add('/en/search?q=lambda');
  return [...paths].sort();
}

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations as Violation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.slice(0, 5) }));
}

/** One line per violation: what, where (first selectors) and why, so the failure says what to fix. */
function describeViolations(violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}):\n${v.nodes
          .map((n) => `  ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`)
          .join('\n')}`,
    )
    .join('\n');
}

/** True once React has hydrated the page (the colour-mode button is enabled only then). */
const hydrated = (page: Page) =>
  page.evaluate(() => {
    const toggle = document.querySelector<HTMLButtonElement>('button[class*="toggleButton"]');
    return toggle !== null && !toggle.disabled;
  });

/** Marks the current diagrams, so a re-render for the other theme can be told apart. */
const markDiagrams = (page: Page) =>
  page.evaluate(() => {
    for (const svg of Array.from(document.querySelectorAll('.docusaurus-mermaid-container svg'))) {
      svg.setAttribute('data-axe-seen', '');
    }
  });

/** Every Mermaid container has an SVG drawn since the last markDiagrams. */
const diagramsDrawn = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('.docusaurus-mermaid-container')).every((c) => {
      const svg = c.querySelector('svg');
      return svg !== null && !svg.hasAttribute('data-axe-seen');
    }),
  );

const pages = builtPages();

describe.runIf(chromiumPath)('accessibility (axe-core, serious and critical)', () => {
  const site = useSite();

  it('has the whole built site to check', () => {
    expect(pages.length, 'run "npm run build -w @lambda-dojo/site" first').toBeGreaterThan(20);
  });

  for (const path of pages) {
    it(`${path} has none in light or dark mode`, async () => {
      const { page } = site;
      // The site follows the system colour scheme: switching it re-renders the page in place.
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await site.open(path);
      await expect.poll(() => hydrated(page)).toBe(true);
      for (const colorScheme of ['light', 'dark'] as const) {
        if (colorScheme === 'dark') {
          await markDiagrams(page);
          await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        }
        await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe(colorScheme);
        await expect.poll(() => diagramsDrawn(page)).toBe(true);
        const violations = await seriousViolations(page);
        expect(violations, `${colorScheme}:\n${describeViolations(violations)}`).toEqual([]);
      }
    });
  }

  it('the playground has none after a run, with its log box reachable by keyboard', async () => {
    const { page } = site;
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await site.open(`/en${lessonPath('02-console-walkthrough.mdx')}`);
    const widget = page.locator('[data-widget="test-event-playground"]').first();
    await widget.getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => widget.locator('[data-status]').count()).toBe(1);
    expect(await widget.locator('[data-result="logs"]').getAttribute('tabindex')).toBe('0');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  for (const prefix of ['', '/en']) {
    it(`gives every diagram a title and a description for screen readers (${prefix || '/ko'})`, async () => {
      const { page } = site;
      for (const file of [
        '07-invocation-paths.mdx',
        '06-execution-environment.mdx',
        '09-sam-iam-and-s3-events.mdx',
      ]) {
        await site.open(`${prefix}${lessonPath(file)}`);
        const svgs = page.locator('.docusaurus-mermaid-container svg');
        await expect.poll(() => svgs.count()).toBeGreaterThan(0);
        for (let i = 0; i < (await svgs.count()); i++) {
          const svg = svgs.nth(i);
          const title = await svg.locator(':scope > title').textContent();
          const desc = await svg.locator(':scope > desc').textContent();
          expect(title?.trim().length, `${file} #${i + 1}: accTitle`).toBeGreaterThan(5);
          expect(desc?.trim().length, `${file} #${i + 1}: accDescr`).toBeGreaterThan(40);
          expect(/[가-힣]/.test(`${title}${desc}`), `${file} #${i + 1}: language`).toBe(
            prefix === '',
          );
          expect(await svg.getAttribute('aria-labelledby')).toBeTruthy();
        }
      }
    });
  }
});
