import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, task } from '@lambda-dojo/check-kit';
import {
  createSimulator,
  type ExecutionSimulator,
  type InvocationResult,
} from '@lambda-dojo/check-kit/simulator';
import { afterEach, expect } from 'vitest';

type HandlerModule = typeof import('@lab/handler.ts');
type Services = typeof import('@lab/services.ts');
type Fn = { handler: HandlerModule['handler']; services: Services };
type Response = Awaited<ReturnType<HandlerModule['handler']>>;

const IDLE_MS = 60_000;
let active: ExecutionSimulator<Fn> | undefined;

/** A simulated Lambda for the learner's handler: each new environment imports it afresh. */
function lambda(): ExecutionSimulator<Fn> {
  active = createSimulator<Fn>({
    load: async () => {
      const { handler } = await import('@lab/handler.ts');
      const services = await import('@lab/services.ts');
      return { handler, services };
    },
    handler: (fn) => fn.handler,
    functionName: 'thumbnails',
    idleTimeoutMs: IDLE_MS,
  });
  return active;
}

afterEach(async () => {
  await active?.dispose();
  active = undefined;
});

type Size = 'small' | 'medium' | 'large';

const event = (userId: string, images: string[] = ['cat.jpg'], size: Size = 'small') => ({
  userId,
  images,
  size,
});

function ok(result: InvocationResult<Fn>): Response {
  if (result.error)
    throw new Error(`the invocation failed: ${result.error.name}: ${result.error.message}`);
  return result.response as Response;
}

const stats = (result: InvocationResult<Fn>) => result.module?.services.stats;

task(
  {
    ko: '과제 1: 실행 환경마다 한 번만 초기화하기',
    en: 'Task 1: initialise once per execution environment',
  },
  () => {
    check(
      'init-once-per-environment',
      {
        title: {
          ko: '실행 환경 하나에서 조회 테이블과 클라이언트를 한 번만 만들어요',
          en: 'builds the lookup table and the client once per execution environment',
        },
        points: 15,
        hints: {
          ko: [
            '웜 호출은 같은 실행 환경을 다시 써요. 핸들러 안에서 만든 것은 호출마다 새로 만들어지지만, 모듈 스코프(핸들러 밖)에 둔 것은 살아남아요.',
            'buildLookupTable()과 createStorageClient() 호출을 핸들러 밖으로 옮기세요: const widths = await buildLookupTable(); const storage = createStorageClient(); (ES 모듈은 최상위 await를 쓸 수 있어요.)',
          ],
          en: [
            'Warm invocations reuse the same execution environment. What you create inside the handler is recreated on every call; what lives in module scope (outside the handler) survives.',
            'Move the buildLookupTable() and createStorageClient() calls out of the handler: const widths = await buildLookupTable(); const storage = createStorageClient(); (ES modules allow top-level await.)',
          ],
        },
      },
      async () => {
        const sim = lambda();
        let last: InvocationResult<Fn> | undefined;
        for (let i = 0; i < 5; i++) last = await sim.invoke(event(`user-${i}`));
        ok(last as InvocationResult<Fn>);
        expect(sim.environments(), 'five calls in a row share one environment').toHaveLength(1);
        expect(
          stats(last as InvocationResult<Fn>),
          'after 5 invocations in one environment',
        ).toMatchObject({
          tableBuilds: 1,
          clientsCreated: 1,
        });
      },
    );

    check(
      'init-runs-during-init-phase',
      {
        title: {
          ko: '비싼 준비 작업은 INIT 단계에 끝나서 웜 호출이 빨라요',
          en: 'the expensive setup runs in the INIT phase, so warm invocations are fast',
        },
        points: 10,
        hints: {
          ko: [
            '첫 호출 안에서 한 번만 만드는(lazy) 방식도 횟수는 맞지만, 그 시간은 첫 요청의 응답 시간이 돼요. INIT 단계에서 끝내면 REPORT의 Init Duration에 잡혀요.',
            '핸들러 밖에서 await buildLookupTable()을 하세요(최상위 await). 그러면 모듈을 불러오는 동안, 즉 INIT 단계에서 테이블이 만들어져요.',
          ],
          en: [
            'Building it lazily inside the first invocation gets the count right, but its time lands in the first request’s response. Done in INIT, it shows as Init Duration in the REPORT line.',
            'await buildLookupTable() outside the handler (top-level await), so the table is built while the module loads, in the INIT phase.',
          ],
        },
      },
      async () => {
        const sim = lambda();
        const cold = await sim.invoke(event('a'));
        ok(cold);
        const { TABLE_BUILD_MS } = cold.module?.services ?? { TABLE_BUILD_MS: 0 };
        expect(
          cold.initDurationMs ?? 0,
          `Init Duration should include the ${TABLE_BUILD_MS} ms table build`,
        ).toBeGreaterThanOrEqual(TABLE_BUILD_MS - 5);
        const warm = await sim.invoke(event('b'));
        ok(warm);
        expect(
          warm.durationMs,
          `a warm invocation should not rebuild the table (${warm.report})`,
        ).toBeLessThan(TABLE_BUILD_MS);
      },
    );

    check(
      'init-per-concurrent-environment',
      {
        title: {
          ko: '동시에 온 요청은 각자의 실행 환경에서 각자 한 번씩 초기화해요',
          en: 'concurrent requests each initialise once in their own environment',
        },
        points: 10,
        hints: {
          ko: [
            '실행 환경 하나는 한 번에 요청 하나만 처리해요. 요청 3개가 동시에 오면 환경 3개가 생기고, 모듈 스코프도 각자 따로예요.',
            '준비 작업을 모듈 스코프로 옮기면 환경마다 정확히 한 번씩 돌아요. 전역(globalThis)에 공유하려고 하지 마세요.',
          ],
          en: [
            'One execution environment handles one request at a time. Three concurrent requests get three environments, each with its own module scope.',
            'With the setup in module scope it runs exactly once per environment. Do not try to share it through globalThis.',
          ],
        },
      },
      async () => {
        const sim = lambda();
        const results = await sim.invokeConcurrently([event('a'), event('b'), event('c')]);
        results.forEach(ok);
        expect(new Set(results.map((r) => r.environmentId)).size, 'environments').toBe(3);
        const again = await sim.invokeConcurrently([event('d'), event('e'), event('f')]);
        expect(
          again.map((r) => r.cold),
          'the second round reuses the three warm environments',
        ).toEqual([false, false, false]);
        for (const result of again) {
          expect(stats(result), `environment ${result.environmentId}`).toMatchObject({
            tableBuilds: 1,
            clientsCreated: 1,
          });
        }
      },
    );
  },
);

