import { join } from 'node:path';
import { ROUTES } from '@lab/http.ts';
import { check, settingsFromEnv, task } from '@lambda-dojo/check-kit';
import {
  asRecord,
  commentFor,
  functionProperty,
  readSamTemplate,
  resourcesOfType,
  type SamTemplate,
} from '@lambda-dojo/check-kit/sam-template';
import { limits, runtimes } from '@lambda-dojo/lambda-facts';
import { expect } from 'vitest';

/** The template next to the code under test: the lab's src/, or the solution's with --solution. */
const TEMPLATE = join(
  settingsFromEnv().srcDir ?? new URL('../src', import.meta.url).pathname,
  'template.yaml',
);

/**
 * How long an HTTP API waits for its integration: 30 s, an API Gateway quota rather than a
 * Lambda limit (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html).
 */
const HTTP_API_INTEGRATION_TIMEOUT_S = 30;

/** The retention periods CloudWatch Logs accepts, in days (AWS::Logs::LogGroup RetentionInDays). */
const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
];

/** The image-processing function: the template must hold exactly one. */
function theFunction(): { template: SamTemplate; id: string; fn: Record<string, unknown> } {
  const template = readSamTemplate(TEMPLATE);
  expect(template.data.Transform, 'Transform').toBe('AWS::Serverless-2016-10-31');
  const functions = resourcesOfType(template, 'AWS::Serverless::Function');
  expect(
    functions.map(([id]) => id),
    'AWS::Serverless::Function resources',
  ).toHaveLength(1);
  const [id, fn] = functions[0] as [string, Record<string, unknown>];
  return { template, id, fn };
}

/** Node.js runtimes whose deprecation date is still ahead, from @lambda-dojo/lambda-facts. */
const currentNodeRuntimes = (): string[] => {
  const today = new Date().toISOString().slice(0, 10);
  return Object.values(runtimes.nodejs)
    .filter((runtime) => runtime.deprecation.value > today)
    .map((runtime) => runtime.id.value);
};

/** Whether an event path such as /{operation} or /{proxy+} serves a route such as /resize. */
const servesPath = (eventPath: unknown, route: string): boolean => {
  if (typeof eventPath !== 'string') return false;
  if (eventPath === '/{proxy+}' || eventPath === route) return true;
  return /^\/\{[A-Za-z0-9_]+\}$/.test(eventPath) && /^\/[^/]+$/.test(route);
};

