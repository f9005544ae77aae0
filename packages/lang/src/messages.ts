import type { Lang } from './lang.ts';

/**
 * A message table in both languages. The Korean table defines the messages' shape; the
 * English one must have exactly the same keys with the same parameters. A message missing
 * from either language, or present in one only, fails type-checking:
 *
 *   const messages = messageTables({ ko: { hi: '안녕하세요' }, en: { hi: 'Hello' } });
 *   messages.en.hi;
 */
export function messageTables<T extends object, E extends T>(tables: {
  ko: T;
  en: E & NoExtraKeys<E, T>;
}): Record<Lang, T> {
  return tables;
}

/** Keys of `E` that `T` lacks become `never`: object literals with spreads escape the excess check. */
type NoExtraKeys<E, T> = Record<Exclude<keyof E, keyof T>, never>;
