export { type Bilingual, detectLang, isLang, type Lang, langFromEnv } from './lang.ts';
export { messageTables } from './messages.ts';
