import Translate, { translate } from '@docusaurus/Translate';
import { type Architecture, pricing, slides2018 } from '@lambda-dojo/lambda-facts';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { type Decimal, isZero, sub, toFixed, toPlainString } from '../../lib/decimal.ts';
import { groupDigits } from '../../lib/format.ts';
import {
  currentRateCard,
  monthlyCost,
  rateCard2018,
  validateWorkload,
  type Workload,
  type WorkloadField,
  workloadLimits,
} from '../../lib/pricing.ts';
import { NumberField } from '../common/NumberField.tsx';
import w from '../common/widget.module.css';
import styles from './styles.module.css';

const usd = (d: Decimal, digits = 2) => `$${groupDigits(toFixed(d, digits))}`;
const exactUsd = (d: Decimal) => `$${groupDigits(toPlainString(d))}`;

function presetWorkload(preset?: string): Workload {
  if (preset === 'slides-2018') return { ...slides2018.pricingExample.workload, ephemeralMb: 512 };
  if (preset !== undefined) {
    throw new Error(
      `<PricingCalculator preset="${preset}" />: expected preset="slides-2018" or no preset`,
    );
  }
  return { memoryMb: 128, invocations: 1_000_000, durationMs: 100, ephemeralMb: 512 };
}

/** Monthly Lambda cost from memory, requests and duration, with today's rates from lambda-facts. */
export function PricingCalculator({ preset }: { preset?: string }): ReactNode {
  const [workload, setWorkload] = useState<Workload>(() => presetWorkload(preset));
  const [architecture, setArchitecture] = useState<Architecture>('x86_64');
  const [freeTier, setFreeTier] = useState(true);
  const problems = validateWorkload(workload);
  const limits = workloadLimits();
  const set = (field: WorkloadField) => (value: number) =>
    setWorkload((prev) => ({ ...prev, [field]: value }));
  const error = (field: WorkloadField) =>
    problems.some((p) => p.field === field)
      ? translate(
          { id: 'pricing.error.range', message: '{min}부터 {max} 사이의 정수를 넣어 주세요.' },
          {
            min: groupDigits(String(limits[field].min)),
            max: groupDigits(String(limits[field].max)),
          },
        )
      : undefined;

  const ok = problems.length === 0;
  const now = ok ? monthlyCost(workload, currentRateCard(architecture), { freeTier }) : null;
  const then =
    ok && architecture === 'x86_64' ? monthlyCost(workload, rateCard2018(), { freeTier }) : null;

  return (
    <section className={clsx('dojo-widget', w.widget)} data-widget="pricing-calculator">
      <h3>
        <Translate id="pricing.title">Lambda 요금 계산기</Translate>
      </h3>
      <div className={w.grid}>
        <NumberField
          id="pricing-memory"
          label={<Translate id="pricing.memory">메모리</Translate>}
          value={workload.memoryMb}
          onChange={set('memoryMb')}
          min={limits.memoryMb.min}
          max={limits.memoryMb.max}
          unit="MB"
          error={error('memoryMb')}
        />
        <NumberField
          id="pricing-invocations"
          label={<Translate id="pricing.invocations">월 호출 수</Translate>}
          value={workload.invocations}
          onChange={set('invocations')}
          min={0}
          unit={
            Number.isFinite(workload.invocations)
              ? translate(
                  { id: 'pricing.invocationsUnit', message: '{n}건' },
                  { n: groupDigits(String(workload.invocations)) },
                )
              : undefined
          }
          error={error('invocations')}
        />
        <NumberField
          id="pricing-duration"
          label={<Translate id="pricing.duration">평균 실행 시간</Translate>}
          value={workload.durationMs}
          onChange={set('durationMs')}
          min={1}
          unit="ms"
          error={error('durationMs')}
        />
        <NumberField
          id="pricing-ephemeral"
          label={<Translate id="pricing.ephemeral">임시 스토리지(/tmp)</Translate>}
          value={workload.ephemeralMb ?? 512}
          onChange={set('ephemeralMb')}
          min={limits.ephemeralMb.min}
          max={limits.ephemeralMb.max}
          unit="MB"
          error={error('ephemeralMb')}
        />
        <div className={w.field}>
          <label htmlFor="pricing-arch">
            <Translate id="pricing.architecture">아키텍처</Translate>
          </label>
          <select
            id="pricing-arch"
            value={architecture}
            onChange={(e) => setArchitecture(e.target.value as Architecture)}
          >
            <option value="x86_64">x86_64</option>
            <option value="arm64">arm64 (Graviton)</option>
          </select>
        </div>
        <div className={clsx(w.field, styles.checkbox)}>
          <label>
            <input
              type="checkbox"
              checked={freeTier}
              onChange={(e) => setFreeTier(e.target.checked)}
            />{' '}
            <Translate id="pricing.freeTier">프리 티어 적용</Translate>
          </label>
        </div>
      </div>

      {now && (
        <div aria-live="polite">
          <table className={styles.table}>
            <tbody>
              <tr>
                <th scope="row">
                  <Translate id="pricing.billedDuration">청구 실행 시간(1회)</Translate>
                </th>
                <td data-result="billed-duration">
                  {groupDigits(String(now.billedDurationMs))} ms
                </td>
              </tr>
              <tr>
                <th scope="row">
                  <Translate id="pricing.gbSeconds">총 GB-초</Translate>
                </th>
                <td data-result="gb-seconds">{groupDigits(toPlainString(now.gbSeconds))}</td>
              </tr>
              {freeTier && !isZero(sub(now.gbSeconds, now.billableGbSeconds)) && (
                <>
                  <tr data-result="free-tier-row">
                    <th scope="row">
                      <Translate
                        id="pricing.freeTierDeduction"
                        values={{
                          gbs: groupDigits(String(pricing.freeTier.gbSeconds.value)),
                          n: groupDigits(String(pricing.freeTier.requests.value)),
                        }}
                      >
                        {'무료 사용량 차감 (매달 {gbs} GB-초와 요청 {n}건까지 무료)'}
                      </Translate>
                    </th>
                    <td data-result="free-gb-seconds">
                      −{groupDigits(toPlainString(sub(now.gbSeconds, now.billableGbSeconds)))}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">
                      <Translate id="pricing.billableGbSeconds">요금을 내는 GB-초</Translate>
                    </th>
                    <td data-result="billable-gb-seconds">
                      {groupDigits(toPlainString(now.billableGbSeconds))}
                    </td>
                  </tr>
                </>
              )}
              <tr>
                <th scope="row">
                  <Translate
                    id="pricing.requestCharge"
                    values={{
                      n: groupDigits(String(now.billableRequests)),
                      price: `$${pricing.requests.perMillion.value}`,
                    }}
                  >
                    {'요청 요금 ({n}건 × 100만 건당 {price})'}
                  </Translate>
                </th>
                <td data-result="requests">{usd(now.requestsUsd)}</td>
              </tr>
              {now.tiers.length === 0 && (
                <tr>
                  <th scope="row">
                    <Translate id="pricing.computeCharge">컴퓨팅 요금</Translate>
                  </th>
                  <td data-result="compute">{usd(now.computeUsd)}</td>
                </tr>
              )}
              {now.tiers.map((tier) => (
                <tr key={tier.pricePerGbSecond}>
                  <th scope="row">
                    <Translate
                      id="pricing.tierCharge"
                      values={{
                        gbs: groupDigits(toPlainString(tier.gbSeconds)),
                        price: `$${tier.pricePerGbSecond}`,
                      }}
                    >
                      {'컴퓨팅 요금 ({gbs} GB-초 × {price})'}
                    </Translate>
                  </th>
                  <td data-result="compute">{usd(tier.usd)}</td>
                </tr>
              ))}
              {!now.ephemeralUsd.units ? null : (
                <tr>
                  <th scope="row">
                    <Translate id="pricing.ephemeralCharge">임시 스토리지 요금</Translate>
                  </th>
                  <td data-result="ephemeral">{usd(now.ephemeralUsd)}</td>
                </tr>
              )}
              <tr className={styles.total}>
                <th scope="row">
                  <Translate id="pricing.total">월 합계</Translate>
                </th>
                <td data-result="total" title={exactUsd(now.totalUsd)}>
                  {usd(now.totalUsd)}
                </td>
              </tr>
            </tbody>
          </table>
          <p className={w.muted}>
            <Translate id="pricing.exact" values={{ exact: exactUsd(now.totalUsd) }}>
              {'반올림하기 전 정확한 값은 {exact}예요.'}
            </Translate>{' '}
            <Translate id="pricing.region" values={{ region: pricing.region.value }}>
              {'{region} 리전의 온디맨드 요금 기준이에요.'}
            </Translate>
          </p>
          {then && (
            <p data-result="then">
              <Translate
                id="pricing.then"
                values={{
                  granularity: String(rateCard2018().granularityMs),
                  price: `$${rateCard2018().tiers[0]?.pricePerGbSecond ?? ''}`,
                  billed: groupDigits(String(then.billedDurationMs)),
                  total: usd(then.totalUsd),
                }}
              >
                {
                  '2018년 방식({granularity}ms 단위 올림, GB-초당 {price})이라면 1회 청구 시간은 {billed} ms, 월 합계는 {total}이에요.'
                }
              </Translate>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
