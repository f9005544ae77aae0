export { LAST_CHECKED } from './checked.ts';
export { FactNotFoundError, FactUnitError, LambdaFactsError } from './errors.ts';
export { eventSources } from './event-sources.ts';
export { allFacts, facts, getFact, isFact } from './facts.ts';
export { features, integrations } from './features.ts';
export {
  type Architecture,
  type DurationTier,
  durationTiers,
  historicValue,
  toBytes,
} from './helpers.ts';
export { limits } from './limits.ts';
export { pricing } from './pricing.ts';
export {
  asyncRetryDelaysMs,
  billedDurationMs,
  logTail,
  logTailBytes,
  type ReportFields,
  reportLine,
  reportLineSource,
} from './rules.ts';
export { type NodeRuntime, runtimes } from './runtimes.ts';
export { scaling } from './scaling.ts';
export { type PricingExample, slides2018 } from './slides2018.ts';
export type { Bilingual, Fact, FactValue, HistoryEntry, Source, Unit } from './types.ts';
