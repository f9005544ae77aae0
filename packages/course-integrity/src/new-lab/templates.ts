/**
 * The files `npm run new-lab` writes: a small lab that works end to end (a greeting handler, two
 * checks, five wrong solutions), in the house shape, for the author to reshape into theirs.
 */

/** Where lab checks import the check kit from: change it here and every new lab follows. */
const CHECK_KIT = '@lambda-dojo/check-kit';
/** The manifest schema (the course model's), from a lab folder. */
const MANIFEST_SCHEMA = '../../packages/course/lab.schema.json';

export interface NewLab {
  /** `lab-8` */
  id: string;
  number: number;
  /** `step-functions` */
  slug: string;
  /** `lab-8-step-functions` */
  folder: string;
  title: { ko: string; en: string };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function manifest(lab: NewLab): string {
  return json({
    $schema: MANIFEST_SCHEMA,
    version: 1,
    id: lab.id,
    slug: lab.slug,
    title: lab.title,
    objectives: {
      ko: ['이벤트의 이름으로 인사하고, 이름이 없으면 기본 인사말로 응답하는 핸들러를 작성한다'],
      en: ['Write a handler that greets the name in the event, or answers a default greeting'],
    },
    minutes: 15,
    points: 100,
    instructions: { ko: 'README.ko.md', en: 'README.md' },
    files: { edit: ['src/handler.ts'], checks: ['checks/handler.check.ts'] },
    targets: ['mock'],
  });
}

export function packageJson(lab: NewLab, role: 'lab' | 'solution'): string {
  const name = role === 'lab' ? lab.folder : `solution-${lab.folder}`;
  return json({
    name: `@lambda-dojo/${name}`,
    version: '1.0.0',
    private: true,
    type: 'module',
    scripts: { typecheck: 'tsc -p tsconfig.json' },
    dependencies: { [CHECK_KIT]: '*' },
    devDependencies: { '@types/aws-lambda': '^8.10.164' },
  });
}

/** `@lab/*` is the learner's `src/` in the lab, the reference `src/` in the solution. */
export function tsconfig(lab: NewLab, role: 'lab' | 'solution'): string {
  const include = role === 'lab' ? ['src', 'checks'] : ['src', `../../labs/${lab.folder}/checks`];
  return json({
    extends: '../../tsconfig.base.json',
    compilerOptions: { paths: { '@lab/*': ['./src/*'] } },
    include,
  });
}

const handlerTypes = `import type { Context } from 'aws-lambda';

/** The test event, optionally with a \`name\`. */
export interface GreetingEvent {
  name?: unknown;
  [key: string]: unknown;
}

export interface GreetingResponse {
  statusCode: number;
  body: string;
}
`;

export const starterHandler = `${handlerTypes}
// TODO: answer with statusCode 200 and, as the body, the greeting encoded as JSON
//       (JSON.stringify): "Hello, <name>!" when the event carries a non-empty \`name\`
//       string (trim the spaces around it), otherwise "Hello from Lambda!".
export const handler = async (
  _event: GreetingEvent,
  _context?: Context,
): Promise<GreetingResponse> => {
  return { statusCode: 501, body: JSON.stringify('Not implemented yet') };
};
`;

export const solutionHandler = `${handlerTypes}
export const handler = async (
  event: GreetingEvent,
  _context?: Context,
): Promise<GreetingResponse> => {
  // Solution: only a non-empty string counts as a name; anything else gets the default.
  const name = typeof event.name === 'string' ? event.name.trim() : '';
  const greeting = name ? \`Hello, \${name}!\` : 'Hello from Lambda!';
  // Solution: the body is a string; JSON.stringify makes it valid JSON.
  return { statusCode: 200, body: JSON.stringify(greeting) };
};
`;

export function checkFile(lab: NewLab): string {
  return `import { handler } from '@lab/handler.ts';
import { check, handlerInvoker, task } from '${CHECK_KIT}';
import { expect } from 'vitest';

/** Invokes the handler as the nodejs24.x runtime does: (event, context), no callback. */
const invoke = await handlerInvoker({ entry: 'handler.ts', handler, name: '${lab.slug}' });

/** The greeting in the body of a successful invocation. */
async function greetingFor(event: Record<string, unknown>) {
  const { result, error } = await invoke(event);
  if (error) throw new Error(\`the handler failed: \${error.errorType}: \${error.errorMessage}\`);
  const response = result as { statusCode: number; body: string };
  expect(response.statusCode, 'statusCode').toBe(200);
  return JSON.parse(response.body);
}

task({ ko: '과제 1: 인사하기', en: 'Task 1: greet' }, () => {
  check(
    'default-greeting',
    {
      title: {
        ko: '이름이 없는 이벤트에 statusCode 200과 "Hello from Lambda!"로 응답한다',
        en: 'answers an event without a name with statusCode 200 and "Hello from Lambda!"',
      },
      points: 40,
      hints: {
        ko: [
          '응답은 { statusCode: 200, body: ... } 모양이에요. 지금은 501을 돌려주고 있어요.',
          'body에는 문자열을 그대로 넣지 말고 JSON.stringify("Hello from Lambda!")를 넣으세요.',
        ],
        en: [
          'The response has the shape { statusCode: 200, body: ... }. It answers 501 for now.',
          'Put JSON.stringify("Hello from Lambda!") in body, not the bare text.',
        ],
      },
    },
    async () => {
      const { result } = await invoke({});
      expect(result).toEqual({ statusCode: 200, body: JSON.stringify('Hello from Lambda!') });
    },
  );

  check(
    'greets-by-name',
    {
      title: {
        ko: '이벤트에 name이 있으면 "Hello, <name>!"으로 인사한다',
        en: 'greets "Hello, <name>!" when the event carries a name',
      },
      points: 60,
      hints: {
        ko: [
          'event.name이 비어 있지 않은 문자열인지 확인하고, 그렇다면 인사말을 바꾸세요.',
          '앞뒤 공백은 trim()으로 지우고, 빈 문자열이나 문자열이 아닌 값(숫자, null)은 이름이 없는 것으로 봐요. 예: { name: "  지호 " } → "Hello, 지호!"',
        ],
        en: [
          'Check whether event.name is a non-empty string and, if so, change the greeting.',
          'Trim the spaces around it; treat an empty string or a non-string (a number, null) as no name. Example: { name: "  Jiho " } → "Hello, Jiho!"',
        ],
      },
    },
    async () => {
      expect(await greetingFor({ name: 'Jiho' })).toBe('Hello, Jiho!');
      expect(await greetingFor({ name: '  지호 ' })).toBe('Hello, 지호!');
      expect(await greetingFor({ name: '' }), 'an empty name').toBe('Hello from Lambda!');
      expect(await greetingFor({ name: 42 }), 'a name that is not a string').toBe(
        'Hello from Lambda!',
      );
    },
  );
});
`;
}

export function readme(lab: NewLab, lang: 'ko' | 'en'): string {
  const n = lab.number;
  if (lang === 'ko') {
    return `# 랩 ${n}: ${lab.title.ko}

이벤트에 담긴 이름으로 인사하는 Lambda 핸들러를 만들어요. 이름이 없으면 기본 인사말로 응답해요.

- 예상 시간: 15분 정도
- 수정할 파일: \`src/handler.ts\`
- 채점: \`npm run grade ${lab.id}\` (저장할 때마다 채점: \`npm run grade -- ${lab.id} --watch\`)

## 과제 1: 인사하기

\`src/handler.ts\`의 \`// TODO:\`를 따라 핸들러를 고치세요. 응답은 \`statusCode\` 200이고, \`body\`는 인사말을
\`JSON.stringify\`로 바꾼 문자열이에요.

- 이름이 없는 이벤트 \`{}\`에는 \`"Hello from Lambda!"\`로 응답해요.
- \`{ "name": "  지호 " }\`에는 앞뒤 공백을 지우고 \`"Hello, 지호!"\`로 응답해요.
- 빈 문자열이나 문자열이 아닌 \`name\`은 이름이 없는 것으로 봐요.

## 막혔을 때

- \`npm run grade -- ${lab.id} --hint 2\`를 실행하면 처음 실패한 체크에 대해 더 자세한 힌트를 보여 줘요.
`;
  }
  return `# Lab ${n}: ${lab.title.en}

Write a Lambda handler that greets the name in its event, and answers a default greeting when
there is none.

- Time: about 15 minutes
- File to edit: \`src/handler.ts\`
- Grade: \`npm run grade ${lab.id}\` (watch mode: \`npm run grade -- ${lab.id} --watch\`)

## Task 1: greet

Follow the \`// TODO:\` in \`src/handler.ts\`. The response has \`statusCode\` 200, and its \`body\` is
the greeting encoded with \`JSON.stringify\`.

- An event without a name, \`{}\`, gets \`"Hello from Lambda!"\`.
- \`{ "name": "  Jiho " }\` gets \`"Hello, Jiho!"\`, without the spaces around the name.
- An empty string, or a \`name\` that is not a string, counts as no name.

## If you are stuck

- \`npm run grade -- ${lab.id} --hint 2\` shows more detailed hints for the first failing check.
`;
}

/** Five mistakes a learner makes in the example, for the course's wrong-solution test. */
export function wrongSolutions(exportName: string, labId: string): string {
  return `import { defineFixtures } from './define-fixtures.ts';

export const ${exportName} = defineFixtures('${labId}', { file: 'src/handler.ts' })(({ file }) => [
  {
    id: 'bare-body',
    mistake: {
      en: 'puts the greeting in the body as bare text, not as JSON',
      ko: '인사말을 JSON이 아닌 평문 그대로 body에 넣는다',
    },
    failingCheck: 'default-greeting',
    patch: [{ file, find: 'body: JSON.stringify(greeting)', replace: 'body: greeting' }],
  },
  {
    id: 'created-status',
    mistake: { en: 'answers 201 instead of 200', ko: '200 대신 201로 응답한다' },
    failingCheck: 'default-greeting',
    patch: [{ file, find: 'statusCode: 200', replace: 'statusCode: 201' }],
  },
  {
    id: 'untrimmed-name',
    mistake: {
      en: 'keeps the spaces around the name',
      ko: '이름 앞뒤의 공백을 지우지 않는다',
    },
    failingCheck: 'greets-by-name',
    patch: [{ file, find: 'event.name.trim()', replace: 'event.name' }],
  },
  {
    id: 'greets-empty-name',
    mistake: {
      en: 'greets an empty name as "Hello, !"',
      ko: '빈 이름에도 "Hello, !"로 인사한다',
    },
    failingCheck: 'greets-by-name',
    patch: [{ file, find: 'const greeting = name ?', replace: "const greeting = name !== undefined ?" }],
  },
  {
    id: 'number-as-name',
    mistake: {
      en: 'turns a name that is not a string into text and greets it',
      ko: '문자열이 아닌 name을 문자열로 바꿔서 인사한다',
    },
    failingCheck: 'greets-by-name',
    patch: [
      {
        file,
        find: "typeof event.name === 'string' ? event.name.trim() : ''",
        replace: "String(event.name ?? '').trim()",
      },
    ],
  },
]);
`;
}
