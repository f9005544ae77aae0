import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pricing } from '@lambda-dojo/lambda-facts';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/lib/format.ts';
import { repository, setupCommands } from '../../src/lib/repository.ts';
import { chromiumPath, lessonPath, siteDir, useSite } from './harness.ts';

describe.runIf(chromiumPath)('search, navigation and widgets', () => {
  const site = useSite();

  it('speaks Korean in the search bar and on the results page, with the right hit count', async () => {
    const { page } = site;
    await site.open('/');
    const input = page.locator('input.navbar__search-input');
    expect(await input.getAttribute('placeholder')).toBe('검색');
    await input.fill('람다');
    await expect
      .poll(() => page.locator('[role="listbox"]').innerText())
      .toContain('모든 결과 보기');
    await site.open('/search?q=%EB%9E%8C%EB%8B%A4');
    await expect.poll(() => page.locator('article').count()).toBeGreaterThan(1);
    const hits = await page.locator('article').count();
    const heading = await page.locator('h1').innerText();
    expect(heading).toBe('"람다" 검색 결과');
    expect(await page.locator('body').innerText()).toContain(`문서 ${hits}개를 찾았어요`);
  });

  it("names the search box in the page's language and finds 콜드스타트 typed without its space", async () => {
    const { page } = site;
    const input = page.locator('input.navbar__search-input');
    await site.open('/en/');
    await expect.poll(() => input.getAttribute('aria-label')).toBe('Search');
    await site.open('/');
    await expect.poll(() => input.getAttribute('aria-label')).toBe('검색');
    expect(await page.getByRole('textbox', { name: '검색' }).count()).toBe(1);
    const title = /^# (.+)$/m
      .exec(readFileSync(join(siteDir, 'docs/lessons/06-execution-environment.mdx'), 'utf8'))?.[1]
      ?.trim();
    expect(title).toBeTruthy();
    await input.fill('콜드스타트');
    const hit = page.locator('[role="listbox"] [role="option"]', { hasText: title }).first();
    await hit.waitFor({ timeout: 10_000 });
    await site.open('/search?q=%EC%BD%9C%EB%93%9C%EC%8A%A4%ED%83%80%ED%8A%B8');
    await expect.poll(() => page.locator('article').count()).toBeGreaterThan(1);
    expect(await page.locator('article').allInnerTexts()).toContainEqual(
      expect.stringContaining(title as string),
    );
  });

  it('highlights only the navbar item of the current page', async () => {
    const { page } = site;
    const active = () => page.locator('.navbar__items a.navbar__link--active').allInnerTexts();
    await site.open('/docs/labs/lab-1');
    expect(await active()).toEqual(['랩']);
    await site.open(lessonPath('03-runtimes.mdx'));
    expect(await active()).toEqual(['강의']);
    await site.open('/en/docs/labs');
    expect(await active()).toEqual(['Labs']);
  });

  it('counts throttled requests in the cold-start simulator and keeps its labels readable', async () => {
    const { page } = site;
    await site.open(`/en${lessonPath('06-execution-environment.mdx')}`);
    const sim = page.locator('[data-widget="cold-start-simulator"]');
    await sim.locator('#sim-pattern').selectOption('bursts');
    await sim.locator('#sim-burst-size').fill('100');
    await sim.locator('#sim-concurrency').fill('20');
    const stat = (name: string) => sim.locator(`[data-stat="${name}"]`).innerText();
    await expect.poll(() => stat('throttled-share')).toMatch(/\d+\.\d%$/);
    const cold = Number.parseFloat((await stat('cold-share')).replace(/^\D+/, ''));
    const throttled = Number.parseFloat((await stat('throttled-share')).replace(/^\D+/, ''));
    expect(throttled).toBeGreaterThan(50);
    expect(cold + throttled).toBeLessThanOrEqual(100.05);
    // SVG text is scaled with the drawing: measure it as drawn.
    const smallest = await sim
      .locator('svg text')
      .evaluateAll((texts) => Math.min(...texts.map((t) => t.getBoundingClientRect().height)));
    expect(smallest).toBeGreaterThanOrEqual(11);
  });

  it('explains the free-tier deduction in the pricing calculator and groups digits', async () => {
    const { page } = site;
    await site.open(lessonPath('05-pricing.mdx'));
    const calc = page.locator('[data-widget="pricing-calculator"]');
    expect(await calc.locator('#pricing-invocations').inputValue()).toBe('3000000');
    expect(await calc.getByText('3,000,000건').count()).toBe(1);
    const row = calc.locator('[data-result="free-tier-row"]');
    expect(await row.locator('th').innerText()).toContain(
      `${groupDigits(String(pricing.freeTier.gbSeconds.value))} GB-초`,
    );
    expect(await row.locator('td').innerText()).toBe(
      `−${groupDigits(String(pricing.freeTier.gbSeconds.value))}`,
    );
    expect(await calc.locator('[data-result="billable-gb-seconds"]').innerText()).toBe('1,100,000');
  });

  it('links the repository and shows the setup steps from one configured place', async () => {
    const { page } = site;
    for (const [prefix, label] of [
      ['', '저장소'],
      ['/en', 'Repository'],
    ] as const) {
      await site.open(`${prefix}/docs/intro`);
      const nav = page.locator('.navbar a', { hasText: label });
      expect(await nav.getAttribute('href')).toBe(repository.url);
      const setup = page.locator('[data-widget="repo-setup"]');
      expect(await setup.locator(`a[href="${repository.url}"]`).count()).toBe(1);
      expect(
        (await setup.locator('pre .token-line').allInnerTexts()).map((line) => line.trim()),
      ).toEqual(setupCommands('lab-1'));
    }
  });

  it('shows each lab card with its objectives', async () => {
    const { page } = site;
    const manifest = JSON.parse(
      readFileSync(join(siteDir, '../labs/lab-1-hello-lambda/lab.json'), 'utf8'),
    ) as { objectives: { ko: string[]; en: string[] } };
    await site.open('/docs/labs');
    const card = page.locator('[data-lab="lab-1"]').first();
    expect(await card.locator('[data-lab-objectives] li').allInnerTexts()).toEqual(
      manifest.objectives.ko,
    );
    await site.open('/en/docs/labs');
    expect(
      await page
        .locator('[data-lab="lab-1"]')
        .first()
        .locator('[data-lab-objectives] li')
        .allInnerTexts(),
    ).toEqual(manifest.objectives.en);
  });

  it("shows as a lab card's topics the lessons that present the lab, linked", async () => {
    const { page } = site;
    const topics = (lab: string) =>
      page.locator(`[data-lab="${lab}"]`).first().locator('[data-lab-topics] a');
    await site.open('/docs/labs');
    expect(await topics('lab-2').allInnerTexts()).toEqual(['제한 사항', '요금']);
    expect(await topics('lab-2').first().getAttribute('href')).toBe(lessonPath('04-limits.mdx'));
    expect(await topics('lab-5').allInnerTexts()).toEqual(['API Gateway와 CloudFront']);
    expect(await topics('lab-5').first().getAttribute('href')).toBe(
      lessonPath('08-api-gateway-and-cloudfront.mdx'),
    );
    await site.open('/en/docs/labs');
    expect(await topics('lab-3').allInnerTexts()).toEqual([
      'Execution environment lifecycle and cold starts',
    ]);
    expect(await topics('lab-3').first().getAttribute('href')).toBe(
      `/en${lessonPath('06-execution-environment.mdx')}`,
    );
  });
});