task({ ko: '과제 2: 콜드 스타트 알리기', en: 'Task 2: report cold starts' }, () => {
  check(
    'reports-cold-start',
    {
      title: {
        ko: '새 실행 환경의 첫 호출에만 cold: true를 돌려줘요',
        en: 'answers cold: true only on the first invocation of a new environment',
      },
      points: 15,
      hints: {
        ko: [
          '콜드 스타트인지는 "이 실행 환경에서 처음 호출됐는가"예요. 모듈 스코프는 환경마다 새로 만들어지니 거기에 표시를 남기면 돼요.',
          '핸들러 밖에 let coldStart = true;를 두고, 핸들러에서 const cold = coldStart; coldStart = false;로 읽은 뒤 응답에 cold를 넣으세요.',
        ],
        en: [
          'A cold start means "the first invocation in this execution environment". Module scope is new in every environment, so keep a marker there.',
          'Put let coldStart = true; outside the handler; in the handler read const cold = coldStart; coldStart = false; and return cold.',
        ],
      },
    },
    async () => {
      const sim = lambda();
      const first = await sim.invoke(event('a'));
      const second = await sim.invoke(event('b'));
      expect(ok(first).cold, 'the first invocation').toBe(true);
      expect(ok(second).cold, 'a warm invocation').toBe(false);
      sim.advanceTime(IDLE_MS);
      const afterIdle = await sim.invoke(event('c'));
      expect(afterIdle.cold, 'the simulator destroyed the idle environment').toBe(true);
      expect(
        ok(afterIdle).cold,
        'the first invocation after the idle environment was destroyed',
      ).toBe(true);
      const together = await sim.invokeConcurrently([event('d'), event('e')]);
      expect(
        together.map((r) => ok(r).cold).sort(),
        'two concurrent calls: one reuses the warm environment, one starts a new one',
      ).toEqual([false, true]);
    },
  );
});

task({ ko: '과제 3: /tmp에 캐시하기', en: 'Task 3: cache in /tmp' }, () => {
  check(
    'caches-in-tmp',
    {
      title: {
        ko: '워터마크를 실행 환경의 /tmp에 캐시해서 웜 호출은 다시 내려받지 않아요',
        en: 'caches the watermark in the environment’s /tmp so warm invocations do not download it again',
      },
      points: 20,
      hints: {
        ko: [
          '/tmp는 실행 환경이 살아 있는 동안 남아요. 처음 한 번 내려받아 /tmp에 쓰고, 다음 호출부터는 파일을 읽으세요.',
          '경로는 join(tmpdir(), "watermark.png")로 만드세요("node:os"의 tmpdir). 채점기는 환경마다 다른 /tmp를 주기 때문에 "/tmp/..."를 직접 쓰면 안 돼요.',
          'existsSync(file)이면 readFile(file)로 읽고, 아니면 storage.download("watermark.png")로 받은 바이트를 writeFile(file, bytes)로 쓰세요.',
        ],
        en: [
          '/tmp lasts as long as the execution environment. Download once, write it to /tmp, and read the file on later invocations.',
          'Build the path with join(tmpdir(), "watermark.png") (tmpdir from "node:os"). The grader gives each environment its own /tmp, so do not hard-code "/tmp/...".',
          'If existsSync(file), readFile(file); otherwise write the bytes from storage.download("watermark.png") with writeFile(file, bytes).',
        ],
      },
    },
    async () => {
      const sim = lambda();
      const first = await sim.invoke(event('a'));
      const file = join(first.tmpDir, 'watermark.png');
      expect(existsSync(file), `watermark.png in this environment’s /tmp (${first.tmpDir})`).toBe(
        true,
      );
      expect(readFileSync(file).length, 'the cached file holds the downloaded bytes').toBe(
        ok(first).watermarkBytes,
      );
      const warm = await sim.invoke(event('b'));
      expect(ok(warm).watermarkBytes).toBe(ok(first).watermarkBytes);
      expect(stats(warm)?.downloads, 'downloads after two invocations in one environment').toBe(1);
      const [x, y] = await sim.invokeConcurrently([event('c'), event('d')]);
      const fresh = [x, y].find((r) => r?.cold);
      expect(fresh && stats(fresh)?.downloads, 'a new environment starts with an empty /tmp').toBe(
        1,
      );
    },
  );
});

