import { describe, expect, it } from 'vitest';
import { findChromium } from './browser.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when that file exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath }, '/nonexistent/chromium')).toBe(
      process.execPath,
    );
  });

  it('falls back to the system path', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/a' }, process.execPath)).toBe(
      process.execPath,
    );
  });

  it('reports no browser when neither exists, so the e2e tests skip (or fail with CI=true)', () => {
    expect(findChromium({}, '/nonexistent/chromium')).toBeNull();
  });
});
