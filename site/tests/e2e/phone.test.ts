import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, chromiumPath, lessonPath, phonePage, useSite } from './harness.ts';

/**
 * Words under `selector` that the browser split across two lines between two letters or digits:
 * "읽/고", "Ama/zon/Linu/x", "10,/24/0M/B". Breaks after a hyphen or before a bracket are fine.
 */
function splitWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const split: string[] = [];
    const wordChar = /[\p{L}\p{N}]/u;
    for (const root of Array.from(document.querySelectorAll(sel))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const range = document.createRange();
        let previousTop: number | null = null;
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          const top = Math.round(rect.top);
          const before = text[i - 1] ?? '';
          if (
            previousTop !== null &&
            top > previousTop &&
            wordChar.test(before) &&
            wordChar.test(text[i] ?? '')
          ) {
            const start = text.lastIndexOf(' ', i) + 1;
            const end = text.indexOf(' ', i);
            split.push(`${text.slice(start, i)}/${text.slice(i, end === -1 ? undefined : end)}`);
          }
          previousTop = top;
        }
      }
    }
    return split;
  }, selector);
}

/** How far the page itself scrolls sideways (0 when it fits the screen). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.runIf(chromiumPath)('on a phone', () => {
  const site = useSite();

  const tablePages = [
    ['runtimes', lessonPath('03-runtimes.mdx')],
    ['limits', lessonPath('04-limits.mdx')],
    ['pricing', lessonPath('05-pricing.mdx')],
  ] as const;

  for (const [name, path] of tablePages) {
    for (const prefix of ['', '/en']) {
      it(`keeps whole words in the ${name} tables and scrolls them sideways (${prefix || '/ko'})`, async () => {
        const phone = await phonePage(site);
        await site.open(`${prefix}${path}`, phone);
        expect(await phone.locator('article table').count()).toBeGreaterThan(0);
        expect(await splitWords(phone, 'article table')).toEqual([]);
        expect(await pageOverflow(phone)).toBeLessThanOrEqual(0);
        // A table wider than the phone scrolls inside its own box.
        const tables = () =>
          phone.evaluate(() =>
            Array.from(document.querySelectorAll('article table')).map((table) => {
              const box = table.closest('.dojo-scroll') ?? table;
              return {
                wide: box.scrollWidth > box.clientWidth,
                // Keyboard users reach a box that scrolls with Tab (axe: scrollable-region-focusable).
                scrolls:
                  getComputedStyle(box).overflowX === 'auto' && (box as HTMLElement).tabIndex === 0,
              };
            }),
          );
        // The boxes become focusable once React has measured them after hydration.
        await expect
          .poll(async () => (await tables()).filter((t) => t.wide && !t.scrolls))
          .toEqual([]);
        if (name === 'runtimes') expect((await tables()).some((t) => t.wide)).toBe(true);
        await phone.screenshot({
          path: join(artifacts, `phone-${name}-${prefix ? 'en' : 'ko'}.png`),
          fullPage: false,
        });
        await phone.close();
      });
    }
  }

  it('breaks Korean home-page text between words, not inside them', async () => {
    const phone = await phonePage(site);
    await site.open('/', phone);
    expect(await phone.evaluate(() => getComputedStyle(document.body).wordBreak)).toBe('keep-all');
    expect(await splitWords(phone, 'main, header')).toEqual([]);
    expect(await pageOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: join(artifacts, 'phone-home-ko.png') });
    await phone.close();
  });
});

describe.runIf(chromiumPath)('number tooltips', () => {
  const site = useSite();
  const fact = () => site.page.locator('.dojo-fact[data-fact="limits.timeout.max"]').first();

  it('shows when a number was checked on keyboard focus, and hides on Escape', async () => {
    await site.open('/docs/intro');
    const tipId = await fact().getAttribute('aria-describedby');
    expect(tipId).toBeTruthy();
    const tooltip = site.page.locator(`[id="${tipId}"]`);
    expect(await tooltip.isVisible()).toBe(false);
    expect(await fact().evaluate((el) => (el as HTMLElement).tabIndex)).toBe(0);
    await fact().focus();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toMatch(/^\d{4}년 \d{1,2}월 \d{1,2}일에 확인한 값$/);
    await site.page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
  });

  it('shows and hides on a tap, without hover or focus', async () => {
    await site.open('/en/docs/intro');
    const tipId = await fact().getAttribute('aria-describedby');
    const tooltip = site.page.locator(`[id="${tipId}"]`);
    await site.page.mouse.move(0, 0);
    // A tap on iOS fires click without focusing a button: dispatch the click alone.
    await fact().dispatchEvent('click');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toMatch(/^Checked on [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    await fact().dispatchEvent('click');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
  });
});