task(
  {
    ko: '과제 4: 요청 데이터를 모듈 스코프에 두지 않기',
    en: 'Task 4: keep request data out of module scope',
  },
  () => {
    check(
      'no-request-data-leaks',
      {
        title: {
          ko: '이전 요청(다른 사용자)의 데이터가 다음 응답에 섞이지 않아요',
          en: 'no data from an earlier request (another user) shows up in a later response',
        },
        points: 15,
        hints: {
          ko: [
            '모듈 스코프의 배열은 실행 환경이 살아 있는 동안 계속 자라요. 두 번째 사용자가 첫 번째 사용자의 이미지 목록을 받게 돼요(메모리도 계속 늘어요).',
            '모듈 스코프의 const thumbnails = []를 지우고, 핸들러 안에서 const thumbnails = event.images.map(...)으로 이번 요청의 목록만 만드세요.',
          ],
          en: [
            'An array in module scope keeps growing while the environment lives: the second user gets the first user’s images (and memory grows too).',
            'Delete the module-scope const thumbnails = [] and build this request’s list inside the handler: const thumbnails = event.images.map(...).',
          ],
        },
      },
      async () => {
        const sim = lambda();
        await sim.invoke(event('alice', ['alice-1.jpg', 'alice-2.jpg'], 'large'));
        const bob = ok(await sim.invoke(event('bob', ['bob.jpg'], 'medium')));
        expect(bob.userId).toBe('bob');
        expect(
          bob.thumbnails,
          'bob’s response holds only bob’s thumbnail, 512 px wide (medium in the lookup table)',
        ).toEqual(['thumbnails/bob/512/bob.jpg']);
        const sizes: Size[] = ['small', 'medium', 'large'];
        const widths = [128, 512, 1024];
        let last: Response | undefined;
        for (let i = 0; i < 10; i++)
          last = ok(await sim.invoke(event(`u${i}`, [`${i}.jpg`], sizes[i % 3] as Size)));
        expect(last?.thumbnails, 'after ten more requests').toEqual([
          `thumbnails/u9/${widths[9 % 3]}/9.jpg`,
        ]);
      },
    );
  },
);

task({ ko: '과제 5: 끝내고 나서 응답하기', en: 'Task 5: finish before you return' }, () => {
  check(
    'audit-before-response',
    {
      title: {
        ko: '응답하기 전에 감사 이벤트 전송이 끝나요',
        en: 'the audit event is delivered before the response',
      },
      points: 15,
      hints: {
        ko: [
          '핸들러가 돌려준 순간 Lambda는 실행 환경을 얼려요. 기다리지 않은 Promise는 얼어 있다가 다음 호출 때 깨어나거나, 환경이 사라지면 영영 실행되지 않아요.',
          'void sendAuditEvent(...)를 await sendAuditEvent(context.awsRequestId, event.userId)로 바꾸세요.',
        ],
        en: [
          'The moment the handler returns, Lambda freezes the environment. A promise nobody awaited stays frozen until the next invocation thaws it, or never runs if the environment goes away.',
          'Replace void sendAuditEvent(...) with await sendAuditEvent(context.awsRequestId, event.userId).',
        ],
      },
    },
    async () => {
      const sim = lambda();
      const first = await sim.invoke(event('a'));
      const delivered = first.module?.services.deliveredAuditEvents ?? [];
      const deliveredOnReturn = delivered.includes(first.requestId);
      await new Promise((resolve) => setTimeout(resolve, 60));
      const whileFrozen = delivered.includes(first.requestId);
      const second = await sim.invoke(event('b'));
      const lateNote =
        !deliveredOnReturn && !whileFrozen && delivered.includes(first.requestId)
          ? ' It stayed frozen after the response and was only delivered during the next request.'
          : '';
      expect(
        deliveredOnReturn,
        `request 1's audit event was not delivered before its response.${lateNote}`,
      ).toBe(true);
      expect(
        delivered.includes(second.requestId),
        'request 2’s audit event before its response',
      ).toBe(true);
    },
  );
});
