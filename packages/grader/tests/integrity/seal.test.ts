import { createSecretKey, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { macInput, macOf } from '@lambda-dojo/check-kit/seal-frames';
import { describe, expect, test } from 'vitest';
import type { CheckResult, RunResult } from '../../src/check-result.ts';
import { impostorIn } from '../../src/integrity/impostor.ts';
import { SealServer } from '../../src/integrity/seal-server.ts';
import { judgeRun } from '../../src/integrity/strict-run.ts';

/** A worker as the guard would be: connects, greets with its key, sends signed frames. */
async function worker(server: SealServer, file: string, keyBytes = randomBytes(32)) {
  const socket = await new Promise<ReturnType<typeof connect>>((resolve) => {
    const s = connect(server.path, () => resolve(s));
  });
  const key = createSecretKey(keyBytes);
  let seq = 0;
  const line = (frame: object) =>
    new Promise<void>((resolve) => socket.write(`${JSON.stringify(frame)}\n`, () => resolve()));
  await line({ t: 'hello', file, key: keyBytes.toString('hex') });
  return {
    send: (t: string, id: string, status?: string, mac?: string) => {
      seq += 1;
      return line({ t, seq, id, status, mac: mac ?? macOf(key, macInput(seq, t, id, status)) });
    },
    end: () => new Promise<void>((resolve) => socket.end(resolve)),
  };
}

describe('the sealed results channel', () => {
  test('records what each check declared and how it ended', async () => {
    const server = await SealServer.open(['/a.check.ts']);
    const w = await worker(server, '/a.check.ts');

    await w.send('declare', 'answers');
    await w.send('result', 'answers', 'pass');
    await w.end();
    await server.close();

    expect(server.checks.get('answers')).toEqual({ declared: 1, result: 'pass' });
    expect([...server.breaches]).toEqual([]);
  });

  test('takes a forged frame, a second greeting and a check declared twice as breaches', async () => {
    const server = await SealServer.open(['/a.check.ts', '/b.check.ts']);
    const honest = await worker(server, '/a.check.ts');
    const second = await worker(server, '/a.check.ts');
    const stranger = await worker(server, '/elsewhere.ts');

    await honest.send('declare', 'answers');
    await honest.send('declare', 'answers');
    await honest.send('result', 'answers', 'pass', 'f'.repeat(64));
    for (const w of [honest, second, stranger]) await w.end();
    await server.close();

    expect([...server.breaches].sort()).toEqual([
      'bad-signature',
      'declared-twice',
      'second-hello',
      'unknown-file',
    ]);
    expect(server.checks.get('answers')?.result).toBeUndefined();
  });
});

const check = (id: string, status: CheckResult['status']): CheckResult => ({
  meta: { id, title: { ko: id, en: id }, points: 50, hints: { ko: ['h'], en: ['h'] } },
  status,
  output: '',
  taskId: 1,
  taskName: { ko: '', en: '' },
  durationMs: 1,
});
const run = (checks: CheckResult[]): RunResult => ({
  status: 'pass',
  checks,
  problems: [],
  score: 100,
  maxScore: 100,
  durationMs: 1,
});

describe('judgeRun', () => {
  test('keeps a run whose passes the sealed record confirms', () => {
    const both = run([check('a', 'pass'), check('b', 'pass')]);
    const sealed = new Map([
      ['a', { result: 'pass' as const }],
      ['b', { result: 'pass' as const }],
    ]);

    expect(judgeRun(both, sealed, new Set())).toBe(both);
  });

  test('makes the run an error when Vitest says pass and the sealed record does not', () => {
    const sealed = new Map([['a', { result: 'fail' as const }]]);

    const judged = judgeRun(run([check('a', 'pass'), check('b', 'pass')]), sealed, new Set());

    expect(judged).toMatchObject({ status: 'error', score: 0 });
    expect(judged.checks.map((c) => c.status)).toEqual(['fail', 'fail']);
    expect(judged.problems).toEqual([{ kind: 'tampered', breaches: ['results-disagree'] }]);
  });
});

describe('impostorIn', () => {
  test('lets plain data through, nested and cyclic', () => {
    const cyclic: Record<string, unknown> = { statusCode: 200, body: '{}', list: [1, 'a'] };
    cyclic.self = cyclic;

    expect(impostorIn(cyclic)).toBeUndefined();
    expect(impostorIn(Buffer.from('x'))).toBeUndefined();
    expect(impostorIn(new Error('x'))).toBeUndefined();
  });

  test('finds an asymmetricMatch, a Proxy and a getter, however deep', () => {
    expect(impostorIn({ a: [{ asymmetricMatch: () => true }] })).toBe('asymmetric-match');
    expect(impostorIn({ a: new Proxy({}, {}) })).toBe('proxy');
    expect(
      impostorIn({
        get statusCode() {
          return 200;
        },
      }),
    ).toBe('getter');
    class Sly {
      asymmetricMatch() {
        return true;
      }
    }
    expect(impostorIn({ deep: { deeper: new Sly() } })).toBe('asymmetric-match');
  });
});
