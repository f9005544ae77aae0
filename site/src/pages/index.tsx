import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import styles from './index.module.css';

function Feature({ title, children }: { title: ReactNode; children: ReactNode }): ReactNode {
  return (
    <div className={styles.feature}>
      <Heading as="h2">{title}</Heading>
      <p>{children}</p>
    </div>
  );
}

/** The home page: what the course is and where to start. */
export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'home.title', message: 'AWS Lambda로 배우는 서버리스 아키텍처' })}
      description={translate({
        id: 'home.description',
        message:
          'AWS Lambda와 서버리스 아키텍처를 레슨, 브라우저 실습, 자동으로 채점되는 랩으로 배우는 코스예요.',
      })}
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Lambda Dojo
          </Heading>
          <p className={styles.tagline}>
            <Translate id="home.tagline">AWS Lambda로 배우는 서버리스 아키텍처</Translate>
          </p>
          <p className={styles.lead}>
            <Translate id="home.lead">
              2018년 슬라이드 「serverless arch. on aws - 1」에서 출발해 오늘의 Lambda까지, 레슨을
              읽고 브라우저에서 직접 만져 보고 랩 코드를 채점하며 배워요.
            </Translate>
          </p>
          <div className={styles.buttons}>
            <Link className="button button--primary button--lg" to="/docs/intro">
              <Translate id="home.start">코스 시작하기</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/labs">
              <Translate id="home.labs">랩 보기</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <section className={styles.features}>
          <Feature title={<Translate id="home.feature.lessons.title">레슨</Translate>}>
            <Translate id="home.feature.lessons.body">
              호출 경로, 실행 환경과 콜드 스타트, 한도, 요금, 이미지 처리 서비스까지 슬라이드의 모든
              주제를 지금 기준으로 다시 정리했어요.
            </Translate>
          </Feature>
          <Feature
            title={<Translate id="home.feature.interactive.title">브라우저에서 바로</Translate>}
          >
            <Translate id="home.feature.interactive.body">
              요금 계산기, 콜드 스타트 시뮬레이터, 콘솔처럼 생긴 테스트 이벤트 놀이터로 숫자와
              동작을 직접 확인해요.
            </Translate>
          </Feature>
          <Feature title={<Translate id="home.feature.labs.title">채점되는 랩</Translate>}>
            <Translate id="home.feature.labs.body">
              랩 코드를 고치고 npm run grade lab-1 처럼 실행하면 바로 채점 결과와 힌트를 받아요. AWS
              계정 없이도 할 수 있어요.
            </Translate>
          </Feature>
        </section>
      </main>
    </Layout>
  );
}
