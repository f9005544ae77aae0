import { translate } from '@docusaurus/Translate';
import { type ReactNode, useId } from 'react';
import styles from './styles.module.css';

/**
 * Our own drawings of the console screens the 2018 slides photographed (not AWS screenshots).
 * Hand-made SVG: the console's English labels inside, a title and a description in the page's
 * language for screen readers, and a caption below. 360 units wide, so 1:1 on a phone.
 */
export type Screen = 'create-function' | 'test-event' | 'execution-result';

const W = 360;
const PAD = 14;

type Item =
  | { kind: 'heading'; text: string; tone?: 'ok' }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'choice'; options: string[]; selected: number }
  | { kind: 'code'; lines: string[] }
  | { kind: 'pairs'; rows: [string, string][] }
  | { kind: 'buttons'; labels: string[] };

const screens: Record<Screen, { path: string; items: Item[] }> = {
  'create-function': {
    path: 'Lambda › Functions › Create function',
    items: [
      {
        kind: 'choice',
        options: ['Author from scratch', 'Use a blueprint', 'Container image'],
        selected: 0,
      },
      { kind: 'field', label: 'Function name', value: 'hello-dojo' },
      { kind: 'field', label: 'Runtime', value: 'Node.js 24.x  ▾' },
      { kind: 'choice', options: ['x86_64', 'arm64'], selected: 1 },
      { kind: 'field', label: 'Execution role', value: 'New role with basic Lambda permissions' },
      { kind: 'buttons', labels: ['Create function'] },
    ],
  },
  'test-event': {
    path: 'Lambda › hello-dojo › Test',
    items: [
      { kind: 'choice', options: ['Create new event', 'Edit saved event'], selected: 0 },
      { kind: 'field', label: 'Event name', value: 'sample1' },
      { kind: 'field', label: 'Template', value: 'Hello World  ▾' },
      {
        kind: 'code',
        lines: ['{', '  "key1": "value1",', '  "key2": "value2",', '  "key3": "value3"', '}'],
      },
      { kind: 'buttons', labels: ['Save', 'Test'] },
    ],
  },
  'execution-result': {
    path: 'Lambda › hello-dojo › Test',
    items: [
      { kind: 'heading', text: 'Execution result: succeeded', tone: 'ok' },
      {
        kind: 'code',
        lines: ['{', '  "statusCode": 200,', '  "body": "\\"Hello from Lambda!\\""', '}'],
      },
      {
        kind: 'pairs',
        rows: [
          ['Duration', '0.33 ms'],
          ['Billed duration', '100 ms'],
          ['Resources configured', '128 MB'],
          ['Max memory used', '21 MB'],
          ['Request ID', 'e581f9ac-fc94-11e8-…'],
        ],
      },
      {
        kind: 'code',
        lines: [
          'REPORT RequestId: e581f9ac-…',
          'Duration: 0.33 ms  Billed Duration: 100 ms',
          'Memory Size: 128 MB  Max Memory Used: 21 MB',
        ],
      },
    ],
  },
};

const texts: Record<Screen, () => { title: string; desc: string; caption: string }> = {
  'create-function': () => ({
    title: translate({
      id: 'consoleSketch.create.title',
      message: '콘솔의 함수 만들기 화면(그림)',
    }),
    desc: translate({
      id: 'consoleSketch.create.desc',
      message:
        'Create function 화면이에요. Author from scratch가 골라져 있고, Function name에 hello-dojo, Runtime에 Node.js 24.x, Architecture에 arm64, Execution role에 기본 Lambda 권한으로 새 역할 만들기가 들어 있어요. 맨 아래에 Create function 버튼이 있어요.',
    }),
    caption: translate({
      id: 'consoleSketch.create.caption',
      message:
        '함수 만들기: 처음부터 작성, 이름, 런타임, 아키텍처, 실행 역할(이 코스가 그린 그림이에요)',
    }),
  }),
  'test-event': () => ({
    title: translate({
      id: 'consoleSketch.test.title',
      message: '콘솔의 테스트 이벤트 설정 화면(그림)',
    }),
    desc: translate({
      id: 'consoleSketch.test.desc',
      message:
        'Test 탭에서 Create new event가 골라져 있고, Event name은 sample1, Template은 Hello World예요. 아래 상자에 key1, key2, key3에 value1, value2, value3이 든 JSON이 있고, Save와 Test 버튼이 있어요.',
    }),
    caption: translate({
      id: 'consoleSketch.test.caption',
      message: '테스트 이벤트 설정: 이름과 Hello World 템플릿의 JSON(이 코스가 그린 그림이에요)',
    }),
  }),
  'execution-result': () => ({
    title: translate({ id: 'consoleSketch.result.title', message: '콘솔의 실행 결과 화면(그림)' }),
    desc: translate({
      id: 'consoleSketch.result.desc',
      message:
        'Execution result: succeeded 아래에 statusCode 200과 body가 든 응답이 있어요. 요약에는 Duration 0.33 ms, Billed duration 100 ms, Resources configured 128 MB, Max memory used 21 MB, Request ID가 있고, 로그의 REPORT 줄에도 같은 값이 Duration, Billed Duration, Memory Size, Max Memory Used로 나와요.',
    }),
    caption: translate({
      id: 'consoleSketch.result.caption',
      message:
        '실행 결과: 응답, 요약, 그리고 같은 값을 담은 REPORT 줄(2018년 슬라이드의 값, 이 코스가 그린 그림이에요)',
    }),
  }),
};

