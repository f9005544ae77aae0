import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { type Fact, LAST_CHECKED, type NodeRuntime, runtimes } from '@lambda-dojo/lambda-facts';
import type { ReactNode } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatDate } from '../../lib/format.ts';
import { ScrollBox } from '../common/ScrollBox.tsx';
import styles from '../FactsTable/styles.module.css';

function DateCell({ fact }: { fact?: Fact<string> }): ReactNode {
  const locale = useLocale();
  if (!fact) return <td>—</td>;
  return (
    <td>
      {formatDate(fact.value, locale)}
      {fact.verified === false && (
        <div className={styles.note}>
          <Translate id="factsTable.unverified">AWS 문서로 재확인 필요</Translate>
        </div>
      )}
    </td>
  );
}

/** The 2018 slides' runtimes next to today's Node.js runtimes and their deprecation dates. */
export function RuntimesTable(): ReactNode {
  const locale = useLocale();
  const node: NodeRuntime[] = Object.values(runtimes.nodejs);
  const then = runtimes.slides2018;
  return (
    <div className={styles.wrap}>
      <p>
        <strong>
          <Translate id="runtimesTable.then">2018년 슬라이드의 런타임</Translate>
        </strong>
        {': '}
        {then.value.join(', ')}
        {then.note && <span className={styles.note}> — {then.note[locale]}</span>}
      </p>
      <ScrollBox>
        <table className={styles.table}>
          <thead>
            <tr>
              <th>
                <Translate id="runtimesTable.runtime">런타임</Translate>
              </th>
              <th>
                <Translate id="runtimesTable.os">운영체제</Translate>
              </th>
              <th>
                <Translate id="runtimesTable.deprecation">지원 종료</Translate>
              </th>
              <th>
                <Translate id="runtimesTable.blockCreate">새 함수 생성 차단</Translate>
              </th>
              <th>
                <Translate id="runtimesTable.blockUpdate">함수 업데이트 차단</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {node.map((r) => {
              const deprecated = r.deprecation.value <= LAST_CHECKED;
              return (
                <tr key={r.id.value} data-runtime={r.id.value}>
                  <th scope="row">
                    <code>{r.id.value}</code>{' '}
                    {deprecated ? (
                      <span className="badge badge--secondary">
                        <Translate id="runtimesTable.deprecated">지원 종료됨</Translate>
                      </span>
                    ) : (
                      <span className="badge badge--success">
                        <Translate id="runtimesTable.supported">지원 중</Translate>
                      </span>
                    )}
                    {r.id.note && <div className={styles.note}>{r.id.note[locale]}</div>}
                  </th>
                  <td>{r.os.value}</td>
                  <DateCell fact={r.deprecation} />
                  <DateCell fact={r.blockCreate} />
                  <DateCell fact={r.blockUpdate} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      <p className={styles.note}>
        <Translate id="runtimesTable.footer" values={{ date: formatDate(LAST_CHECKED, locale) }}>
          {'{date} 기준이에요.'}
        </Translate>{' '}
        <Link href={runtimes.nodejs.nodejs22.deprecation.source.url}>
          {runtimes.nodejs.nodejs22.deprecation.source.title}
        </Link>
      </p>
    </div>
  );
}
