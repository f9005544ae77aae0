import { describe, expect, test } from 'vitest';
import { detectLang, langFromEnv, messageTables } from '../src/index.ts';

describe('detectLang', () => {
  test('--lang wins over the locale, in both spellings', () => {
    expect(detectLang({ LANG: 'ko_KR.UTF-8' }, ['lab-1', '--lang', 'en'])).toBe('en');
    expect(detectLang({ LC_ALL: 'en_US.UTF-8' }, ['--lang=ko'])).toBe('ko');
  });

  test('an unknown --lang value falls back to the locale', () => {
    expect(detectLang({ LANG: 'en_GB.UTF-8' }, ['--lang', 'fr'])).toBe('en');
  });

  test('LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them', () => {
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ko');
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
  });

  test('the C and POSIX locales say nothing about the language; Korean is the default', () => {
    expect(langFromEnv({ LC_ALL: 'C.UTF-8', LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'POSIX' })).toBe('ko');
    expect(langFromEnv({})).toBe('ko');
  });
});

describe('messageTables', () => {
  test('gives each language its table', () => {
    const m = messageTables({
      ko: { hi: (name: string) => `${name}님, 안녕하세요` },
      en: { hi: (name: string) => `Hello, ${name}` },
    });
    expect(m.ko.hi('민수')).toBe('민수님, 안녕하세요');
    expect(m.en.hi('Minsu')).toBe('Hello, Minsu');
  });

  test('a message missing from either language fails type-checking', () => {
    // @ts-expect-error: English lacks `bye`.
    messageTables({ ko: { hi: '안녕하세요', bye: '안녕히 가세요' }, en: { hi: 'Hello' } });
    // @ts-expect-error: Korean lacks `bye`.
    messageTables({ ko: { hi: '안녕하세요' }, en: { hi: 'Hello', bye: 'Bye' } });
    const shared = { bye: 'Bye' };
    // @ts-expect-error: a spread adds a key Korean lacks.
    messageTables({ ko: { hi: '안녕하세요' }, en: { hi: 'Hello', ...shared } });
    expect(true).toBe(true);
  });
});
