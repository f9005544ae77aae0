import Translate, { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import { type ReactNode, useMemo, useState } from 'react';
import {
  type ArrivalPattern,
  defaultSimulation,
  type SimulationField,
  type SimulationInput,
  simulate,
  simulationLimits,
  simulationProblems,
} from '../../lib/cold-start.ts';
import { NumberField } from '../common/NumberField.tsx';
import w from '../common/widget.module.css';
import { Timeline } from './Timeline.tsx';

function rangeError(field: SimulationField): string {
  const { min, max } = simulationLimits[field];
  return translate(
    { id: 'simulator.error.range', message: '{min}부터 {max} 사이의 값을 넣어 주세요.' },
    { min: String(min), max: String(max) },
  );
}

/** Arrivals, idle timeout, init time and concurrency in; a timeline of environments and the cold-start share out. */
export function ColdStartSimulator(): ReactNode {
  const [input, setInput] = useState<SimulationInput>(defaultSimulation);
  const problems = simulationProblems(input);
  const result = useMemo(
    () => (problems.length === 0 ? simulate(input) : null),
    [input, problems.length],
  );
  const set = (field: keyof SimulationInput) => (value: number) =>
    setInput((prev) => ({ ...prev, [field]: value }));
  const err = (field: SimulationField) =>
    problems.includes(field) ? rangeError(field) : undefined;
  const sec = translate({ id: 'unit.seconds', message: '초' });
  const ms = translate({ id: 'unit.ms', message: 'ms' });

  return (
    <section className={clsx('dojo-widget', w.widget)} data-widget="cold-start-simulator">
      <h3>
        <Translate id="simulator.title">콜드 스타트 시뮬레이터</Translate>
      </h3>
      <div className={w.grid}>
        <div className={w.field}>
          <label htmlFor="sim-pattern">
            <Translate id="simulator.pattern">요청 패턴</Translate>
          </label>
          <select
            id="sim-pattern"
            value={input.pattern}
            onChange={(e) => setInput({ ...input, pattern: e.target.value as ArrivalPattern })}
          >
            <option value="steady">
              {translate({ id: 'simulator.pattern.steady', message: '일정한 간격' })}
            </option>
            <option value="random">
              {translate({ id: 'simulator.pattern.random', message: '무작위(평균 속도)' })}
            </option>
            <option value="bursts">
              {translate({ id: 'simulator.pattern.bursts', message: '몰려서 들어옴(버스트)' })}
            </option>
          </select>
        </div>
        {input.pattern === 'bursts' ? (
          <>
            <NumberField
              id="sim-burst-size"
              label={<Translate id="simulator.burstSize">한 번에 들어오는 요청</Translate>}
              value={input.burstSize}
              onChange={set('burstSize')}
              min={1}
              error={err('burstSize')}
            />
            <NumberField
              id="sim-burst-every"
              label={<Translate id="simulator.burstEvery">버스트 간격</Translate>}
              value={input.burstEverySeconds}
              onChange={set('burstEverySeconds')}
              min={1}
              unit={sec}
              error={err('burstEverySeconds')}
            />
          </>
        ) : (
          <NumberField
            id="sim-rate"
            label={<Translate id="simulator.rate">초당 요청 수</Translate>}
            value={input.ratePerSecond}
            onChange={set('ratePerSecond')}
            min={0.01}
            step="any"
            error={err('ratePerSecond')}
          />
        )}
        <NumberField
          id="sim-duration"
          label={<Translate id="simulator.duration">핸들러 실행 시간</Translate>}
          value={input.durationMs}
          onChange={set('durationMs')}
          min={1}
          unit={ms}
          error={err('durationMs')}
        />
        <NumberField
          id="sim-init"
          label={<Translate id="simulator.init">초기화(INIT) 시간</Translate>}
          value={input.initMs}
          onChange={set('initMs')}
          min={0}
          unit={ms}
          error={err('initMs')}
        />
        <NumberField
          id="sim-idle"
          label={<Translate id="simulator.idle">유휴 환경 유지 시간</Translate>}
          value={input.idleTimeoutS}
          onChange={set('idleTimeoutS')}
          min={1}
          unit={sec}
          error={err('idleTimeoutS')}
        />
        <NumberField
          id="sim-concurrency"
          label={<Translate id="simulator.concurrency">동시 실행 할당량</Translate>}
          value={input.concurrency}
          onChange={set('concurrency')}
          min={1}
          error={err('concurrency')}
        />
        <NumberField
          id="sim-span"
          label={<Translate id="simulator.span">시뮬레이션 길이</Translate>}
          value={input.spanS}
          onChange={set('spanS')}
          min={1}
          unit={sec}
          error={err('spanS')}
        />
      </div>
      {result && (
        <>
          <div className={w.summary} aria-live="polite">
            <Stat
              label={<Translate id="simulator.total">전체 요청</Translate>}
              value={result.total}
            />
            <Stat
              label={<Translate id="simulator.cold">콜드 스타트</Translate>}
              value={result.cold}
              testId="cold"
            />
            <Stat
              label={<Translate id="simulator.warm">웜 스타트</Translate>}
              value={result.warm}
            />
            <Stat
              label={<Translate id="simulator.throttled">스로틀링(429)</Translate>}
              value={result.throttled}
            />
            <Stat
              label={<Translate id="simulator.coldShare">콜드 스타트 비율</Translate>}
              value={`${(result.coldShare * 100).toFixed(1)}%`}
              testId="cold-share"
            />
            <Stat
              label={<Translate id="simulator.throttledShare">스로틀링 비율</Translate>}
              value={`${(result.throttledShare * 100).toFixed(1)}%`}
              testId="throttled-share"
            />
            <Stat
              label={<Translate id="simulator.peak">최대 실행 환경 수</Translate>}
              value={result.peakEnvironments}
            />
          </div>
          <Timeline input={input} result={result} />
        </>
      )}
      <p className={w.muted}>
        <Translate id="simulator.disclaimer">
          학습용 모델이에요. 실제 Lambda가 유휴 환경을 얼마나 오래 두는지는 공개되지 않았고
          보장되지도 않아요.
        </Translate>
      </p>
    </section>
  );
}

function Stat({
  label,
  value,
  testId,
}: {
  label: ReactNode;
  value: ReactNode;
  testId?: string;
}): ReactNode {
  return (
    <div className={w.stat} data-stat={testId}>
      <span className={w.statLabel}>{label}</span>
      <span className={w.statValue}>{value}</span>
    </div>
  );
}