const LINE = 18;

function itemHeight(item: Item): number {
  switch (item.kind) {
    case 'heading':
      return 28;
    case 'field':
      return 50;
    case 'choice':
      return 14 + item.options.length * 20;
    case 'code':
      return 14 + item.lines.length * LINE;
    case 'pairs':
      return 10 + item.rows.length * 22;
    case 'buttons':
      return 44;
  }
}

function renderItem(item: Item, y: number): ReactNode {
  const inner = W - 2 * PAD;
  switch (item.kind) {
    case 'heading':
      return (
        <text x={PAD} y={y + 19} className={item.tone === 'ok' ? styles.ok : styles.heading}>
          {item.text}
        </text>
      );
    case 'field':
      return (
        <g>
          <text x={PAD} y={y + 14} className={styles.label}>
            {item.label}
          </text>
          <rect x={PAD} y={y + 20} width={inner} height={24} rx={3} className={styles.input} />
          <text x={PAD + 8} y={y + 37} className={styles.value}>
            {item.value}
          </text>
        </g>
      );
    case 'choice':
      return (
        <g>
          {item.options.map((option, i) => (
            <g key={option}>
              <circle cx={PAD + 7} cy={y + 14 + i * 20} r={6} className={styles.radio} />
              {i === item.selected && (
                <circle cx={PAD + 7} cy={y + 14 + i * 20} r={3} className={styles.dot} />
              )}
              <text x={PAD + 20} y={y + 19 + i * 20} className={styles.value}>
                {option}
              </text>
            </g>
          ))}
        </g>
      );
    case 'code':
      return (
        <g>
          <rect
            x={PAD}
            y={y + 4}
            width={inner}
            height={item.lines.length * LINE + 8}
            rx={3}
            className={styles.code}
          />
          {item.lines.map((line, i) => (
            <text key={line} x={PAD + 8} y={y + 20 + i * LINE} className={styles.mono}>
              {line}
            </text>
          ))}
        </g>
      );
    case 'pairs':
      return (
        <g>
          {item.rows.map(([k, v], i) => (
            <g key={k}>
              <text x={PAD} y={y + 20 + i * 22} className={styles.label}>
                {k}
              </text>
              <text x={W - PAD} y={y + 20 + i * 22} textAnchor="end" className={styles.value}>
                {v}
              </text>
            </g>
          ))}
        </g>
      );
    case 'buttons': {
      let x = W - PAD;
      return (
        <g>
          {[...item.labels].reverse().map((label) => {
            const w = label.length * 8 + 24;
            x -= w;
            const left = x;
            x -= 8;
            return (
              <g key={label}>
                <rect x={left} y={y + 10} width={w} height={26} rx={13} className={styles.button} />
                <text x={left + w / 2} y={y + 27} textAnchor="middle" className={styles.buttonText}>
                  {label}
                </text>
              </g>
            );
          })}
        </g>
      );
    }
  }
}

/** One console screen, drawn: `<ConsoleSketch screen="create-function" />`. */
export function ConsoleSketch({ screen }: { screen: Screen }): ReactNode {
  const id = useId();
  const spec = screens[screen];
  if (!spec)
    throw new Error(
      `<ConsoleSketch screen="${screen}" />: expected one of ${Object.keys(screens).join(', ')}`,
    );
  const { title, desc, caption } = texts[screen]();
  const top = 40;
  let y = top;
  const placed = spec.items.map((item) => {
    const at = y;
    y += itemHeight(item) + 6;
    return { item, at };
  });
  const height = y + PAD;
  return (
    <figure className={styles.figure} data-console-sketch={screen}>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        className={styles.svg}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        <rect x={0.5} y={0.5} width={W - 1} height={height - 1} rx={8} className={styles.frame} />
        <rect x={0.5} y={0.5} width={W - 1} height={28} rx={8} className={styles.bar} />
        <circle cx={14} cy={14} r={4} className={styles.light} />
        <circle cx={27} cy={14} r={4} className={styles.light} />
        <circle cx={40} cy={14} r={4} className={styles.light} />
        <text x={54} y={18} className={styles.path}>
          {spec.path}
        </text>
        {placed.map(({ item, at }) => (
          <g key={`${item.kind}-${at}`}>{renderItem(item, at)}</g>
        ))}
      </svg>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}