task(
  {
    ko: '과제 4: SAM 템플릿으로 배포 준비하기',
    en: 'Task 4: get ready to deploy with a SAM template',
  },
  () => {
    check(
      'template-runtime-arm64',
      {
        title: {
          ko: '지원 중인 Node.js 런타임과 arm64 아키텍처를 써요',
          en: 'uses a supported Node.js runtime on the arm64 architecture',
        },
        points: 5,
        hints: {
          ko: [
            '지원이 끝난(deprecated) 런타임으로는 새 함수를 만들 수 없게 돼요. 코스 사이트의 런타임 표(lambda-facts)에서 지원 종료일이 아직 오지 않은 Node.js 런타임을 고르세요.',
            'Runtime: nodejs24.x(또는 nodejs22.x), Architectures: [arm64]로 바꾸세요. sharp는 linux-arm64용 바이너리를 제공하고, Graviton은 GB-초당 값이 더 싸요.',
          ],
          en: [
            "A deprecated runtime soon cannot create or update functions. Pick a Node.js runtime whose deprecation date has not passed, from the course's runtime table (lambda-facts).",
            'Set Runtime: nodejs24.x (or nodejs22.x) and Architectures: [arm64]. sharp ships linux-arm64 binaries, and Graviton costs less per GB-second.',
          ],
        },
      },
      () => {
        const { template, fn } = theFunction();
        const runtime = functionProperty(template, fn, 'Runtime');
        expect(
          currentNodeRuntimes(),
          `Runtime ${JSON.stringify(runtime)} is a supported Node.js runtime`,
        ).toContain(runtime);
        expect(functionProperty(template, fn, 'Architectures'), 'Architectures').toEqual(['arm64']);
      },
    );

    check(
      'template-memory-timeout',
      {
        title: {
          ko: '메모리와 제한 시간을 이미지 처리에 맞게 정하고 주석으로 이유를 적어요',
          en: 'sets memory and timeout for image work and explains both in comments',
        },
        points: 4,
        hints: {
          ko: [
            '기본값 128 MB와 3초는 큰 사진을 디코드하기에 모자라요. image-core는 최대 5천만 화소(RGBA로 약 200 MB)까지 받고, CPU는 메모리에 비례해서 나와요. HTTP API는 통합을 최대 30초까지만 기다려요.',
            'MemorySize는 512 이상(예: 1024), Timeout은 10~30초(예: 29)로 정하고, 각 줄 바로 위나 같은 줄에 # 주석으로 왜 그 값인지 적으세요.',
          ],
          en: [
            'The defaults, 128 MB and 3 s, are too little to decode a large photo. image-core accepts up to 50 megapixels (~200 MB as RGBA), and CPU comes in proportion to memory. An HTTP API waits at most 30 s for its integration.',
            'Set MemorySize to at least 512 (say 1024) and Timeout to 10–30 s (say 29), and explain each value in a # comment on its line or right above it.',
          ],
        },
      },
      () => {
        const { template, fn } = theFunction();
        const memory = functionProperty(template, fn, 'MemorySize');
        expect(typeof memory, 'MemorySize is a number').toBe('number');
        expect(
          memory as number,
          'MemorySize (MB), at least the original 512',
        ).toBeGreaterThanOrEqual(512);
        expect(memory as number, 'MemorySize (MB)').toBeLessThanOrEqual(limits.memory.max.value);
        const timeout = functionProperty(template, fn, 'Timeout');
        expect(typeof timeout, 'Timeout is a number').toBe('number');
        expect(
          timeout as number,
          'Timeout (s): a large image needs more than a few seconds',
        ).toBeGreaterThanOrEqual(10);
        expect(
          timeout as number,
          `Timeout (s): an HTTP API gives up after ${HTTP_API_INTEGRATION_TIMEOUT_S} s`,
        ).toBeLessThanOrEqual(Math.min(HTTP_API_INTEGRATION_TIMEOUT_S, limits.timeout.max.value));
        for (const property of ['MemorySize', 'Timeout']) {
          expect(
            commentFor(template, property).split(/\s+/).filter(Boolean).length,
            `a comment of a few words explains ${property}`,
          ).toBeGreaterThanOrEqual(4);
        }
      },
    );

    check(
      'template-http-api',
      {
        title: {
          ko: 'HTTP API 이벤트가 모든 경로를 함수로 보내고, HTTP API에 없는 BinaryMediaTypes는 쓰지 않아요',
          en: 'an HTTP API event sends every route to the function, without BinaryMediaTypes (which HTTP APIs do not have)',
        },
        points: 4,
        hints: {
          ko: [
            '함수의 Events에 Type: HttpApi 이벤트를 넣으세요. 경로는 ROUTES의 /ping, /resize...를 모두 받아야 해요. REST API(Type: Api)와 달리 HTTP API는 바이너리 미디어 타입 목록이 없어도 텍스트가 아닌 본문을 base64로 넘겨 줘요.',
            'Events: { Images: { Type: HttpApi, Properties: { Path: "/{operation}", Method: ANY } } }처럼 쓰면 돼요. AWS::Serverless::HttpApi에 BinaryMediaTypes를 넣으면 배포가 실패해요.',
          ],
          en: [
            "Add a Type: HttpApi event to the function's Events, on paths that cover every route in ROUTES (/ping, /resize...). Unlike a REST API (Type: Api), an HTTP API needs no list of binary media types: it base64-encodes every body that is not text.",
            'Something like Events: { Images: { Type: HttpApi, Properties: { Path: "/{operation}", Method: ANY } } }. BinaryMediaTypes on an AWS::Serverless::HttpApi makes the deployment fail.',
          ],
        },
      },
      () => {
        const { template, fn } = theFunction();
        const events = Object.values(asRecord(asRecord(fn.Properties).Events)).map(asRecord);
        const httpApis = events.filter((event) => event.Type === 'HttpApi');
        expect(httpApis.length, 'events of Type HttpApi').toBeGreaterThan(0);
        for (const [path, route] of Object.entries(ROUTES)) {
          const served = httpApis.some((event) => {
            const properties = asRecord(event.Properties);
            const method = String(properties.Method ?? 'ANY').toUpperCase();
            const catchAll = properties.Path === undefined;
            return (
              (catchAll || servesPath(properties.Path, path)) &&
              (method === 'ANY' || method === route.method)
            );
          });
          expect(served, `an HttpApi event serves ${route.method} ${path}`).toBe(true);
        }
        for (const [id, api] of resourcesOfType(template, 'AWS::Serverless::HttpApi')) {
          expect(
            asRecord(api.Properties),
            `${id}: HTTP APIs have no BinaryMediaTypes`,
          ).not.toHaveProperty('BinaryMediaTypes');
        }
      },
    );

    check(
      'template-logs-and-least-privilege',
      {
        title: {
          ko: '로그 그룹에 보존 기간을 두고, 함수에 필요 없는 권한을 주지 않아요',
          en: 'keeps logs for a set time and grants the function no permission it does not need',
        },
        points: 5,
        hints: {
          ko: [
            'Lambda가 알아서 만드는 로그 그룹은 로그를 영원히 보관하고 그만큼 비용이 들어요. AWS::Logs::LogGroup을 직접 만들어 RetentionInDays를 정하고 함수와 연결하세요. 그리고 이 함수는 S3도 다른 서비스도 부르지 않아요.',
            'LogGroup 리소스(RetentionInDays: 14)를 만들고 함수의 LoggingConfig.LogGroup: !Ref <그 리소스>로 연결하세요. Policies의 AmazonS3FullAccess는 지우세요. SAM이 만드는 기본 역할이 로그 쓰기 권한을 줘요.',
          ],
          en: [
            'The log group Lambda creates on its own keeps logs forever, and you pay for them. Create an AWS::Logs::LogGroup with RetentionInDays and tie it to the function. And this function calls neither S3 nor any other service.',
            "Add a LogGroup resource (RetentionInDays: 14) and point the function's LoggingConfig.LogGroup at it with !Ref. Delete AmazonS3FullAccess from Policies: SAM's default role already lets the function write its logs.",
          ],
        },
      },
      () => {
        const { template, id, fn } = theFunction();
        const groups = resourcesOfType(template, 'AWS::Logs::LogGroup');
        const functionName = functionProperty(template, fn, 'FunctionName');
        const loggingGroup = asRecord(functionProperty(template, fn, 'LoggingConfig')).LogGroup;
        const tied = groups.filter(([groupId, group]) => {
          const name = asRecord(group.Properties).LogGroupName;
          const sub = asRecord(name)['Fn::Sub'];
          return (
            asRecord(loggingGroup).Ref === groupId ||
            sub === `/aws/lambda/\${${id}}` ||
            (typeof functionName === 'string' && name === `/aws/lambda/${functionName}`)
          );
        });
        expect(
          tied.map(([groupId]) => groupId),
          `a LogGroup tied to the function (LoggingConfig.LogGroup: !Ref ..., or LogGroupName: !Sub "/aws/lambda/\${${id}}")`,
        ).toHaveLength(1);
        const retention = asRecord(
          (tied[0] as [string, Record<string, unknown>])[1].Properties,
        ).RetentionInDays;
        expect(
          RETENTION_DAYS,
          `RetentionInDays ${JSON.stringify(retention)} is a value CloudWatch accepts`,
        ).toContain(retention);

        expect(
          functionProperty(template, fn, 'Role'),
          'no Role of your own: let SAM make a minimal one',
        ).toBeUndefined();
        const policies = functionProperty(template, fn, 'Policies');
        const list = policies === undefined ? [] : Array.isArray(policies) ? policies : [policies];
        for (const policy of list) {
          if (typeof policy === 'string') {
            expect(policy, 'a managed policy: only AWSLambdaBasicExecutionRole').toBe(
              'AWSLambdaBasicExecutionRole',
            );
            continue;
          }
          const statements = asRecord(policy).Statement;
          expect(
            Array.isArray(statements),
            `a policy with statements, not ${JSON.stringify(policy).slice(0, 60)}`,
          ).toBe(true);
          for (const statement of statements as unknown[]) {
            const actions = [asRecord(statement).Action].flat();
            const resources = [asRecord(statement).Resource].flat();
            for (const action of actions) {
              expect(String(action), 'an action of CloudWatch Logs, without *').toMatch(
                /^logs:[A-Za-z]+$/,
              );
            }
            expect(resources, 'a resource narrower than *').not.toContain('*');
          }
        }
      },
    );
  },
);
