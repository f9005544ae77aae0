/** A text in both course languages. */
export interface Bilingual {
  ko: string;
  en: string;
}

/** Where a value was read. Prefer an AWS page; third-party pages are marked `verified: false`. */
export interface Source {
  title: string;
  url: string;
}

/** Units used by the facts. Sizes in KB/MB/GB are binary (1 MB = 1,048,576 bytes), as Lambda counts them. */
export type Unit =
  | 'bytes'
  | 'KB'
  | 'MB'
  | 'GB'
  | 'ms'
  | 's'
  | 'count'
  | 'requests'
  | 'GB-s'
  | 'vCPU'
  | 'USD per GB-s'
  | 'USD per 1M requests'
  | 'USD per 100 ms'
  | 'execution environments per 10 s'
  | 'times the function timeout'
  | 'date'
  | 'region'
  | 'name'
  | 'runtimes';

/** A scalar fact value; prices are exact decimal strings such as '0.0000166667'. */
export type FactValue = number | string | readonly string[];

/** An older value of a fact, e.g. what the 2018 slides said. */
export interface HistoryEntry<V extends FactValue = FactValue> {
  value: V;
  /** ISO date (`YYYY-MM-DD`) or month (`YYYY-MM`) at which this value held. */
  asOf: string;
  source: Source;
  note?: Bilingual;
}

/** One Lambda number the course uses. */
export interface Fact<V extends FactValue = FactValue> {
  value: V;
  unit: Unit;
  /** ISO date (`YYYY-MM-DD`) or month (`YYYY-MM`) on which the value was last checked against `source`. */
  asOf: string;
  source: Source;
  /** ISO date since which the value applies, when AWS announced a change. */
  since?: string;
  /** `false` when the value comes from a third-party transcription and still needs an AWS source. */
  verified?: boolean;
  note?: Bilingual;
  /** Earlier values, oldest first; each `asOf` is older than the fact's `asOf`. */
  history?: readonly HistoryEntry<V>[];
}
