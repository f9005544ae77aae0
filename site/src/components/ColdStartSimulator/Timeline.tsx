import Translate, { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import type { SimulationInput, SimulationResult } from '../../lib/cold-start.ts';
import { ScrollBox } from '../common/ScrollBox.tsx';
import styles from './styles.module.css';

const MAX_ROWS = 40;
const ROW = 22;
const LEFT = 64;
const WIDTH = 720;

/** One row per execution environment: its life, and each request it served (cold ones with their INIT). */
export function Timeline({
  input,
  result,
}: {
  input: SimulationInput;
  result: SimulationResult;
}): ReactNode {
  const spanMs = input.spanS * 1000;
  const x = (t: number) => LEFT + (Math.min(t, spanMs) / spanMs) * (WIDTH - LEFT - 4);
  const rows = result.environments.slice(0, MAX_ROWS);
  const throttled = [...new Set(result.invocations.filter((i) => i.env === null).map((i) => i.at))];
  const height = (rows.length + (throttled.length > 0 ? 1 : 0)) * ROW + 30;
  const envLabel = translate({ id: 'simulator.envShort', message: '환경' });

  return (
    <figure className={styles.figure}>
      <ScrollBox
        label={translate({
          id: 'simulator.timelineScroll',
          message: '타임라인 (옆으로 스크롤할 수 있어요)',
        })}
      >
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          className={styles.svg}
          role="img"
          aria-label={translate({
            id: 'simulator.timelineLabel',
            message: '실행 환경별 타임라인: 생성, 재사용, 종료',
          })}
        >
          {rows.map((env, row) => {
            const y = row * ROW + 4;
            const end = env.destroyedAt ?? spanMs;
            return (
              <g key={env.id} data-env={env.id}>
                <text x={0} y={y + 15} className={styles.label}>
                  {envLabel} {env.id + 1}
                </text>
                <line
                  x1={x(env.createdAt)}
                  x2={x(end)}
                  y1={y + 9}
                  y2={y + 9}
                  className={styles.life}
                />
                {env.destroyedAt !== null && (
                  <text x={x(env.destroyedAt) - 4} y={y + 14} className={styles.destroyed}>
                    ✕
                  </text>
                )}
              </g>
            );
          })}
          {result.invocations.map((inv) => {
            if (inv.env === null || inv.env >= MAX_ROWS) return null;
            const y = inv.env * ROW + 4;
            const runStart = inv.cold ? inv.at + input.initMs : inv.at;
            return (
              <g key={`${inv.at}-${inv.env}`}>
                {inv.cold && (
                  <rect
                    x={x(inv.at)}
                    y={y + 2}
                    width={Math.max(x(runStart) - x(inv.at), 1.5)}
                    height={14}
                    className={styles.init}
                  />
                )}
                <rect
                  x={x(runStart)}
                  y={y + 2}
                  width={Math.max(x(inv.end) - x(runStart), 1.5)}
                  height={14}
                  className={inv.cold ? styles.coldRun : styles.warmRun}
                />
              </g>
            );
          })}
          {throttled.length > 0 && (
            <g>
              <text x={0} y={rows.length * ROW + 19} className={styles.label}>
                429
              </text>
              {throttled.map((at) => (
                <rect
                  key={at}
                  x={x(at)}
                  y={rows.length * ROW + 6}
                  width={1.5}
                  height={14}
                  className={styles.throttled}
                />
              ))}
            </g>
          )}
          <text x={LEFT} y={height - 4} className={styles.label}>
            0
          </text>
          <text x={WIDTH - 4} y={height - 4} textAnchor="end" className={styles.label}>
            {input.spanS}s
          </text>
        </svg>
      </ScrollBox>
      <figcaption className={styles.legend}>
        <span>
          <i className={styles.swInit} />{' '}
          <Translate id="simulator.legend.init">INIT(콜드 스타트)</Translate>
        </span>
        <span>
          <i className={styles.swCold} />{' '}
          <Translate id="simulator.legend.cold">콜드 스타트 요청 처리</Translate>
        </span>
        <span>
          <i className={styles.swWarm} />{' '}
          <Translate id="simulator.legend.warm">웜 스타트(재사용)</Translate>
        </span>
        <span>
          ✕ <Translate id="simulator.legend.destroyed">환경 종료</Translate>
        </span>
        {result.environments.length > MAX_ROWS && (
          <span>
            <Translate
              id="simulator.moreRows"
              values={{ n: String(result.environments.length - MAX_ROWS) }}
            >
              {'환경 {n}개는 그림에서 생략했어요.'}
            </Translate>
          </span>
        )}
      </figcaption>
    </figure>
  );
}
