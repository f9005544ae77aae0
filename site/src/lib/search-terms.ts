/**
 * Korean course terms that the lessons write with a space ("콜드 스타트") and learners often type
 * without one ("콜드스타트"). lunr indexes "콜드 스타트" as two words, so a query without the space
 * matches nothing; the search splits such a query the way the lessons write it.
 * tests/unit/search-terms.test.ts checks that the lessons never write these terms without a space.
 */
export const spacedKoreanTerms = [
  '콜드 스타트',
  '웜 스타트',
  '실행 환경',
  '실행 시간',
  '청구 시간',
  '제한 시간',
  '테스트 이벤트',
  '이벤트 소스',
  '동시 실행',
  '예약된 동시성',
  '프로비저닝된 동시성',
  '무료 사용량',
  '메모리 크기',
] as const;

const joined = new Map(spacedKoreanTerms.map((term) => [term.replaceAll(' ', ''), term]));
const joinedPattern = new RegExp([...joined.keys()].join('|'), 'g');

/** "콜드스타트 시간" -> "콜드 스타트 시간": each course term typed without its space gets it back. */
export function spaceKoreanTerms(text: string): string {
  return text.replace(joinedPattern, (term) => joined.get(term) ?? term);
}

/**
 * Replaces `utils/tokenize` of @easyops-cn/docusaurus-search-local (see plugins/search-terms),
 * which splits a query into the words the search worker looks up and the search bar highlights.
 * For this site's languages (en, ko) the original is `text.toLowerCase().match(/[^-\s]+/g)`; this
 * one first restores the spaces of Korean course terms.
 */
export function tokenize(text: string, _language: string[]): string[] {
  return spaceKoreanTerms(text.toLowerCase()).match(/[^-\s]+/g) ?? [];
}
