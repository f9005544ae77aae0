import type { Fact, FactValue, Unit } from '@lambda-dojo/lambda-facts';

export type Locale = 'ko' | 'en';

export function asLocale(locale: string): Locale {
  return locale.startsWith('en') ? 'en' : 'ko';
}

/** '1234567' → '1,234,567' in both course languages; works on exact decimal strings too. */
export function groupDigits(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2028-04-30' → '2028년 4월 30일' / 'April 30, 2028'; '2018-12' → '2018년 12월' / 'December 2018'. */
export function formatDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = Number(mo);
  if (locale === 'ko') return d ? `${y}년 ${month}월 ${Number(d)}일` : `${y}년 ${month}월`;
  const name = monthsEn[month - 1] ?? mo;
  return d ? `${name} ${Number(d)}, ${y}` : `${name} ${y}`;
}

type Formatter = (n: string, locale: Locale) => string;

const withUnit: Record<Exclude<Unit, 'date' | 'region' | 'name' | 'runtimes'>, Formatter> = {
  bytes: (n, l) => (l === 'ko' ? `${n}바이트` : `${n} bytes`),
  KB: (n, l) => (l === 'ko' ? `${n}KB` : `${n} KB`),
  MB: (n, l) => (l === 'ko' ? `${n}MB` : `${n} MB`),
  GB: (n, l) => (l === 'ko' ? `${n}GB` : `${n} GB`),
  ms: (n, l) => (l === 'ko' ? `${n}ms` : `${n} ms`),
  s: (n, l) => (l === 'ko' ? `${n}초` : `${n} ${n === '1' ? 'second' : 'seconds'}`),
  count: (n) => n,
  requests: (n, l) => (l === 'ko' ? `${n}건` : `${n} requests`),
  'GB-s': (n, l) => (l === 'ko' ? `${n}GB-초` : `${n} GB-seconds`),
  vCPU: (n) => `${n} vCPU`,
  'USD per GB-s': (n, l) => (l === 'ko' ? `GB-초당 $${n}` : `$${n} per GB-second`),
  'USD per 1M requests': (n, l) => (l === 'ko' ? `요청 100만 건당 $${n}` : `$${n} per 1M requests`),
  'USD per 100 ms': (n, l) => (l === 'ko' ? `100ms당 $${n}` : `$${n} per 100 ms`),
  'execution environments per 10 s': (n, l) =>
    l === 'ko' ? `10초마다 실행 환경 ${n}개` : `${n} execution environments every 10 seconds`,
  years: (n, l) => (l === 'ko' ? `${n}년` : `${n} ${n === '1' ? 'year' : 'years'}`),
};

/** A fact value with its unit, written the way each language writes it. */
export function formatValue(value: FactValue, unit: Unit, locale: Locale): string {
  if (Array.isArray(value)) return value.join(', ');
  const text = String(value);
  if (unit === 'date') return formatDate(text, locale);
  if (unit === 'region' || unit === 'name' || unit === 'runtimes') return text;
  return withUnit[unit](groupDigits(text), locale);
}

export function formatFact(fact: Fact, locale: Locale): string {
  return formatValue(fact.value, fact.unit, locale);
}
