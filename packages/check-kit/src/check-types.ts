import type { Bilingual } from '@lambda-dojo/lang';

export type { Bilingual, Lang } from '@lambda-dojo/lang';

/** Hints from gentle (tier 1) to explicit (last tier), in both languages. */
export interface TieredHints {
  ko: string[];
  en: string[];
}

export interface CheckOptions {
  /** What the check verifies, as a learner reads it. */
  title: Bilingual;
  points: number;
  hints: TieredHints;
  /** Overrides the default per-check timeout. */
  timeoutMs?: number;
}

export interface CheckMeta {
  id: string;
  title: Bilingual;
  points: number;
  hints: TieredHints;
}

declare module '@vitest/runner' {
  interface TaskMeta {
    check?: CheckMeta;
    task?: Bilingual;
  }
}
