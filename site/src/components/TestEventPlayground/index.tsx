import Translate, { translate } from '@docusaurus/Translate';
import { pricing } from '@lambda-dojo/lambda-facts';
import clsx from 'clsx';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';
import { formatDate } from '../../lib/format.ts';
import {
  defaultMemoryMb,
  defaultTimeoutSeconds,
  granularities,
  maxTimeoutSeconds,
} from '../../lib/playground/billing.ts';
import {
  defaultHandler,
  eventsFor,
  eventText,
  isTestEventName,
  parseEvent,
  type TestEventName,
} from '../../lib/playground/events.ts';
import { imageServiceHandler } from '../../lib/playground/image-service.ts';
import { handlerFileName } from '../../lib/playground/module-format.ts';
import type { PlaygroundRuntimeId } from '../../lib/playground/protocol.ts';
import {
  type InvokeOutcome,
  PlaygroundRuntime,
  type WorkerLike,
} from '../../lib/playground/runtime.ts';
import { NumberField } from '../common/NumberField.tsx';
import w from '../common/widget.module.css';
import { CodeEditor } from './CodeEditor.tsx';
import styles from './styles.module.css';

function createWorker(): WorkerLike {
  return new Worker(new URL('./runtime.worker.ts', import.meta.url)) as unknown as WorkerLike;
}

function eventLabel(name: TestEventName): string {
  switch (name) {
    case 'hello-world':
      return translate({ id: 'playground.event.helloWorld', message: 'Hello World (hello-world)' });
    case 'ping':
      return translate({ id: 'playground.event.ping', message: '핑 (ping)' });
    case 'api-gateway-http':
      return translate({ id: 'playground.event.apiGateway', message: 'API Gateway HTTP API 요청' });
    case 's3-put':
      return translate({ id: 'playground.event.s3Put', message: 'S3 객체 업로드(Put)' });
    case 'get-sample':
      return translate({ id: 'playground.event.getSample', message: '샘플 이미지 (getSample)' });
    case 'get-dimensions':
      return translate({
        id: 'playground.event.getDimensions',
        message: '크기 묻기 (getDimensions)',
      });
    case 'resize':
      return translate({ id: 'playground.event.resize', message: '크기 줄이기 (resize)' });
  }
}

const handlers = { 'hello-world': defaultHandler, 'image-service': imageServiceHandler };
type HandlerName = keyof typeof handlers;
const runtimeIds: PlaygroundRuntimeId[] = ['nodejs24.x', 'nodejs22.x'];

/** A base64 image in a successful response, as a data URL to preview; null otherwise. */
function imageDataUrl(outcome: InvokeOutcome): string | null {
  if (outcome.status !== 'succeeded') return null;
  let value: unknown;
  try {
    value = JSON.parse(outcome.response);
  } catch {
    return null;
  }
  if (typeof value !== 'string') return null;
  const type = value.startsWith('iVBORw0KGgo')
    ? 'image/png'
    : value.startsWith('/9j/')
      ? 'image/jpeg'
      : value.startsWith('UklGR')
        ? 'image/webp'
        : null;
  return type ? `data:${type};base64,${value}` : null;
}

/** What the playground does differently from Lambda, in the page's language. */
function Differences(): ReactNode {
  return (
    <details className={styles.differences} data-result="differences">
      <summary>
        <Translate id="playground.differences.title">Lambda와 다른 점</Translate>
      </summary>
      <ul>
        <li>
          <Translate id="playground.differences.worker">
            핸들러는 Node.js가 아니라 브라우저의 Web Worker에서 돌아요. fs, AWS SDK 같은 Node.js
            모듈과 require는 쓸 수 없어요.
          </Translate>
        </li>
        <li>
          <Translate id="playground.differences.images">
            이미지 서비스는 Lambda에서는 sharp로, 여기서는 브라우저의 이미지 API(createImageBitmap,
            OffscreenCanvas)로 이미지를 읽고 줄여요. 샘플 이미지는 ImageMagick의 장미가 아니라 같은
            70x46 크기로 그린 그림이고, 출력 바이트와 화질은 sharp와 달라요. identify와 convert는
            없어요.
          </Translate>
        </li>
        <li>
          <Translate id="playground.differences.memory">
            브라우저는 워커의 메모리를 제한하거나 잴 수 없어서, 메모리는 기본값으로 고정했고
            REPORT에 Max Memory Used가 없어요. 메모리를 끝없이 쓰는 코드는 메모리 부족이 아니라 제한
            시간 초과로 끝나요.
          </Translate>
        </li>
        <li>
          <Translate id="playground.differences.timing">
            시간은 이 기기에서 잰 값이라 Lambda의 실행 시간과 달라요. 청구 시간은 lambda-facts의
            규칙대로 올림해요.
          </Translate>
        </li>
      </ul>
    </details>
  );
}

