/**
 * How the board copes with a room: 100 learners submit at the same moment,
 * ten rounds, over real HTTP on 127.0.0.1 with the SQLite file on disk.
 * Prints per-request latency (p50, p95, max), throughput and peak RSS.
 * Run: npm run bench -w @lambda-dojo/classroom
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../src/server.ts';
import { BoardStore } from '../src/store.ts';

const LEARNERS = 100;
const ROUNDS = 10;
const dir = mkdtempSync(join(tmpdir(), 'dojo-board-bench-'));
const store = new BoardStore(join(dir, 'board.sqlite'));
const app = buildServer({
  store,
  labs: [{ id: 'lab-1', title: { ko: '랩 1', en: 'Lab 1' }, points: 100 }],
  code: 'K7QM2P',
  instructorKey: 'bench',
  lang: 'ko',
  submitUrl: 'http://127.0.0.1',
  limits: { perLearner: ROUNDS, perAddress: LEARNERS * ROUNDS },
});
const url = `${await app.listen({ host: '127.0.0.1', port: 0 })}/api/submissions`;

const body = (i: number, round: number) =>
  JSON.stringify({
    name: `학습자-${i}`,
    code: 'K7QM2P',
    learner: `bench-learner-${String(i).padStart(4, '0')}`,
    strict: true,
    results: {
      version: 3,
      status: round % 2 ? 'pass' : 'fail',
      lab: 'lab-1',
      target: 'mock',
      solution: false,
      score: round % 2 ? 100 : 40,
      max_score: 100,
      grader_version: '0.1.0',
      timestamp: new Date().toISOString(),
      tests: Array.from({ length: 10 }, (_, t) => ({
        check_id: `check-${t}`,
        status: 'pass',
        points: 10,
        name: 'a check a learner reads',
        message: null,
        output: 'x'.repeat(200),
      })),
    },
  });

const latencies: number[] = [];
let peakRss = process.memoryUsage().rss;
const started = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  await Promise.all(
    Array.from({ length: LEARNERS }, async (_, i) => {
      const t0 = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body(i, round),
      });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`status ${res.status}`);
      latencies.push(performance.now() - t0);
    }),
  );
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const total = performance.now() - started;
await app.close();
store.close();
rmSync(dir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
console.log(
  `${LEARNERS} learners x ${ROUNDS} rounds = ${latencies.length} submissions in ${total.toFixed(0)} ms`,
);
console.log(`throughput ${((latencies.length / total) * 1000).toFixed(0)} submissions/s`);
console.log(
  `latency p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms (client and server in one process)`,
);
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
