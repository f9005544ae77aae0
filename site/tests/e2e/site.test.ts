import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { limits } from '@lambda-dojo/lambda-facts';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFixed } from '../../src/lib/decimal.ts';
import { groupDigits } from '../../src/lib/format.ts';
import { currentRateCard, monthlyCost } from '../../src/lib/pricing.ts';
import {
  artifacts,
  chromiumPath,
  lessonPath,
  phonePage,
  requireBrowserInCi,
  siteDir,
  useSite,
} from './harness.ts';

/** The `# Heading` of a doc, which the search results show as the page title. */
function lessonHeading(file: string): string {
  const heading = /^# (.+)$/m.exec(readFileSync(join(siteDir, file), 'utf8'))?.[1];
  if (!heading) throw new Error(`No # heading in ${file}`);
  return heading.trim();
}

requireBrowserInCi();

describe.runIf(chromiumPath)('the built site in Chromium', () => {
  const site = useSite();
  let page: Page;

  beforeAll(() => {
    page = site.page;
  });

  const open = (path: string) => site.open(path);

  const shot = (name: string) =>
    page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
  const shotOf = (selector: string, name: string) =>
    page
      .locator(selector)
      .first()
      .screenshot({ path: join(artifacts, `${name}.png`) });

  it('shows a Korean lesson at its Korean URL', async () => {
    await open(lessonPath('05-pricing.mdx'));
    expect(await page.getAttribute('html', 'lang')).toBe('ko-KR');
    await expect.poll(() => page.locator('article h1').first().innerText()).toMatch(/[가-힣]/);
    await shot('lesson-ko');
  });

  it('switches the lesson to English with the language menu', async () => {
    await open(lessonPath('05-pricing.mdx'));
    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.locator('a.dropdown__link', { hasText: 'English' }).first().click();
    await page.waitForURL(`**/en${lessonPath('05-pricing.mdx')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en-US');
    await expect.poll(() => page.locator('article h1').first().innerText()).not.toMatch(/[가-힣]/);
    await shot('lesson-en-after-switch');
  });

  it('opens an English lesson directly', async () => {
    await open(`/en${lessonPath('02-console-walkthrough.mdx')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en-US');
    expect(await page.locator('[data-widget="test-event-playground"]').count()).toBe(1);
  });

  describe('pricing calculator', () => {
    const total = () =>
      page.locator('[data-widget="pricing-calculator"] [data-result="total"]').innerText();

    it('shows the slides example (512 MB, 3,000,000 × 1 s) at today’s rates', async () => {
      await open(lessonPath('05-pricing.mdx'));
      const expected = monthlyCost({ memoryMb: 512, invocations: 3_000_000, durationMs: 1000 });
      expect(await total()).toBe(`$${toFixed(expected.totalUsd, 2)}`);
      await shotOf('[data-widget="pricing-calculator"]', 'pricing-calculator-ko');
    });

    it('recomputes when the learner changes memory and architecture', async () => {
      await open(lessonPath('05-pricing.mdx'));
      await page.fill('#pricing-memory', '1024');
      await page.selectOption('#pricing-arch', 'arm64');
      const expected = monthlyCost(
        { memoryMb: 1024, invocations: 3_000_000, durationMs: 1000, ephemeralMb: 512 },
        currentRateCard('arm64'),
      );
      await expect.poll(total).toBe(`$${toFixed(expected.totalUsd, 2)}`);
    });

    it('explains an out-of-range memory size instead of showing a price', async () => {
      await open(`/en${lessonPath('05-pricing.mdx')}`);
      await page.fill('#pricing-memory', '64');
      await expect
        .poll(() => page.locator('#pricing-memory-error').innerText())
        .toBe(
          `Enter a whole number from ${limits.memory.min.value} to ${groupDigits(String(limits.memory.max.value))}.`,
        );
      expect(
        await page.locator('[data-widget="pricing-calculator"] [data-result="total"]').count(),
      ).toBe(0);
      await shotOf('[data-widget="pricing-calculator"]', 'pricing-calculator-error-en');
    });
  });

  describe('test-event playground', () => {
    const widget = () => page.locator('[data-widget="test-event-playground"]').first();
    const result = (name: string) => widget().locator(`[data-result="${name}"]`).innerText();

    async function runHandler(code: string, testLabel: string, timeoutS?: number): Promise<void> {
      await widget().locator('#playground-code').fill(code);
      if (timeoutS !== undefined)
        await widget().locator('#playground-timeout').fill(String(timeoutS));
      await widget().getByRole('button', { name: testLabel, exact: true }).click();
    }

    it('runs a handler that succeeds and shows the response, durations and START/END/REPORT logs', async () => {
      await open(`/en${lessonPath('02-console-walkthrough.mdx')}`);
      await widget().getByRole('button', { name: 'Test', exact: true }).click();
      await expect
        .poll(() => widget().locator('[data-status]').getAttribute('data-status'))
        .toBe('succeeded');
      expect(await widget().locator('[role="status"]').innerText()).toBe(
        'Execution result: succeeded',
      );
      expect(JSON.parse(await result('response'))).toEqual({
        statusCode: 200,
        body: '"Hello from Lambda!"',
      });
      const logs = await result('logs');
      expect(logs).toMatch(/^START RequestId: [0-9a-f-]{36} Version: \$LATEST$/m);
      expect(logs).toMatch(/\tINFO\tEVENT: \{"key1":"value1","key2":"value2","key3":"value3"\}$/m);
      expect(logs).toMatch(/^END RequestId: /m);
      expect(logs).toMatch(
        /^REPORT RequestId: \S+\tDuration: \d+\.\d\d ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tInit Duration: \d+\.\d\d ms$/m,
      );
      expect(await result('billed')).toMatch(/^\d+ ms$/);
      expect(await result('billed-legacy')).toMatch(/^(100|200|300|400|500) ms$/);
      await shotOf('[data-widget="test-event-playground"]', 'playground-success-en');

      await widget().getByRole('button', { name: 'Test', exact: true }).click();
      await expect.poll(() => result('request-id')).not.toBe('');
      await expect.poll(() => result('logs')).not.toContain('Init Duration');
    });

    it('runs a handler that throws and shows the error the way Lambda reports it', async () => {
      await open(`/en${lessonPath('02-console-walkthrough.mdx')}`);
      await runHandler(
        "export const handler = async () => {\n  throw new Error('boom from the test');\n};\n",
        'Test',
      );
      await expect
        .poll(() => widget().locator('[data-status]').getAttribute('data-status'))
        .toBe('failed');
      expect(await widget().locator('[role="status"]').innerText()).toBe(
        'Execution result: failed (error)',
      );
      const response = JSON.parse(await result('response'));
      expect(response.errorType).toBe('Error');
      expect(response.errorMessage).toBe('boom from the test');
      const logs = await result('logs');
      expect(logs).toContain(
        '\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"boom from the test"',
      );
      expect(logs).toMatch(/^REPORT .*\tStatus: error$/m);
      await shotOf('[data-widget="test-event-playground"]', 'playground-error-en');
    });

    it('stops a handler that never returns at the timeout while the page stays responsive', async () => {
      await open(lessonPath('02-console-walkthrough.mdx'));
      await runHandler(
        'export const handler = async () => {\n  while (true) {}\n};\n',
        '테스트',
        5,
      );
      const running = widget().getByRole('button', { name: '실행 중…' });
      await expect.poll(() => running.count()).toBe(1);
      // The loop runs in a Web Worker: while it spins, the page still runs scripts and takes typing.
      expect(await page.evaluate(() => 6 * 7)).toBe(42);
      await widget().locator('#playground-event').fill('{"still": "typing"}');
      expect(await widget().locator('#playground-event').inputValue()).toBe('{"still": "typing"}');
      expect(await running.count(), 'the handler should still be running').toBe(1);
      await expect
        .poll(() => widget().locator('[data-status]').getAttribute('data-status'), {
          timeout: 10_000,
        })
        .toBe('timeout');
      expect(await widget().locator('[role="status"]').innerText()).toBe(
        '실행 결과: 실패 (제한 시간 초과)',
      );
      expect(JSON.parse(await result('response'))).toMatchObject({
        errorType: 'Sandbox.Timedout',
        errorMessage: expect.stringMatching(/Task timed out after 5\.00 seconds$/),
      });
      const logs = await result('logs');
      expect(logs).toMatch(/Task timed out after 5\.00 seconds/);
      expect(logs).toMatch(
        /^REPORT .*\tDuration: 5000\.00 ms\tBilled Duration: \d+ ms.*\tStatus: timeout$/m,
      );
      expect(await result('billed-legacy')).toBe('5000 ms');
      await shotOf('[data-widget="test-event-playground"]', 'playground-timeout-ko');
    });

    it('says where an event is not valid JSON and does not run', async () => {
      await open(`/en${lessonPath('02-console-walkthrough.mdx')}`);
      await widget().locator('#playground-event').fill('{"key1": ');
      await widget().getByRole('button', { name: 'Test', exact: true }).click();
      await expect
        .poll(() => widget().locator('[data-error="event"]').innerText())
        .toMatch(/^The event is not valid JSON: /);
      expect(await widget().locator('[data-result="outcome"]').count()).toBe(0);
    });
  });

  it('shows a lab page built from lab.json and the README, in both languages', async () => {
    const manifest = JSON.parse(
      readFileSync(join(siteDir, '../labs/lab-1-hello-lambda/lab.json'), 'utf8'),
    ) as { title: { ko: string; en: string }; instructions: { ko: string; en: string } };
    for (const locale of ['ko', 'en'] as const) {
      await open(`${locale === 'en' ? '/en' : ''}/docs/intro`);
      await page.locator('[data-lab="lab-1"] a').first().click();
      await page.waitForURL(`**${locale === 'en' ? '/en' : ''}/docs/labs/lab-1`);
      // Client-side navigation: wait until the new page has rendered.
      await expect
        .poll(() => page.locator('article h1').first().innerText())
        .toBe(manifest.title[locale]);
      expect(await page.locator('article h1').count(), 'the README title is dropped').toBe(1);
      const article = await page.locator('article').first().innerText();
      expect(article).toContain('npm run grade lab-1');
      const readme = readFileSync(
        join(siteDir, '../labs/lab-1-hello-lambda', manifest.instructions[locale]),
        'utf8',
      );
      const firstSection = /^## (.+)$/m.exec(readme)?.[1]?.trim() ?? '';
      expect(firstSection).not.toBe('');
      expect(article).toContain(firstSection);
      await shot(`lab-1-${locale}`);
    }
  });

  it('shows facts from lambda-facts: inline values and the 2018-vs-today table', async () => {
    await open('/docs/intro');
    expect(
      await page.locator('.dojo-fact[data-fact="limits.timeout.max"]').first().innerText(),
    ).toBe(`${limits.timeout.max.value}초`);
    await open(`/en${lessonPath('04-limits.mdx')}`);
    const row = page.locator('tr[data-fact="limits.memory.max"]');
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe(`${groupDigits(String(limits.memory.max.history[0]?.value))} MB`);
    expect(cells[1]).toContain(`${groupDigits(String(limits.memory.max.value))} MB`);
    expect(await row.locator('th').innerText()).toContain('Maximum memory');
  });

  it('draws mermaid diagrams', async () => {
    await open(lessonPath('07-invocation-paths.mdx'));
    await expect
      .poll(() => page.locator('.docusaurus-mermaid-container svg').count())
      .toBeGreaterThan(0);
  });

  it('updates the cold-start share when the arrival pattern changes', async () => {
    await open(`/en${lessonPath('06-execution-environment.mdx')}`);
    const sim = page.locator('[data-widget="cold-start-simulator"]');
    const share = () => sim.locator('[data-stat="cold-share"]').innerText();
    const steady = await share();
    expect(steady).toMatch(/^Cold-start share\s*\d+\.\d%$/);
    await sim.locator('#sim-pattern').selectOption('bursts');
    await expect.poll(share).not.toBe(steady);
    expect(await sim.locator('svg [data-env]').count()).toBeGreaterThan(1);
    await shotOf('[data-widget="cold-start-simulator"]', 'cold-start-simulator-en');
  });

  it('marks a quiz answer right or wrong at once', async () => {
    await open(lessonPath('05-pricing.mdx'));
    const quiz = page.locator('[data-quiz]').first();
    const first = quiz.locator('[data-question="0"]');
    await first.locator('button').first().click();
    await expect.poll(() => first.locator('[role="status"]').count()).toBe(1);
    expect(await first.locator('[role="status"] strong').innerText()).toMatch(
      /정답이에요!|아쉬워요/,
    );
    expect(await quiz.locator('[data-quiz-score]').innerText()).toMatch(/1문제를 풀었고/);
  });

  it('fits a phone screen without sideways scrolling, in dark mode', async () => {
    const phone = await phonePage(site, 'dark');
    await site.open(lessonPath('06-execution-environment.mdx'), phone);
    expect(await phone.getAttribute('html', 'data-theme')).toBe('dark');
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: join(artifacts, 'lesson-phone-dark-ko.png') });
    await phone.close();
  });

  it('finds Korean and English words with the search bar and opens the lesson', async () => {
    const search = async (
      path: string,
      query: string,
      title: string,
      expectUrl: string,
      screenshot: string,
    ) => {
      await open(path);
      await page.locator('input.navbar__search-input').fill(query);
      const hit = page.locator('[role="listbox"] [role="option"]', { hasText: title }).first();
      await hit.waitFor({ timeout: 10_000 });
      await shot(screenshot);
      await hit.click();
      await page.waitForURL(`**${expectUrl}**`);
    };
    const lesson = lessonPath('06-execution-environment.mdx');
    const ko = lessonHeading('docs/lessons/06-execution-environment.mdx');
    const en = lessonHeading(
      'i18n/en/docusaurus-plugin-content-docs/current/lessons/06-execution-environment.mdx',
    );
    await search('/', '콜드 스타트', ko, lesson, 'search-ko');
    await search('/en/', 'cold start', en, `/en${lesson}`, 'search-en');
  });
});
