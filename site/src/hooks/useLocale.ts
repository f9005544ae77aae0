import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { asLocale, type Locale } from '../lib/format.ts';

/** The page's course language ('ko' or 'en'). */
export function useLocale(): Locale {
  return asLocale(useDocusaurusContext().i18n.currentLocale);
}