function StatusBanner({ outcome }: { outcome: InvokeOutcome }): ReactNode {
  const text =
    outcome.status === 'succeeded'
      ? translate({ id: 'playground.status.succeeded', message: '실행 결과: 성공' })
      : outcome.status === 'timeout'
        ? translate({
            id: 'playground.status.timeout',
            message: '실행 결과: 실패 (제한 시간 초과)',
          })
        : translate({ id: 'playground.status.failed', message: '실행 결과: 실패 (오류)' });
  return (
    <div
      role="status"
      data-status={outcome.status}
      className={clsx(styles.banner, outcome.status === 'succeeded' ? styles.ok : styles.bad)}
    >
      {text}
    </div>
  );
}

/** A console-like "Test" tab: edit a handler and an event, press Test, read the response and logs. */
export function TestEventPlayground({
  initialEvent = 'hello-world',
  handler = 'hello-world',
}: {
  initialEvent?: string;
  /** The code the editor starts with: the console's Hello World, or the course's image service. */
  handler?: HandlerName;
}): ReactNode {
  const start: TestEventName = isTestEventName(initialEvent) ? initialEvent : 'hello-world';
  const [code, setCode] = useState(() => handlers[handler] ?? defaultHandler);
  const [runtimeId, setRuntimeId] = useState<PlaygroundRuntimeId>('nodejs24.x');
  const [eventName, setEventName] = useState<TestEventName>(start);
  const [event, setEvent] = useState(() => eventText(start));
  const [timeoutS, setTimeoutS] = useState(defaultTimeoutSeconds());
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<InvokeOutcome | null>(null);
  const [eventError, setEventError] = useState<string | null>(null);
  const runtime = useRef<PlaygroundRuntime | null>(null);
  const locale = useLocale();

  useEffect(() => () => runtime.current?.reset(), []);
  if (!Object.hasOwn(handlers, handler)) {
    throw new Error(
      `<TestEventPlayground handler="${handler}" />: expected one of ${Object.keys(handlers).join(', ')}`,
    );
  }
  const templates: readonly TestEventName[] = eventsFor[handler];
  if (!isTestEventName(initialEvent) || !templates.includes(initialEvent)) {
    throw new Error(
      `<TestEventPlayground initialEvent="${initialEvent}" />: expected one of ${templates.join(', ')}`,
    );
  }

  const timeoutOk = Number.isFinite(timeoutS) && timeoutS >= 1 && timeoutS <= maxTimeoutSeconds();
  const { legacy } = granularities();

  async function test(): Promise<void> {
    const parsed = parseEvent(event);
    if (!parsed.ok) {
      // The previous run's banner and result would read as this event's: clear them.
      setOutcome(null);
      setEventError(parsed.message);
      return;
    }
    setEventError(null);
    runtime.current ??= new PlaygroundRuntime(createWorker);
    setRunning(true);
    try {
      setOutcome(
        await runtime.current.invoke({
          code,
          event: parsed.event,
          timeoutMs: Math.round(timeoutS * 1000),
          memoryMb: defaultMemoryMb(),
          runtime: runtimeId,
        }),
      );
    } finally {
      setRunning(false);
    }
  }

  return (
    <section className={clsx('dojo-widget', w.widget)} data-widget="test-event-playground">
      <h3>
        <Translate id="playground.title">테스트 이벤트 놀이터</Translate>
      </h3>
      <div className={styles.editors}>
        <div className={w.field}>
          {/* The editor's text box is CodeMirror's contenteditable, named by aria-labelledby. */}
          <span id="playground-code-label" className={styles.label}>
            <Translate id="playground.code" values={{ file: handlerFileName(code) }}>
              {'함수 코드 ({file})'}
            </Translate>
          </span>
          <CodeEditor
            initialCode={handlers[handler] ?? defaultHandler}
            labelledBy="playground-code-label"
            describedBy="playground-code-hint"
            onChange={setCode}
          />
          <span id="playground-code-hint" className={w.muted}>
            <Translate id="playground.codeHint">
              코드를 바꾸면 다음 테스트는 새 실행 환경에서 시작해요(콜드 스타트).
            </Translate>{' '}
            <Translate id="playground.codeKeys">
              Tab 키는 다음 칸으로 넘어가요. 들여쓰기는 Ctrl+], 내어쓰기는 Ctrl+[예요(Mac은 ⌘).
            </Translate>
          </span>
        </div>
        <div className={w.field}>
          <label htmlFor="playground-template">
            <Translate id="playground.template">테스트 이벤트 템플릿</Translate>
          </label>
          <select
            id="playground-template"
            value={eventName}
            onChange={(e) => {
              const name = e.target.value as TestEventName;
              setEventName(name);
              setEvent(eventText(name));
              setEventError(null);
            }}
          >
            {templates.map((name) => (
              <option key={name} value={name}>
                {eventLabel(name)}
              </option>
            ))}
          </select>
          <label htmlFor="playground-event">
            <Translate id="playground.event">이벤트 JSON</Translate>
          </label>
          <textarea
            id="playground-event"
            className={styles.code}
            spellCheck={false}
            value={event}
            rows={8}
            aria-invalid={eventError ? true : undefined}
            onChange={(e) => setEvent(e.target.value)}
          />
          {eventError && (
            <div role="alert" className={w.error} data-error="event">
              <Translate id="playground.eventError" values={{ message: eventError }}>
                {'이벤트가 올바른 JSON이 아니에요: {message}'}
              </Translate>
            </div>
          )}
        </div>
      </div>
      <div className={styles.toolbar}>
        <NumberField
          id="playground-timeout"
          label={<Translate id="playground.timeout">제한 시간</Translate>}
          value={timeoutS}
          onChange={setTimeoutS}
          min={1}
          max={maxTimeoutSeconds()}
          unit={translate({ id: 'unit.seconds', message: '초' })}
          error={
            timeoutOk
              ? undefined
              : translate(
                  { id: 'playground.timeoutError', message: '1부터 {max}초 사이로 정해 주세요.' },
                  { max: String(maxTimeoutSeconds()) },
                )
          }
        />
        <div className={w.field}>
          <label htmlFor="playground-runtime">
            <Translate id="playground.runtime">런타임</Translate>
          </label>
          <select
            id="playground-runtime"
            value={runtimeId}
            onChange={(e) => setRuntimeId(e.target.value as PlaygroundRuntimeId)}
          >
            {runtimeIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.buttons}>
          <button
            type="button"
            className="button button--primary"
            disabled={running || !timeoutOk}
            onClick={() => void test()}
          >
            {running ? (
              <Translate id="playground.running">실행 중…</Translate>
            ) : (
              <Translate id="playground.test">테스트</Translate>
            )}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={running}
            onClick={() => {
              runtime.current?.reset();
              setOutcome(null);
            }}
          >
            <Translate id="playground.reset">실행 환경 초기화</Translate>
          </button>
        </div>
      </div>

      {outcome && (
        <div className={styles.result} aria-live="polite" data-result="outcome">
          <StatusBanner outcome={outcome} />
          <h4>
            <Translate id="playground.response">응답</Translate>
          </h4>
          <pre
            className={styles.pre}
            data-result="response"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls takes focus, as Docusaurus code blocks do, so keyboards can scroll it
            tabIndex={0}
          >
            {outcome.response}
          </pre>
          {imageDataUrl(outcome) && (
            <img
              className={styles.preview}
              src={imageDataUrl(outcome) ?? undefined}
              alt={translate({ id: 'playground.preview', message: '응답의 base64 이미지' })}
              data-result="image"
            />
          )}
          <h4>
            <Translate id="playground.summary">요약</Translate>
          </h4>
          <dl className={styles.summary}>
            <dt>Request ID</dt>
            <dd data-result="request-id">{outcome.requestId}</dd>
            <dt>
              <Translate id="playground.duration">실행 시간(Duration)</Translate>
            </dt>
            <dd data-result="duration">{outcome.durationMs.toFixed(2)} ms</dd>
            {outcome.initMs !== undefined && (
              <>
                <dt>
                  <Translate id="playground.initDuration">초기화 시간(Init duration)</Translate>
                </dt>
                <dd data-result="init-duration">{outcome.initMs.toFixed(2)} ms</dd>
              </>
            )}
            <dt>
              <Translate id="playground.billed">청구 시간(Billed duration, 1ms 단위)</Translate>
            </dt>
            <dd data-result="billed">{outcome.billedMs} ms</dd>
            <dt>
              <Translate id="playground.billedLegacy" values={{ step: String(legacy) }}>
                {'예전 방식의 청구 시간({step}ms 단위, 2018년)'}
              </Translate>
            </dt>
            <dd data-result="billed-legacy">{outcome.billedLegacyMs} ms</dd>
          </dl>
          {outcome.initMs !== undefined && (
            <p className={w.muted} data-result="init-billing-note">
              <Translate
                id="playground.initBilled"
                values={{ date: formatDate(pricing.billing.initBilledSince.value, locale) }}
              >
                {'{date}부터는 콜드 스타트의 INIT 시간도 청구 시간에 들어가요.'}
              </Translate>
            </p>
          )}
          <h4>
            <Translate id="playground.logs">로그 출력</Translate>
          </h4>
          <pre
            className={clsx(styles.pre, styles.logs)}
            data-result="logs"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls takes focus, as Docusaurus code blocks do, so keyboards can scroll it
            tabIndex={0}
          >
            {outcome.logs.join('\n')}
          </pre>
        </div>
      )}
      <Differences />
    </section>
  );
}
