import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KEY, submission, TestBoard } from './http.ts';

/** The system Chromium (CHROMIUM_PATH, else /usr/bin/chromium); the test is skipped without one. */
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p): p is string => Boolean(p) && existsSync(p as string),
);

describe.skipIf(!chromiumPath)('the instructor page in a browser', () => {
  let board: TestBoard;
  let context: BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), 'dojo-board-chromium-'));

  beforeAll(async () => {
    board = await new TestBoard().start();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath as string,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    await board?.dispose();
  });

  test('shows new submissions without a reload and runs no script from a name', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${board.url}/?key=${KEY}&lang=en`);
    await expect(page.locator('#empty').textContent()).resolves.toContain('No submissions yet');

    await board.submit(submission('<img src=x onerror=alert(1)>'));
    await board.submit(
      submission('민지', { lab: 'lab-2', max_score: 50, score: 50, status: 'pass' }),
    );

    const names = page.locator('#grid tbody th');
    await names.first().waitFor({ timeout: 10_000 });
    await expect(names.allTextContents()).resolves.toEqual([
      '<img src=x onerror=alert(1)>',
      '민지',
    ]);
    await expect(
      page.locator('#grid tbody tr').nth(1).locator('td.pass').textContent(),
    ).resolves.toBe('passed 50/50 (self-reported)');
    await expect(
      page.locator('#summary tbody tr').first().locator('th, td').allTextContents(),
    ).resolves.toEqual(['lab-1', '1', '0', '0', '60']);
    await expect(page.locator('#count').textContent()).resolves.toBe('2 learners');
    await expect(page.locator('#csv').getAttribute('href')).resolves.toBe(
      `/api/export.csv?key=${KEY}`,
    );
    expect(await page.locator('#grid img').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
