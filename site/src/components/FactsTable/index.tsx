import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { allFacts, facts } from '@lambda-dojo/lambda-facts';
import type { ReactNode } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatDate, formatValue } from '../../lib/format.ts';
import { ScrollBox } from '../common/ScrollBox.tsx';
import styles from './styles.module.css';

/** The label of a fact in the page's language, from code.json (`fact.label.<path>`). */
export function factLabel(path: string): string {
  return translate({ id: `fact.label.${path}`, message: path });
}

/** A fact's value in 2018 (the slides, or AWS's pages of that year), if it had one. */
function value2018<T extends { asOf: string }>(fact: { history?: readonly T[] }): T | undefined {
  return fact.history?.find((h) => h.asOf.startsWith('2018'));
}

/** "2018 vs today" for every fact of a group that had a value in 2018 (later history is left out). */
export function FactsTable({ group }: { group: string }): ReactNode {
  const locale = useLocale();
  if (!Object.hasOwn(facts, group)) {
    throw new Error(
      `<FactsTable group="${group}" />: expected one of ${Object.keys(facts).join(', ')}`,
    );
  }
  const rows = allFacts().filter(
    ({ path, fact }) => path.startsWith(`${group}.`) && value2018(fact) !== undefined,
  );
  return (
    <div className={styles.wrap}>
      <ScrollBox>
        <table className={styles.table}>
          <thead>
            <tr>
              <th>
                <Translate id="factsTable.item">항목</Translate>
              </th>
              <th>
                <Translate id="factsTable.then">2018년</Translate>
              </th>
              <th>
                <Translate id="factsTable.now">지금</Translate>
              </th>
              <th>
                <Translate id="factsTable.source">출처</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ path, fact }) => {
              const then = value2018(fact);
              return (
                <tr key={path} data-fact={path}>
                  <th scope="row">
                    {factLabel(path)}
                    {fact.note && <div className={styles.note}>{fact.note[locale]}</div>}
                  </th>
                  <td>{then ? formatValue(then.value, fact.unit, locale) : '—'}</td>
                  <td>
                    <strong>{formatValue(fact.value, fact.unit, locale)}</strong>
                    {fact.since && (
                      <div className={styles.note}>
                        <Translate
                          id="factsTable.since"
                          values={{ date: formatDate(fact.since, locale) }}
                        >
                          {'{date}부터'}
                        </Translate>
                      </div>
                    )}
                  </td>
                  <td>
                    <Link href={fact.source.url}>{fact.source.title}</Link>
                    <div className={styles.note}>
                      <Translate
                        id="factsTable.asOf"
                        values={{ date: formatDate(fact.asOf, locale) }}
                      >
                        {'{date} 확인'}
                      </Translate>
                      {fact.verified === false && (
                        <>
                          {' · '}
                          <Translate id="factsTable.unverified">AWS 문서로 재확인 필요</Translate>
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
