import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launch } from './browser.ts';
import { serveBuild } from './static-server.ts';

export const siteDir = join(import.meta.dirname, '../..');
export const buildDir = join(siteDir, 'build');
export const artifacts = join(siteDir, 'test-artifacts');
export const chromiumPath = findChromium();
const inCi = process.env.CI === 'true';

/** A lesson's URL path from its front matter id (docs strip the number prefix). */
export function lessonPath(file: string): string {
  const source = readFileSync(join(siteDir, 'docs/lessons', file), 'utf8');
  const id = /^id:\s*(\S+)/m.exec(source)?.[1];
  if (!id) throw new Error(`No front matter id in docs/lessons/${file}`);
  return `/docs/lessons/${id}`;
}

if (!chromiumPath && !inCi) {
  console.warn(
    'e2e: no Chromium found (set CHROMIUM_PATH or install Debian\'s "chromium" package); the browser tests are skipped.',
  );
}

/** Fails in CI when there is no browser, instead of skipping every browser test. */
export function requireBrowserInCi(): void {
  describe('browser', () => {
    it.runIf(inCi)('is installed in CI', () => {
      expect(
        chromiumPath,
        'CI=true needs Chromium: apt-get install -y chromium, or set CHROMIUM_PATH',
      ).not.toBeNull();
    });
  });
}

export type Site = {
  /** http://127.0.0.1:<port> */
  base: string;
  context: BrowserContext;
  /** A page at desktop size. */
  page: Page;
  /** Opens a path on `page` (or another page) and expects 200. */
  open: (path: string, on?: Page) => Promise<void>;
};

/** Serves site/build and starts Chromium for the tests of one file; call inside describe. */
export function useSite(): Site {
  const site = {} as Site;
  let stopServer: () => Promise<void> = async () => {};
  let closeBrowser: () => Promise<void> = async () => {};

  beforeAll(async () => {
    for (const index of ['index.html', 'en/index.html']) {
      if (!existsSync(join(buildDir, index))) {
        throw new Error(
          `Missing site/build/${index}: run "npm run build -w @lambda-dojo/site" first`,
        );
      }
    }
    mkdirSync(artifacts, { recursive: true });
    const server = await serveBuild(buildDir);
    stopServer = server.close;
    const browser = await launch(chromiumPath as string);
    closeBrowser = browser.close;
    site.base = server.url;
    site.context = browser.context;
    site.page = await browser.context.newPage();
    site.page.setDefaultTimeout(30_000);
    site.open = async (path, on = site.page) => {
      const response = await on.goto(`${site.base}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), `GET ${path}`).toBe(200);
    };
  });

  afterAll(async () => {
    await closeBrowser();
    await stopServer();
  });

  return site;
}

/** A page at phone size (390 × 844), optionally in dark mode. */
export async function phonePage(
  site: Site,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const phone = await site.context.newPage();
  phone.setDefaultTimeout(30_000);
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.emulateMedia({ colorScheme });
  return phone;
}
