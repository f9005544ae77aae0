import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import CodeBlock from '@theme/CodeBlock';
import { Fragment, type ReactNode } from 'react';
import { type ClientLab, useLabs } from '../../hooks/useLabs.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import styles from './styles.module.css';

const LAB_ID = /^lab-[1-9][0-9]*$/;

function labNumber(lab: string): number {
  return Number(lab.slice('lab-'.length));
}

function GradeCommand({ lab }: { lab: string }): ReactNode {
  return <CodeBlock language="bash">{`npm run grade ${lab}`}</CodeBlock>;
}

function Meta({ lab }: { lab: ClientLab }): ReactNode {
  return (
    <span className={styles.meta}>
      <Translate
        id="lab.meta"
        values={{ minutes: String(lab.minutes), points: String(lab.points) }}
      >
        {'약 {minutes}분 · {points}점'}
      </Translate>
    </span>
  );
}

/** A card for a lab: title, time, points, topics (the lessons that show it), objectives and the grade command; "coming soon" while the lab is missing. */
export function LabCard({ lab }: { lab: string }): ReactNode {
  const locale = useLocale();
  if (!LAB_ID.test(lab)) {
    throw new Error(`<LabCard lab="${lab}" />: expected an id such as "lab-2"`);
  }
  const info = useLabs().find((l) => l.id === lab);
  if (!info?.ready) {
    return (
      <aside className={styles.card} data-lab={lab} data-lab-status="coming-soon">
        <div className={styles.kicker}>
          <Translate id="lab.kicker" values={{ n: String(labNumber(lab)) }}>
            {'랩 {n}'}
          </Translate>
        </div>
        <p className={styles.soon}>
          <Translate id="lab.comingSoon">이 랩은 아직 준비 중이에요.</Translate>
        </p>
      </aside>
    );
  }
  return (
    <aside className={styles.card} data-lab={lab} data-lab-status="ready">
      <div className={styles.kicker}>
        <Translate id="lab.kicker" values={{ n: String(info.number) }}>
          {'랩 {n}'}
        </Translate>
      </div>
      <Link to={`/docs/labs/${lab}`} className={styles.title}>
        {info.title[locale]}
      </Link>
      <Meta lab={info} />
      {info.topics.length > 0 && (
        <p className={styles.topics} data-lab-topics>
          <Translate id="lab.topics">주제:</Translate>{' '}
          {info.topics.map((topic, i) => (
            <Fragment key={topic.id}>
              {i > 0 && ', '}
              <Link to={`/docs/lessons/${topic.id}`}>{topic.title[locale]}</Link>
            </Fragment>
          ))}
        </p>
      )}
      <ul className={styles.objectives} data-lab-objectives>
        {info.objectives[locale].map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <p className={styles.howto}>
        <Translate id="lab.gradeHint">랩 코드를 고친 다음 저장소 루트에서 채점하세요:</Translate>
      </p>
      <GradeCommand lab={lab} />
    </aside>
  );
}

/** The header of a generated lab page: objectives, time, points and how to grade. */
export function LabIntro({ lab }: { lab: string }): ReactNode {
  const locale = useLocale();
  const info = useLabs().find((l) => l.id === lab);
  if (!info) throw new Error(`<LabIntro lab="${lab}" />: no such lab under labs/`);
  return (
    <div className={styles.intro} data-lab={lab}>
      <Meta lab={info} />
      <h2 id="objectives">
        <Translate id="lab.objectives">목표</Translate>
      </h2>
      <ul>
        {info.objectives[locale].map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <h2 id="grading">
        <Translate id="lab.grading">채점하기</Translate>
      </h2>
      <p>
        <Translate id="lab.gradeHint">랩 코드를 고친 다음 저장소 루트에서 채점하세요:</Translate>
      </p>
      <GradeCommand lab={lab} />
    </div>
  );
}

/** Every lab as a card (the labs index page). */
export function LabList(): ReactNode {
  const labs = useLabs();
  return (
    <div className={styles.list}>
      {labs.map((l) => (
        <LabCard key={l.id} lab={l.id} />
      ))}
    </div>
  );
}
